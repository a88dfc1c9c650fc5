import PaperboatCore

/// The state of the browser and the rules that change it.
///
/// Keys arrive as ``Action``s through ``KeyMap``; ``apply(_:)`` updates the
/// state, fetching the window of rows and the selected paper from the store.
/// ``BrowserView`` draws the result. Errors become status messages.
public struct BrowserModel: Sendable {
    /// The library.
    public let store: PaperStore
    /// The key table in force.
    public let keyMap: KeyMap
    /// Pane positions for the current size.
    public internal(set) var layout: Layout
    /// Screen size.
    public internal(set) var height: Int
    public internal(set) var width: Int
    /// Selection and scroll of the list.
    public internal(set) var list: ListWindow
    /// The rows around the visible window.
    public internal(set) var pager: PaperPager
    /// The pane with keyboard focus.
    public internal(set) var focus: Pane = .list
    /// Whether the help overlay is open, and its scroll position.
    public internal(set) var showingHelp = false
    public internal(set) var helpTop = 0
    /// The trail overlay (`H`), while it is open.
    public internal(set) var trailListing: TrailListing?
    /// The "why related" overlay (`w`), while it is open.
    public internal(set) var whyRelated: WhyRelated?
    /// The graph's "why" to ask the worker next (taken by the run loop).
    public internal(set) var pendingWhyRequest: WhyRequest?
    /// The selected paper, shown in the abstract pane.
    public internal(set) var detail: Paper?
    /// The abstract pane's lines for its current width, and scroll position.
    public internal(set) var detailLines: [DetailLine] = []
    public internal(set) var detailTop = 0
    /// Papers in the whole library (the list may be filtered); counted once at start.
    public internal(set) var libraryCount = 0
    /// The line being typed, if any.
    public internal(set) var input: InputLine?
    /// The active filter: its text and query.
    public internal(set) var filter: ActiveFilter?
    /// The sidebar of tags and views, while it is open.
    public internal(set) var sidebar: SidebarState?
    /// Words of the active search to highlight.
    public var highlighter: Highlighter { Highlighter(query: filter?.query) }
    /// Whether read papers are hidden.
    public internal(set) var hidingRead = false
    /// Whether date-ordered lists (the library, filters) show the oldest papers first.
    public internal(set) var oldestFirst = false
    /// Papers marked to act on together.
    public internal(set) var marked: Set<Int64> = []
    /// The paper whose note should be edited next (taken by the run loop).
    public internal(set) var pendingNoteEdit: Int64?
    /// The page to open in the user's browser (taken by the run loop).
    public internal(set) var pendingLink: String?
    /// Text to put on the clipboard (taken by the run loop).
    public internal(set) var pendingClipboard: String?
    /// The most text put on the clipboard at once, in bytes (terminals cap OSC 52; tmux at
    /// about 1 MiB); more is refused with a message.
    var clipboardLimit = 512 * 1024
    /// The note of the paper on show.
    public internal(set) var detailNote: String?
    /// The tags of the paper on show.
    public internal(set) var detailTags: [String] = []
    /// When the paper on show was first seen by ``tick(now:)``.
    var detailShownAt: Double?
    /// The related pane.
    public internal(set) var related = RelatedState()
    /// Whether related papers can be asked for (an index is loaded).
    public let relatedEnabled: Bool
    /// The papers visited by following links.
    public internal(set) var trail = Trail()
    /// The recommendations to compute next (taken by the run loop).
    public internal(set) var pendingRecommendation: RecommendationRequest?
    /// The paper whose related list should be computed next (taken by the run loop).
    public internal(set) var pendingRelatedRequest: Int64?
    /// The related-papers graph, while it is open.
    public internal(set) var graph: GraphState?
    /// The graph to compute next (taken by the run loop).
    public internal(set) var pendingGraphRequest: (origin: Int64, depth: Int, breadth: Int)?
    /// Draw the graph with ASCII only (no Unicode line art).
    public var asciiArt = false
    /// The list row last shown, so only list moves replace the paper on show.
    var shownListRowId: Int64?
    /// Papers removed in this session (`d`), left out of rankings a worker began before.
    var removedIds: Set<Int64> = []
    /// The search to rank next on a worker (taken by the run loop).
    public internal(set) var pendingRanking: Query?
    /// The filter whose exact count to compute next on a worker (taken by the run loop).
    public internal(set) var pendingCount: Query?
    /// The filter whose exact count is awaited; its list counts an upper bound meanwhile.
    public internal(set) var countAwaited: Query?
    /// The ranking of the search in force: awaited from the worker, or capped.
    public internal(set) var ranking: RankingStatus?
    /// Searches with at most this many matches are ranked at once; broader ones show their
    /// matches in list order at once and are ranked on a worker (bm25 has to score every
    /// match: half a second for 120,000 at a million papers).
    public var rankNowLimit = 20_000
    /// Papers a filter's count may check one at a time before its exact count is left to a
    /// worker (the list counting an upper bound meanwhile).
    public var countCheckBudget = QueryPlan.checkBudget
    /// The status message, if any.
    public internal(set) var message: StatusMessage?
    /// What the list shows, for the status bar.
    public var filterDescription: String {
        var text = filter?.text ?? "all papers"
        if hidingRead { text += ", unread" }
        if pager.source is ReversedPageSource { text += ", oldest first" }
        return text
    }
    /// How far down the list the browser reads the list again by itself when the library
    /// changed outside it: reading from the top costs a query per 200 rows, so deeper than
    /// this the status line offers the reload key instead.
    var outsideReloadDepth = 2_000
    /// Set once the user asked to quit.
    public internal(set) var wantsQuit = false

