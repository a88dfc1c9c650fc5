/// Selection and scroll arithmetic for a list shown in a window of rows.
///
/// Pure and tiny (like newsboat's `ListMovementControl`): it knows counts and
/// positions, never the rows themselves.
public struct ListWindow: Sendable, Equatable {
    /// Number of items in the list.
    public private(set) var count: Int
    /// Number of rows visible.
    public private(set) var height: Int
    /// Index of the selected item (0 when the list is empty).
    public private(set) var selected = 0
    /// Index of the first visible item.
    public private(set) var top = 0

    public init(count: Int, height: Int) {
        self.count = max(0, count)
        self.height = max(1, height)
    }

    /// The visible item indices.
    public var visible: Range<Int> { top..<min(count, top + height) }

    /// Moves the selection by `delta` items, clamped to the list.
    public mutating func move(by delta: Int) {
        select(selected + delta)
    }

    /// Selects `index` (clamped) and scrolls just enough to show it.
    public mutating func select(_ index: Int) {
        selected = count == 0 ? 0 : min(max(0, index), count - 1)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        clampTop()
    }

    /// Moves selection and view down by one screen.
    public mutating func pageDown() {
        guard count > 0 else { return }
        if selected < count - 1, top + height < count {
            top = min(top + height, max(0, count - height))
        }
        select(selected + height)
    }

    /// Moves selection and view up by one screen.
    public mutating func pageUp() {
        top = max(0, top - height)
        select(selected - height)
    }

    /// Changes the number of visible rows, keeping the selection in view.
    public mutating func resize(height newHeight: Int) {
        height = max(1, newHeight)
        select(selected)
    }

    /// Changes the item count (the list grew or shrank).
    public mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        select(selected)
    }

    private mutating func clampTop() {
        top = max(0, min(top, max(0, count - height)))
        if selected < top { top = selected }
    }

    /// Applies a movement action (down, up, page down/up, home, end); others do nothing.
    public mutating func perform(_ action: Action) {
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: pageDown()
        case .pageUp: pageUp()
        case .top: select(0)
        case .bottom: select(count - 1)
        default: break
        }
    }
}
