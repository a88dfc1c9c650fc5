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
    public private(set) var layout: Layout
    /// Screen size.
    public private(set) var height: Int
    public private(set) var width: Int
    /// Selection and scroll of the list.
    public private(set) var list: ListWindow
    /// The rows around the visible window.
    public private(set) var pager: PaperPager
    /// The pane with keyboard focus.
    public private(set) var focus: Pane = .list
    /// Whether the help overlay is open, and its scroll position.
    public private(set) var showingHelp = false
    public private(set) var helpTop = 0
    /// The selected paper, shown in the abstract pane.
    public private(set) var detail: Paper?
    /// The abstract pane's lines for its current width, and scroll position.
    public private(set) var detailLines: [DetailLine] = []
    public private(set) var detailTop = 0
    /// The status message, if any.
    public private(set) var message: StatusMessage?
    /// What the list shows, for the status bar.
    public var filterDescription = "all papers"
    /// Set once the user asked to quit.
    public private(set) var wantsQuit = false

    /// Opens the browser on `store` for a screen of the given size.
    public init(store: PaperStore, height: Int, width: Int, keyMap: KeyMap = .standard, pageSize: Int = 200) throws {
        self.store = store
        self.keyMap = keyMap
        self.height = height
        self.width = width
        layout = Layout(height: height, width: width)
        pager = try PaperPager(source: store, pageSize: pageSize)
        list = ListWindow(count: pager.total, height: max(1, layout.list.height))
        refresh()
    }

    /// The context keys are resolved in.
    public var keyContext: KeyContext { showingHelp ? .help : .browser }

    /// Resolves `key` through the key table and applies its action.
    public mutating func handle(_ key: Key) {
        guard let action = keyMap.action(for: key, in: keyContext) else { return }
        apply(action)
    }

    /// Applies one action.
    public mutating func apply(_ action: Action) {
        message = nil
        if showingHelp {
            applyToHelp(action)
            return
        }
        switch action {
        case .quit: wantsQuit = true
        case .toggleHelp: showingHelp = true; helpTop = 0
        case .focusNext, .focusPrevious: focus = focus.next
        case .closeOverlay, .redraw: break
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
            if focus == .list { moveList(action) } else { scrollDetail(action) }
        }
    }

    /// Re-lays out for a new terminal size, keeping the selection.
    public mutating func resize(height: Int, width: Int) {
        self.height = height
        self.width = width
        layout = Layout(height: height, width: width)
        list.resize(height: max(1, layout.list.height))
        refresh()
        rewrapDetail()
    }

    /// Shows `message` in the status bar until the next key.
    public mutating func show(_ message: StatusMessage) {
        self.message = message
    }

    private mutating func moveList(_ action: Action) {
        switch action {
        case .moveDown: list.move(by: 1)
        case .moveUp: list.move(by: -1)
        case .pageDown: list.pageDown()
        case .pageUp: list.pageUp()
        case .top: list.select(0)
        case .bottom: list.select(list.count - 1)
        default: break
        }
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
        let entries = keyMap.helpEntries(for: .browser).count
        switch action {
        case .toggleHelp, .closeOverlay, .quit: showingHelp = false
        case .moveDown: helpTop = min(helpTop + 1, max(0, entries - 1))
        case .moveUp: helpTop = max(0, helpTop - 1)
        case .top: helpTop = 0
        case .bottom: helpTop = max(0, entries - 1)
        default: break
        }
    }

    /// Loads the visible rows and, when the selection changed, the selected paper.
    private mutating func refresh() {
        do {
            try pager.load(list.visible.lowerBound..<(list.visible.upperBound + 1))
            if list.count != pager.total { list.setCount(pager.total) }
            let selectedId = pager.row(at: list.selected)?.id
            if selectedId != detail?.id {
                detail = try selectedId.flatMap { try store.paper(id: $0) }
                detailTop = 0
                rewrapDetail()
            }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    private mutating func rewrapDetail() {
        detailLines = detail.map { DetailDocument.lines(for: $0, width: layout.abstract.width) } ?? []
        detailTop = max(0, min(detailTop, detailLines.count - layout.abstract.height))
    }
}