    /// Opens the browser on `store` for a screen of the given size.
    public init(store: PaperStore, height: Int, width: Int, keyMap: KeyMap = .standard, pageSize: Int = 200,
                relatedEnabled: Bool = false) throws {
        self.store = store
        self.relatedEnabled = relatedEnabled
        self.keyMap = keyMap
        self.height = height
        self.width = width
        layout = Layout(height: height, width: width, showGraph: graph != nil, showSidebar: sidebar != nil)
        pager = try PaperPager(source: store, pageSize: pageSize)
        libraryCount = pager.total
        list = ListWindow(count: pager.total, height: max(1, layout.list.height))
        refresh()
    }

    /// The context keys are resolved in.
    public var keyContext: KeyContext {
        showingHelp ? .help : trailListing != nil ? .trail : whyRelated != nil ? .why : .browser
    }

    /// Resolves `key` through the key table and applies its action; while a line is
    /// being typed, keys go to it instead.
    public mutating func handle(_ key: Key) {
        if input != nil {
            handleInput(key)
            return
        }
        guard let action = keyMap.action(for: key, in: keyContext) else { return }
        if focus == .sidebar, key == .character(" ") {
            toggleSidebarMark()
            return
        }
        if action == .toggleTagSlot, case let .character(digit) = key, let slot = digit.wholeNumberValue {
            message = nil
            if hasNothingToActOn(action) { return }
            toggleTagSlot(slot)
            return
        }
        apply(action)
    }

    /// Actions on the marked papers, else the one on show (in the sidebar `t` and `d` act on
    /// tags and views instead).
    static let paperActions: Set<Action> = [.toggleStar, .editTags, .toggleTagSlot, .toggleRead, .editNote, .openInBrowser,
                                            .openPdf, .copyCitation, .copyLink, .byAuthors, .removePapers]

    /// What a key that needs a paper says when the list is empty.
    static let nothingOnShow = StatusMessage("No paper on show")

    /// Whether `action` acts on papers while none is marked or on show (an empty list); if
    /// so the status line says so, rather than the key doing nothing.
    mutating func hasNothingToActOn(_ action: Action) -> Bool {
        guard Self.paperActions.contains(action), focus != .sidebar, targets.isEmpty else { return false }
        message = Self.nothingOnShow
        return true
    }

