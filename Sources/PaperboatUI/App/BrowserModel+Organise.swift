import Foundation
import PaperboatCore

/// A filter in force: the text typed and its parsed query.
public struct ActiveFilter: Sendable, Equatable {
    public var text: String
    public var query: Query
}

/// Stars, tags, marks, read state, the filter line and notes.
extension BrowserModel {
    /// The papers an action applies to: the marked ones, else the one on show.
    var targets: [Int64] {
        marked.isEmpty ? (detail?.id).map { [$0] } ?? [] : marked.sorted()
    }

    /// Applies `filter` (or none) to the list, keeping the list in its order.
    mutating func applyFilter(_ newFilter: ActiveFilter?) {
        filter = newFilter
        var query = newFilter?.query ?? .all
        if hidingRead { query = .and([query, .state(.unread)]) }
        pendingRanking = nil
        ranking = nil
        countAwaited = nil
        pendingCount = nil
        do {
            // Text searches list by relevance; pure filters keep the list's date order. A
            // broad search shows its matches in list order at once and is ranked on a worker.
            let source: any PaperPageSource
            if query == .all {
                source = store
            } else if let bound = try store.rankingBound(query, upTo: min(rankNowLimit, RankedPageSource.cap)) {
                if bound <= min(rankNowLimit, RankedPageSource.cap) {
                    // Few enough to rank now (the notes' own matches, if any, come last).
                    source = try RankedPageSource(store: store, query: query)
                } else {
                    source = QueryPageSource(store: store, query: query, checkBudget: countCheckBudget)
                    pendingRanking = query
                    ranking = .awaited(query, matches: nil)
                }
            } else {
                source = QueryPageSource(store: store, query: query, checkBudget: countCheckBudget)
            }
            // Searches list by relevance (a broad one shows list order only until it is ranked).
            let byDate = !(source is RankedPageSource) && pendingRanking == nil
            let ordered = oldestFirst && byDate ? ReversedPageSource(base: source) : source
            pager = try PaperPager(source: ordered, pageSize: pager.pageSize)
            list = ListWindow(count: pager.total, height: max(1, layout.list.height))
            noteProvisionalCount()
            refresh(reshowing: true)
            if pager.total == 0 { message = StatusMessage("No papers match") }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Starts with the user's settings: the list oldest first, read papers hidden.
    public mutating func start(oldestFirst: Bool, hidingRead: Bool) {
        guard oldestFirst || hidingRead else { return }
        self.oldestFirst = oldestFirst
        self.hidingRead = hidingRead
        applyFilter(filter)
    }

    /// `D`: newest first or oldest first, for the library and its filters (a text search
    /// keeps its relevance order). The list starts again from its top, as a new filter does.
    mutating func toggleOldestFirst() {
        oldestFirst.toggle()
        applyFilter(filter)
        let order = oldestFirst ? "Oldest first" : "Newest first"
        if pager.source is RankedPageSource || isRanking {
            message = StatusMessage(order + " once the search is cleared (it lists by relevance)")
        } else if message == nil {
            message = StatusMessage(order)
        }
    }

    /// Re-reads the rows on screen and the paper on show (after stars or tags changed).
    mutating func reloadAfterChange(changed: [Int64]) {
        let selected = list.selected
        do {
            // Stars, tags, notes and read state only change which papers a filter lists.
            try pager.reload(changed: Set(changed), listingMayChange: filter != nil || hidingRead)
            list.setCount(pager.total)
            noteProvisionalCount()
            list.select(selected)
            // The list row keeps its id, so refresh() re-shows a paper only if the filter
            // dropped it; the paper on show is then read once more for its new state.
            let shown = detail?.id
            refresh()
            if let shown { showPaper(id: shown) }
            if sidebar != nil { reloadSidebar() }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    mutating func toggleStar() {
        let ids = targets
        guard let first = ids.first else { return }
        do {
            if marked.isEmpty {
                let starred = try store.toggleStar(first)
                // Name the paper (with nothing marked, the one on show): after a walk or a
                // followed link it need not be the list's selected row.
                let title = detail.map { " “" + TextLayout.truncate($0.title, width: 40) + "”" } ?? ""
                message = StatusMessage((starred ? "Starred" : "Unstarred") + title)
            } else {
                for id in ids { try store.setStarred(id, true) }
                message = StatusMessage("Starred \(ids.count) marked papers")
                marked.removeAll()
            }
            reloadAfterChange(changed: ids)
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    mutating func toggleStarredView() {
        if filter?.query == .state(.starred) {
            applyFilter(nil)
        } else {
            applyFilter(ActiveFilter(text: "is:starred", query: .state(.starred)))
        }
    }

    /// Authors of one paper that ``filterByAuthors()`` looks for (a paper with hundreds
    /// of authors would give a filter no one could read).
    static let authorFilterLimit = 12

    /// Filters the list to the papers by any of the authors of the paper on show, as Zotero
    /// lists a creator's items. The query goes on the filter line (and into its history), so
    /// `/` edits it and `c` clears it.
    mutating func filterByAuthors() {
        guard let paper = detail else { return }
        let names = paper.authors.map { $0.replacingOccurrences(of: "\"", with: "").trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else {
            message = StatusMessage("This paper lists no authors")
            return
        }
        let text = names.prefix(Self.authorFilterLimit).map { "author:\"\($0)\"" }.joined(separator: " OR ")
        do {
            let query = try QueryParser.parse(text)
            try? store.recordSearch(text)
            applyFilter(ActiveFilter(text: text, query: query))
            guard pager.total > 0 else { return }
            let who = names.count == 1 ? names[0] : "\(names[0]) and \(CountText.counted(names.count - 1, "other"))"
            message = StatusMessage("By \(who): \(CountText.counted(pager.total, "paper"))  (/ edits the filter, c clears it)")
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    mutating func toggleMark() {
        if focus == .sidebar { toggleSidebarMark(); return }
        guard let id = pager.row(at: list.selected)?.id else { return }
        if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
        list.move(by: 1)
        refresh()
    }

    /// `r`: the paper on show read or unread; with papers marked, all of them read (or, when
    /// every one already is, all unread), and the marks cleared, as `s` does.
    mutating func toggleRead() {
        do {
            if !marked.isEmpty {
                let ids = marked.sorted()
                let read = try store.setRead(ids, true) > 0
                if !read { try store.setRead(ids, false) }
                message = StatusMessage("Marked \(CountText.counted(ids.count, "paper")) \(read ? "read" : "unread")")
                marked.removeAll()
                reloadAfterChange(changed: ids)
                return
            }
            guard let paper = detail, let id = paper.id else { return }
            try store.setRead(id, paper.readAt == nil)
            reloadAfterChange(changed: [id])
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// The query of the list on show: the filter in force, and unread only when read papers
    /// are hidden.
    var listQuery: Query {
        let query = filter?.query ?? .all
        return hidingRead ? .and([query, .state(.unread)]) : query
    }

    /// `A`: asks whether to mark every unread paper of the list read (newsboat's "mark feed
    /// read"), naming how many; says so when there is none.
    mutating func askToMarkAllRead() {
        do {
            let count = try store.paperCount(matching: .and([listQuery, .state(.unread)]))
            guard count > 0 else { message = StatusMessage("Every paper of this list is read"); return }
            input = InputLine(purpose: .confirmMarkAllRead(count: count))
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Marks every unread paper of the list read, keeping the list where it is (with read
    /// papers hidden, it empties).
    mutating func markAllRead() {
        do {
            let count = try store.markRead(matching: listQuery)
            let shown = (0..<list.height).compactMap { pager.row(at: list.top + $0)?.id }
            message = nil
            reloadAfterChange(changed: shown)
            if message?.kind != .error { message = StatusMessage("Marked \(CountText.counted(count, "paper")) read") }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Toggles the user's tag number `slot` (1–9, in creation order) on the targets.
    mutating func toggleTagSlot(_ slot: Int) {
        do {
            let tags = try store.tagCounts()
            guard tags.indices.contains(slot - 1) else {
                message = StatusMessage("No tag \(slot) yet: add tags with " + keyMap.firstKey(for: .editTags))
                return
            }
            let name = tags[slot - 1].name
            let ids = targets
            guard let first = ids.first else { return }
            if try store.tags(of: first).contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
                try store.removeTags([name], from: ids)
                message = StatusMessage("Removed tag \(name)")
            } else {
                try store.addTags([name], to: ids)
                message = StatusMessage("Tagged \(name)")
            }
            reloadAfterChange(changed: ids)
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    mutating func beginInput(_ purpose: InputLine.Purpose) {
        var line = InputLine(purpose: purpose)
        if purpose == .filter {
            line.history = (try? store.searchHistory()) ?? []
            line.text = filter?.text ?? ""
        }
        if purpose == .tags { line.names = ((try? store.tagCounts()) ?? []).map(\.name) }
        input = line
    }

    /// Keys while a line is typed: characters, Backspace, Up/Down history, Tab completion,
    /// Enter to apply, Esc to cancel.
    mutating func handleInput(_ key: Key) {
        guard var line = input else { return }
        message = nil
        if line.purpose.isYesOrNo {
            input = nil
            answer(line.purpose, yes: key == .character("y") || key == .character("Y"))
            return
        }
        switch key {
        case let .character(c): line.insert(c)
        case .backspace: line.deleteBackward()
        case .control("u"): line.text = ""
        case .up: line.recall(-1)
        case .down: line.recall(1)
        case .tab: line.complete(from: line.names)
        case .escape, .control("c"), .control("g"):
            input = nil
            return
        case .enter:
            input = nil
            submit(line)
            return
        default: break
        }
        input = line
    }

    private mutating func submit(_ line: InputLine) {
        switch line.purpose {
        case .filter:
            let text = line.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { applyFilter(nil); return }
            do {
                let query = try QueryParser.parse(text)
                try? store.recordSearch(text)
                applyFilter(ActiveFilter(text: text, query: query))
            } catch {
                input = line
                message = StatusMessage("\(error.message) at \(error.position + 1): \(error.pointing(into: text).split(separator: "\n").last ?? "")", kind: .error)
            }
        case .confirmRemove, .confirmDeleteTag, .confirmDeleteView, .confirmMarkAllRead:
            break // answered by one key in handleInput
        case let .renameTag(from):
            renameTag(from, to: line.text)
        case .viewName:
            let name = line.text.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { saveView(named: name) }
        case .tags:
            let words = line.text.split(separator: " ").map(String.init)
            let remove = words.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) }.filter { !$0.isEmpty }
            let add = words.filter { !$0.hasPrefix("-") }.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
            let ids = targets
            guard !ids.isEmpty else { return }
            do {
                if !add.isEmpty { try store.addTags(add, to: ids) }
                if !remove.isEmpty { try store.removeTags(remove, from: ids) }
                message = StatusMessage("Tags updated on \(ids.count) paper\(ids.count == 1 ? "" : "s")")
                marked.removeAll()
                reloadAfterChange(changed: ids)
            } catch {
                message = StatusMessage("\(error)", kind: .error)
            }
        }
    }

    /// Advances the clock: a paper on show for 3 seconds becomes read.
    public mutating func tick(now: Double) {
        guard let paper = detail, let id = paper.id, paper.readAt == nil else { return }
        guard let since = detailShownAt else { detailShownAt = now; return }
        if now - since >= 3 {
            try? store.setRead(id, true)
            pager.markRead(id)
            detail = try? store.paper(id: id)
            rewrapDetail()
        }
    }

    /// `O` (`P` with `pdf`): asks for the paper's arXiv page (its PDF) to be opened, or says
    /// why there is none.
    mutating func requestLink(pdf: Bool = false) {
        guard let paper = detail else { return }
        guard let link = pdf ? paper.arxivPDFURL : paper.arxivPageURL else {
            message = StatusMessage("This paper has no arXiv id, so there is no \(pdf ? "PDF" : "page") to open")
            return
        }
        pendingLink = link
    }

    /// Takes the pending link (the run loop suspends the screen and runs $BROWSER).
    public mutating func takeLinkRequest() -> String? {
        defer { pendingLink = nil }
        return pendingLink
    }

    /// Takes the pending note edit (the run loop suspends the screen and runs $EDITOR).
    public mutating func takeNoteEdit() -> Int64? {
        defer { pendingNoteEdit = nil }
        return pendingNoteEdit
    }

    /// Saves an edited note and shows the result.
    public mutating func finishNoteEdit(id: Int64, body: String?) {
        guard let body else { message = StatusMessage("Note unchanged"); return }
        do {
            try store.setNote(id, body)
            message = StatusMessage(body.isEmpty ? "Note deleted" : "Note saved")
            reloadAfterChange(changed: [id])
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Scrolls the abstract to the next (or previous) line with a search match.
    mutating func stepMatch(forward: Bool) {
        let highlighter = self.highlighter
        guard !highlighter.isEmpty else { message = StatusMessage("No search to step through: / searches"); return }
        let lines = detailLines.indices.filter { !highlighter.ranges(in: detailLines[$0].text).isEmpty }
        let next = forward ? lines.first { $0 > detailTop } : lines.last { $0 < detailTop }
        guard let next else { message = StatusMessage(forward ? "No more matches below" : "No more matches above"); return }
        detailTop = max(0, min(next, detailLines.count - layout.abstract.height))
    }
}
