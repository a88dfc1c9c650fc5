import PaperboatCore

/// The trail overlay's contents: the visited papers, oldest first, and a cursor.
public struct TrailListing: Sendable, Equatable {
    /// One visited paper as the overlay shows it.
    public struct Entry: Sendable, Equatable {
        public var id: Int64
        public var title: String
        public var date: String
    }

    /// The visited papers, in trail order.
    public internal(set) var entries: [Entry]
    /// The entry the cursor is on.
    public internal(set) var cursor: Int
    /// The trail's own position (the paper on show), marked in the overlay.
    public let current: Int

    /// Moves the cursor for a movement action, by `page` rows for a page.
    mutating func move(_ action: Action, page: Int) {
        let last = max(0, entries.count - 1)
        switch action {
        case .moveDown: cursor = min(last, cursor + 1)
        case .moveUp: cursor = max(0, cursor - 1)
        case .pageDown: cursor = min(last, cursor + max(1, page))
        case .pageUp: cursor = max(0, cursor - max(1, page))
        case .top: cursor = 0
        case .bottom: cursor = last
        default: break
        }
    }
}