    /// Applies one action.
    public mutating func apply(_ action: Action) {
        message = nil
        if showingHelp {
            applyToHelp(action)
            return
        }
        if trailListing != nil {
            applyToTrail(action)
            return
        }
        if whyRelated != nil {
            applyToWhy(action)
            return
        }
        if hasNothingToActOn(action) { return }
        switch action {
        case .quit: wantsQuit = true
        case .toggleHelp: showingHelp = true; helpTop = 0
        case .showTrail: openTrail()
        case .whyRelated: openWhy()
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .toggleGraph: toggleGraph()
        case .deeper, .shallower:
            guard let graph else { message = openTheGraphFirst; return }
            let depth = max(1, min(3, graph.depth + (action == .deeper ? 1 : -1)))
            requestGraph(origin: graph.originId, depth: depth, breadth: graph.breadth)
        case .narrower, .wider:
            guard let graph else { message = openTheGraphFirst; return }
            let levels = GraphState.breadths
            let index = (levels.firstIndex(of: graph.breadth) ?? 1) + (action == .wider ? 1 : -1)
            requestGraph(origin: graph.originId, depth: graph.depth, breadth: levels[max(0, min(levels.count - 1, index))])
        case .moveLeft, .moveRight:
            if focus == .graph { walkGraph(dx: action == .moveLeft ? -1 : 1, dy: 0) }
        case .closeOverlay: closeInnermost()
        case .reload:
            reloadList()
            rereadDetail()
            message = StatusMessage("Read the library again: \(CountText.counted(libraryCount, "paper"))")
        case .redraw, .toggleTagSlot: break
        case .nextMatch, .previousMatch: stepMatch(forward: action == .nextMatch)
        case .toggleSidebar: toggleSidebar()
        case .recommend: requestRecommendations()
        case .saveView: beginInput(.viewName)
        case .anyOf: if focus == .sidebar { applySidebar(anyOf: true) }
        case .toggleStar: toggleStar()
        case .showStarred: toggleStarredView()
        case .byAuthors: filterByAuthors()
        case .search: beginInput(.filter)
        case .clearFilter: applyFilter(nil)
        case .editTags: if focus == .sidebar { askToRenameTag() } else { beginInput(.tags) }
        case .mark: toggleMark()
        case .toggleRead: toggleRead()
        case .markAllRead: askToMarkAllRead()
        case .hideRead: hidingRead.toggle(); applyFilter(filter)
        case .reverseOrder: toggleOldestFirst()
        case .editNote: if let id = detail?.id { pendingNoteEdit = id }
        case .openInBrowser: requestLink()
        case .openPdf: requestLink(pdf: true)
        case .copyCitation: copyCitations()
        case .copyLink: copyLinks()
        case .removePapers: if focus == .sidebar { askToDeleteSidebarEntry() } else { askToRemove() }
        case .open: open()
        case .back: if let id = trail.back() { showPaper(id: id); recentreGraph(on: id) } else { message = StatusMessage("At the start of the trail") }
        case .forward: if let id = trail.forward() { showPaper(id: id); recentreGraph(on: id) } else { message = StatusMessage("At the end of the trail") }
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
            switch focus {
            case .sidebar: moveSidebar(action)
            case .list: moveList(action)
            case .abstract: scrollDetail(action)
            case .related: moveRelated(action)
            case .graph:
                if action == .moveDown { walkGraph(dx: 0, dy: 1) }
                if action == .moveUp { walkGraph(dx: 0, dy: -1) }
            }
        }
    }

    /// Re-lays out for a new terminal size, keeping the selection.
    public mutating func resize(height: Int, width: Int) {
        self.height = height
        self.width = width
        layout = Layout(height: height, width: width, showGraph: graph != nil, showSidebar: sidebar != nil)
        list.resize(height: max(1, layout.list.height))
        related.window.resize(height: max(1, layout.related.height))
        sidebar?.window.resize(height: max(1, layout.sidebar.height))
        if let count = trailListing?.entries.count {
            let rows = trailRows(entries: count)
            trailListing?.window.resize(height: rows)
        }
        if !visiblePanes.contains(focus) { focus = visiblePanes.first ?? .list }
        graph?.layOut(height: max(1, layout.graph.height - 1), width: layout.graph.width)
        refresh()
        rewrapDetail()
    }

    /// Takes the pending request for related papers (the run loop hands it to a worker).
    public mutating func takeRelatedRequest() -> Int64? {
        defer { pendingRelatedRequest = nil }
        return pendingRelatedRequest
    }

