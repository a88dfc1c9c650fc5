import PaperboatCore

/// Tags and saved views as wholes, from the sidebar: `d` deletes the one under the cursor
/// (after a `y`), `t` renames a tag (as Zotero's tag selector does).
extension BrowserModel {
    /// `d` in the sidebar: asks whether to delete the tag or saved view under the cursor.
    mutating func askToDeleteSidebarEntry() {
        guard let entry = sidebar?.selected else { return }
        switch entry.kind {
        case .tag: input = InputLine(purpose: .confirmDeleteTag(name: entry.name, count: entry.count))
        case .view: input = InputLine(purpose: .confirmDeleteView(name: entry.name))
        case .builtIn, .heading: message = StatusMessage("Only tags and saved views can be deleted")
        }
    }

    /// `t` in the sidebar: asks for a new name for the tag under the cursor.
    mutating func askToRenameTag() {
        guard let entry = sidebar?.selected, entry.kind == .tag else {
            message = StatusMessage("Only a tag can be renamed: move to one under Tags")
            return
        }
        var line = InputLine(purpose: .renameTag(from: entry.name))
        line.text = entry.name
        line.names = ((try? store.tagCounts()) ?? []).map(\.name).filter { $0 != entry.name }
        input = line
    }

    /// The answer to a yes-or-no question.
    mutating func answer(_ purpose: InputLine.Purpose, yes: Bool) {
        switch purpose {
        case .confirmRemove:
            if yes { removeTargets() } else { message = StatusMessage("Nothing removed") }
        case let .confirmDeleteTag(name, _):
            guard yes else { message = StatusMessage("Tag \(name) kept"); return }
            changeCollections { store in
                let count = try store.deleteTag(named: name)
                return "Deleted tag \(name) from \(CountText.counted(count, "paper"))" + (try Self.viewsNote(naming: name, in: store))
            }
            if filterNamesTag(name) { applyFilter(filter) }
        case let .confirmDeleteView(name):
            guard yes else { message = StatusMessage("Saved view \(name) kept"); return }
            changeCollections { store in
                _ = try store.deleteView(named: name)
                return "Deleted saved view \(name)"
            }
        case .confirmMarkAllRead:
            if yes { markAllRead() } else { message = StatusMessage("Nothing marked read") }
        case .filter, .tags, .viewName, .renameTag:
            break
        }
    }

    /// Renames tag `old` to `new` (merging into `new` if it exists).
    mutating func renameTag(_ old: String, to new: String) {
        let name = new.trimmingCharacters(in: .whitespaces)
        guard name != old else { return }
        changeCollections { store in
            let count = try store.renameTag(old, to: name)
            return "Renamed tag \(old) to \(name): \(CountText.counted(count, "paper"))" + (try Self.viewsNote(naming: old, in: store))
        }
        if filterNamesTag(old) { applyFilter(filter) }
    }

    /// Runs a change to tags or views, then shows its message and reads the sidebar, the list
    /// and the paper on show again (their tags changed).
    private mutating func changeCollections(_ change: (PaperStore) throws -> String) {
        do {
            let text = try change(store)
            reloadSidebar()
            reloadAfterChange(changed: [])
            rereadDetail()
            message = StatusMessage(text)
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Saved views keep their text, so a renamed or deleted tag may leave some naming it.
    private static func viewsNote(naming tag: String, in store: PaperStore) throws -> String {
        let views = try store.views(namingTag: tag)
        return views.isEmpty ? "" : "; saved views still naming tag:\(tag): \(views.joined(separator: ", "))"
    }

    private func filterNamesTag(_ name: String) -> Bool {
        filter?.text.lowercased().contains("tag:" + name.lowercased()) == true
            || filter?.text.lowercased().contains("tag:\"" + name.lowercased()) == true
    }
}
