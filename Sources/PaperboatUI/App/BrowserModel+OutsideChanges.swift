import PaperboatCore

/// Changes made to the library by another program (another `paperboat` importing,
/// removing, starring or tagging papers while the browser is open).
extension BrowserModel {
    /// Another program changed the library: the header count, the sidebar and the paper on
    /// show are read again, and the list too (the selected paper kept) unless the selection
    /// is so deep that reading from the top would take long; the status line says so.
    public mutating func libraryChangedOutside() {
        do {
            let before = libraryCount
            libraryCount = try store.paperCount()
            let change = libraryCount - before
            let what = change > 0 ? " (\(CountText.counted(change, "paper")) added)"
                : change < 0 ? " (\(CountText.counted(-change, "paper")) removed)" : ""
            if list.selected < outsideReloadDepth {
                reloadList(expecting: change)
                message = StatusMessage("The library changed outside Paperboat\(what); the list is up to date")
            } else {
                let key = keyMap.keys(for: .reload, in: .browser).first?.label ?? "reload"
                message = StatusMessage("The library changed outside Paperboat\(what): \(key) reads the list again")
            }
            rereadDetail()
            if sidebar != nil { reloadSidebar() }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// The related-papers index was brought up to date by another program and loaded again:
    /// the paper on show asks for its related papers anew (they may include new papers).
    public mutating func relatedIndexReloaded() {
        guard relatedEnabled, let id = detail?.id else { return }
        related.paperId = id
        pendingRelatedRequest = id
    }

    /// `C-r`: reads the list again from the library, keeping the selected paper where it now
    /// is (searched for near its old place, `expecting` papers more or fewer above it at most).
    mutating func reloadList(expecting change: Int = 0) {
        let old = list.selected
        let selectedId = pager.row(at: old)?.id
        do {
            libraryCount = try store.paperCount()
            try pager.reset(recount: true)
            list.setCount(pager.total)
            noteProvisionalCount()
            let near = max(0, old - 200 - max(0, -change))..<min(pager.total, old + 200 + max(0, change))
            try pager.load(near)
            let found = selectedId.flatMap { id in near.first { pager.row(at: $0)?.id == id } }
            list.select(found ?? min(old, max(0, pager.total - 1)))
            refresh()
            if sidebar != nil { reloadSidebar() }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Reads the paper on show again (its star, tags, note, or that it is gone), keeping the
    /// abstract's scroll and the related pane.
    mutating func rereadDetail() {
        guard let id = detail?.id else { return }
        do {
            guard let paper = try store.paper(id: id) else {
                showPaper(id: pager.row(at: list.selected)?.id)
                return
            }
            detail = paper
            detailTags = try store.tags(of: id)
            detailNote = try store.note(of: id)
            rewrapDetail()
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }
}
