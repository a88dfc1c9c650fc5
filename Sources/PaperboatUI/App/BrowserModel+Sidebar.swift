import PaperboatCore

/// The sidebar of tags and saved views, and saving views.
extension BrowserModel {
    mutating func toggleSidebar() {
        if sidebar != nil {
            sidebar = nil
            if focus == .sidebar { focus = .list }
        } else {
            reloadSidebar()
            focus = .sidebar
        }
        resize(height: height, width: width)
    }

    /// Re-reads the sidebar's entries and counts, keeping the selection.
    mutating func reloadSidebar() {
        let selected = sidebar?.window.selected ?? 0
        let marked = sidebar?.markedTags ?? []
        do {
            var state = try SidebarState.load(from: store, height: layout.sidebar.height)
            state.window.select(selected)
            state.markedTags = marked.filter { name in state.entries.contains { $0.kind == .tag && $0.name == name } }
            sidebar = state
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Moves the sidebar's cursor; headings are stepped over, onward in the direction moved
    /// (back the other way at either end).
    mutating func moveSidebar(_ action: Action) {
        guard var state = sidebar else { return }
        let before = state.window.selected
        state.window.perform(action)
        if state.selected?.kind == .heading {
            let forward = state.window.selected >= before
            let onward = forward ? state.window.selected + 1 : state.window.selected - 1
            let back = forward ? state.window.selected - 1 : state.window.selected + 1
            state.window.select(state.entries.indices.contains(onward) ? onward : back)
        }
        sidebar = state
    }

    /// Space or `m` in the sidebar: marks or unmarks the tag under the cursor.
    mutating func toggleSidebarMark() {
        guard var state = sidebar, let entry = state.selected, entry.kind == .tag else { return }
        if let index = state.markedTags.firstIndex(of: entry.name) {
            state.markedTags.remove(at: index)
        } else {
            state.markedTags.append(entry.name)
        }
        state.window.move(by: 1)
        sidebar = state
    }

    /// Enter (all of the marked tags, or the entry under the cursor) or `|` (any of them).
    mutating func applySidebar(anyOf: Bool) {
        guard let state = sidebar else { return }
        var text: String
        if !state.markedTags.isEmpty {
            text = state.markedTags.map { "tag:" + SidebarState.quoted($0) }.joined(separator: anyOf ? " OR " : " ")
        } else {
            guard let entry = state.selected, entry.kind != .heading else { return }
            text = entry.query
        }
        text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            applyFilter(nil)
        } else if let query = try? QueryParser.parse(text) {
            applyFilter(ActiveFilter(text: text, query: query))
        }
        sidebar?.markedTags = []
    }

    /// Saves the filter in force under `name`.
    mutating func saveView(named name: String) {
        guard let filter else { message = StatusMessage("No filter to save: / filters first"); return }
        do {
            try store.saveView(name: name, query: filter.text)
            message = StatusMessage("Saved view \(name)")
            if sidebar != nil { reloadSidebar() }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// The windows `W` steps through when pressed again on the same tag: all time, then the
    /// last 7, 30 and 365 days.
    static let recommendationWindows: [Int?] = [nil, 7, 30, 365]

    /// `W` on a sidebar tag (or Starred): asks for papers like those, into the related pane;
    /// again on the same one, the next window of days.
    mutating func requestRecommendations() {
        guard relatedEnabled else { message = StatusMessage("No related-papers index", kind: .error); return }
        guard focus == .sidebar, let entry = sidebar?.selected, entry.kind == .tag || entry.query == "is:starred",
              let query = try? QueryParser.parse(entry.query) else {
            message = StatusMessage("In the sidebar (T), select a tag or Starred, then W")
            return
        }
        var days: Int?
        if related.recommendedFor == entry.query {
            let windows = Self.recommendationWindows
            let now = windows.firstIndex { $0 == related.recommendationDays } ?? 0
            days = windows[(now + 1) % windows.count]
        }
        pendingRecommendation = RecommendationRequest(text: entry.query, query: query, days: days)
        related = RelatedState(paperId: nil, isLoading: true, recommendedFor: entry.query, recommendationDays: days)
        related.window = ListWindow(count: 0, height: max(1, layout.related.height))
    }

    /// Takes the pending recommendation request (the run loop hands it to the worker).
    public mutating func takeRecommendationRequest() -> RecommendationRequest? {
        defer { pendingRecommendation = nil }
        return pendingRecommendation
    }

    /// Accepts recommendations for `request`; dropped when the pane shows something else now.
    public mutating func receiveRecommendations(for request: RecommendationRequest, rows: [RelatedRow]) {
        guard related.recommendedFor == request.text, related.recommendationDays == request.days, related.isLoading else { return }
        related.rows = rows
        related.isLoading = false
        related.window = ListWindow(count: rows.count, height: max(1, layout.related.height))
    }
}