    /// Accepts related papers computed for paper `id`; an answer for a paper no longer
    /// shown is dropped.
    public mutating func receiveRelated(for id: Int64, rows: [RelatedRow]) {
        guard id == related.paperId else { return }
        related.rows = rows
        related.isLoading = false
        related.window = ListWindow(count: rows.count, height: max(1, layout.related.height))
    }

    /// Accepts a computed graph; an answer for another origin or depth is dropped.
    public mutating func receiveGraph(_ answer: GraphAnswer) {
        guard var state = graph, state.originId == answer.originId, state.depth == answer.depth,
              state.breadth == answer.breadth else { return }
        state.nodes = answer.nodes
        state.edges = answer.edges
        state.isLoading = false
        state.selected = 0
        state.layout = nil
        state.layOut(height: max(1, layout.graph.height - 1), width: layout.graph.width)
        graph = state
    }

    /// Takes the pending graph request (the run loop hands it to a worker).
    public mutating func takeGraphRequest() -> (origin: Int64, depth: Int, breadth: Int)? {
        defer { pendingGraphRequest = nil }
        return pendingGraphRequest
    }

    /// The panes on screen, in Tab order.
    public var visiblePanes: [Pane] {
        var panes: [Pane] = []
        if !layout.sidebar.isEmpty { panes.append(.sidebar) }
        if !layout.list.isEmpty { panes.append(.list) }
        if !layout.graph.isEmpty { panes.append(.graph) }
        panes.append(.abstract)
        if !layout.related.isEmpty { panes.append(.related) }
        return panes
    }

    private mutating func cycleFocus(by step: Int) {
        let panes = visiblePanes
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
    }

    private mutating func toggleGraph() {
        if let closing = graph {
            focus = .list
            closeGraph()
            // Walking the graph previews each paper it selects; closing it without Enter
            // goes back to the paper at its centre (the trail's), as leaving a preview does.
            if detail?.id != closing.originId { showPaper(id: closing.originId) }
            return
        }
        guard let id = detail?.id else { message = Self.nothingOnShow; return }
        guard relatedEnabled else {
            message = StatusMessage("No related-papers index: the graph needs one", kind: .error)
            return
        }
        graph = GraphState(originId: id, depth: 2)
        pendingGraphRequest = (id, 2, GraphState.breadths[1])
        focus = .graph
        resize(height: height, width: width)
    }

    /// Esc in the browser: closes the sidebar if it is open, else the graph; with neither
    /// open, drops the marks (as Esc leaves a selection elsewhere).
    private mutating func closeInnermost() {
        if sidebar != nil {
            toggleSidebar()
        } else if graph != nil {
            toggleGraph()
        } else if !marked.isEmpty {
            let count = marked.count
            marked = []
            message = StatusMessage(count == 1 ? "Unmarked 1 paper" : "Unmarked \(count) papers")
        }
    }

    private mutating func requestGraph(origin: Int64, depth: Int, breadth: Int) {
        graph = GraphState(originId: origin, depth: depth, breadth: breadth)
        pendingGraphRequest = (origin, depth, breadth)
    }

    mutating func recentreGraph(on id: Int64) {
        if let graph { requestGraph(origin: id, depth: graph.depth, breadth: graph.breadth) }
    }

    /// What a graph key says while no graph is open.
    private var openTheGraphFirst: StatusMessage {
        StatusMessage("Open the graph with \(keyMap.firstKey(for: .toggleGraph)) first")
    }

    /// Closes the graph, gives its focus to the list and lays the panes out again.
    mutating func closeGraph() {
        graph = nil
        if focus == .graph { focus = .list }
        resize(height: height, width: width)
    }

    /// The graph is of the paper on show: when the list shows another, an open graph is
    /// centred on it, as the related pane follows it; a list left empty closes the graph.
    private mutating func graphFollowsList(to id: Int64?) {
        guard let open = graph else { return }
        if let id {
            if id != open.originId { recentreGraph(on: id) }
        } else {
            closeGraph()
        }
    }

