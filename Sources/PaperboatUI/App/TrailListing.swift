import PaperboatCore

/// The trail overlay's contents: the visited papers, oldest first, and a cursor over them.
public struct TrailListing: Sendable, Equatable {
    /// One visited paper as the overlay shows it.
    public struct Entry: Sendable, Equatable {
        public var id: Int64
        public var title: String
        public var date: String
    }

    /// The visited papers, in trail order.
    public let entries: [Entry]
    /// The trail's own position (the paper on show), marked in the overlay.
    public let current: Int
    /// The cursor and the rows in view.
    public internal(set) var window: ListWindow

    /// The entry the cursor is on.
    public var cursor: Int { window.selected }

    init(entries: [Entry], current: Int, rows: Int) {
        self.entries = entries
        self.current = current
        window = ListWindow(count: entries.count, height: rows)
        window.select(current)
    }
}