    private mutating func walkGraph(dx: Int, dy: Int) {
        guard var state = graph, let next = state.neighbour(inDirection: dx, dy) else { return }
        state.selected = next
        graph = state
        showPaper(id: state.nodes[next].id)
    }

    /// Enter: in the related pane, opens the selected paper as a step on the trail; in the
    /// graph, centres the graph on the selected paper (also a trail step); in the list,
    /// moves focus to the abstract.
    mutating func open() {
        switch focus {
        case .related:
            guard let row = related.selectedRow else { return }
            trail.visit(row.id)
            showPaper(id: row.id)
            recentreGraph(on: row.id)
        case .graph:
            guard let state = graph, state.nodes.indices.contains(state.selected) else { return }
            let id = state.nodes[state.selected].id
            trail.visit(id)
            showPaper(id: id)
            requestGraph(origin: id, depth: state.depth, breadth: state.breadth)
        case .list: focus = .abstract
        case .abstract: break
        case .sidebar: applySidebar(anyOf: false)
        }
    }

    /// Shows paper `id` in the abstract and asks for its related papers.
    mutating func showPaper(id: Int64?) {
        do {
            detail = try id.flatMap { try store.paper(id: $0) }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
        detailTop = 0
        detailTags = (try? detail.flatMap { try $0.id.map { try store.tags(of: $0) } }) ?? []
        detailNote = (try? detail.flatMap { try $0.id.flatMap { try store.note(of: $0) } }) ?? nil
        detailShownAt = nil
        rewrapDetail()
        related = RelatedState(paperId: detail?.id, isLoading: relatedEnabled && detail != nil)
        related.window = ListWindow(count: 0, height: max(1, layout.related.height))
        pendingRelatedRequest = relatedEnabled ? detail?.id : nil
    }

    private mutating func moveRelated(_ action: Action) {
        related.window.perform(action)
    }

    /// Shows `message` in the status bar until the next key.
    public mutating func show(_ message: StatusMessage) {
        self.message = message
    }

    private mutating func moveList(_ action: Action) {
        list.perform(action)
        refresh()
    }

    private mutating func scrollDetail(_ action: Action) {
        let page = max(1, layout.abstract.height - 1)
        let maxTop = max(0, detailLines.count - layout.abstract.height)
        switch action {
        case .moveDown: detailTop += 1
        case .moveUp: detailTop -= 1
        case .pageDown: detailTop += page
        case .pageUp: detailTop -= page
        case .top: detailTop = 0
        case .bottom: detailTop = maxTop
        default: break
        }
        detailTop = max(0, min(detailTop, maxTop))
    }

    private mutating func applyToHelp(_ action: Action) {
        let entries = HelpOverlay.entries(keyMap).count
        let rows = HelpOverlay.visibleRows(screenHeight: height, entries: entries)
        switch action {
        case .toggleHelp, .closeOverlay, .quit: showingHelp = false
        case .moveDown: helpTop += 1
        case .moveUp: helpTop -= 1
        case .pageDown: helpTop += rows
        case .pageUp: helpTop -= rows
        case .top: helpTop = 0
        case .bottom: helpTop = entries
        default: break
        }
        // The last screenful at most, as a pager stops: the end of the table stays at the bottom.
        helpTop = max(0, min(helpTop, entries - rows))
    }

    /// Loads the visible rows and, when the selection changed, the selected paper. With
    /// `reshowing` (the list itself was replaced) the selection is shown again whatever it
    /// was, so a list left empty shows no paper rather than the one shown before.
    mutating func refresh(reshowing: Bool = false) {
        do {
            try pager.load(list.visible.lowerBound..<(list.visible.upperBound + 1))
            if list.count != pager.total { list.setCount(pager.total) }
            let selectedId = pager.row(at: list.selected)?.id
            if reshowing || selectedId != shownListRowId {
                shownListRowId = selectedId
                trail.reset(to: selectedId)
                showPaper(id: selectedId)
                graphFollowsList(to: selectedId)
            }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    mutating func rewrapDetail() {
        detailLines = detail.map { DetailDocument.lines(for: $0, tags: detailTags, note: detailNote, width: layout.abstract.width) } ?? []
        detailTop = max(0, min(detailTop, detailLines.count - layout.abstract.height))
    }
}
