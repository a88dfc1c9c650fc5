import DequeModule
import PaperboatCore

/// A sliding window of list rows fetched from a ``PaperPageSource`` by keyset
/// pagination. It holds at most a few pages, whatever the size of the library.
public struct PaperPager: Sendable {
    /// Where rows come from.
    public let source: any PaperPageSource
    /// Rows fetched per query.
    public let pageSize: Int
    /// The most rows kept in memory.
    public var capacity: Int { pageSize * 4 }
    /// Rows in the whole list.
    public private(set) var total: Int

    private var buffer: Deque<PaperListRow> = []
    private var bufferStart = 0

    /// Creates a pager and counts the list.
    public init(source: any PaperPageSource, pageSize: Int = 200) throws {
        self.source = source
        self.pageSize = max(1, pageSize)
        total = try source.rowCount()
    }

    /// Rows fetched beyond the wanted ones when starting from an end.
    static let margin = 24

    /// Rows currently held (for tests and memory accounting).
    public var bufferedCount: Int { buffer.count }

    /// The buffered row at list index `index`, if it is loaded.
    public func row(at index: Int) -> PaperListRow? {
        let offset = index - bufferStart
        guard offset >= 0, offset < buffer.count else { return nil }
        return buffer[offset]
    }

    /// Marks the held row of paper `id` read, where it is, without a query: for a paper
    /// read by being on show, which stays where it is in the list even if read papers are
    /// hidden (as newsboat keeps an article it has just marked read until the list is left).
    public mutating func markRead(_ id: Int64) {
        guard let offset = buffer.firstIndex(where: { $0.id == id }) else { return }
        buffer[offset].isRead = true
    }

    /// Makes sure the rows in `range` are loaded, fetching pages from the
    /// nearest anchor (the buffer, the top or the bottom) and trimming the rest.
    ///
    /// - Complexity: O(distance to the nearest anchor / pageSize) queries.
    public mutating func load(_ range: Range<Int>) throws {
        let wanted = max(0, range.lowerBound)..<min(total, range.upperBound)
        guard !wanted.isEmpty else { return }
        let bufferEnd = bufferStart + buffer.count
        let fromBuffer = buffer.isEmpty ? Int.max
            : (wanted.lowerBound >= bufferEnd ? wanted.lowerBound - bufferEnd
               : (wanted.upperBound <= bufferStart ? bufferStart - wanted.upperBound : 0))
        let fromTop = wanted.lowerBound
        let fromBottom = total - wanted.upperBound
        // From an end, fetch only as far as wanted (and a margin): a filter that checks each
        // paper in turn (dense matches at a million papers) pays per row, and a first screen
        // needs a screenful, not a page. Later fetches take whole pages.
        // A fetch that returns fewer rows than asked has reached that end of the list, which
        // corrects a provisional total (an upper bound) before the exact count arrives.
        if fromTop < fromBuffer && fromTop <= fromBottom {
            let limit = min(pageSize, wanted.upperBound + Self.margin)
            buffer = Deque(try source.rows(after: nil, limit: limit))
            bufferStart = 0
            if buffer.count < limit { total = buffer.count }
        } else if fromBottom < fromBuffer {
            let limit = min(pageSize, total - wanted.lowerBound + Self.margin)
            let rows = try source.rows(before: nil, limit: limit)
            buffer = Deque(rows)
            if rows.count < limit { total = rows.count }
            bufferStart = total - rows.count
        }
        while bufferStart + buffer.count < wanted.upperBound, let last = buffer.last {
            let rows = try source.rows(after: last.cursor, limit: pageSize)
            buffer.append(contentsOf: rows)
            if rows.count < pageSize { total = bufferStart + buffer.count }
            trim(keeping: wanted, preferFront: false)
            if rows.count < pageSize { break }
        }
        while bufferStart > wanted.lowerBound, let first = buffer.first {
            let rows = try source.rows(before: first.cursor, limit: pageSize)
            buffer.insert(contentsOf: rows, at: 0)
            bufferStart -= rows.count
            if rows.count < pageSize {
                // The top: rows counted from a provisional end move up to start at 0.
                total -= bufferStart
                bufferStart = 0
                break
            }
            trim(keeping: wanted, preferFront: true)
        }
    }

    /// Drops rows far from `wanted` once the buffer exceeds its capacity.
    private mutating func trim(keeping wanted: Range<Int>, preferFront: Bool) {
        guard buffer.count > capacity else { return }
        if preferFront {
            let keepEnd = max(wanted.upperBound + pageSize, bufferStart + capacity)
            let drop = bufferStart + buffer.count - keepEnd
            if drop > 0 { buffer.removeLast(drop) }
        } else {
            let keepStart = min(wanted.lowerBound - pageSize, bufferStart + buffer.count - capacity)
            let drop = keepStart - bufferStart
            if drop > 0 {
                buffer.removeFirst(drop)
                bufferStart += drop
            }
        }
    }

    /// Takes the exact number of rows in place of a provisional one (an upper bound). Rows
    /// fetched from the top keep their indices; rows fetched from the bottom move with the
    /// end. Returns how far held rows moved (0, or the negative difference).
    @discardableResult
    public mutating func settle(total exact: Int) -> Int {
        guard exact != total else { return 0 }
        var shift = 0
        if !buffer.isEmpty && bufferStart > 0 && bufferStart + buffer.count == total {
            shift = exact - total
            bufferStart += shift
        }
        total = max(0, exact)
        if bufferStart < 0 || bufferStart + buffer.count > total {
            buffer.removeAll()
            bufferStart = 0
        }
        return shift
    }

    /// Reads the held rows again where they are, after the papers `changed` changed state
    /// (stars, tags, notes, read): from the cursor of the first held row, so a window deep in
    /// a long list costs one query, not a walk from the nearest end of the list (48 ms at row
    /// 12,000 of the dev set; seconds at a million papers). `listingMayChange` says whether
    /// the change can alter which papers the list holds (a filter on what changed); then the
    /// rows before the window must stay as they were, so unless every changed paper is held
    /// after that first row, every row is forgotten and counted again (``reset(recount:)``).
    public mutating func reload(changed: Set<Int64>, listingMayChange: Bool) throws {
        guard let anchor = buffer.first, buffer.count >= 2,
              !listingMayChange || changed.isSubset(of: Set(buffer.dropFirst().map(\.id)))
        else {
            try reset(recount: listingMayChange)
            return
        }
        let rows = try source.rows(after: anchor.cursor, limit: max(buffer.count - 1, pageSize))
        if listingMayChange { total = try source.rowCount() }
        buffer = Deque(rows)
        bufferStart += 1
        if bufferStart + buffer.count > total { total = bufferStart + buffer.count }
    }

    /// Forgets every row (after papers changed) and, unless `recount` is false because
    /// the change cannot alter which papers are listed, counts again.
    public mutating func reset(recount: Bool = true) throws {
        buffer.removeAll()
        bufferStart = 0
        if recount { total = try source.rowCount() }
    }
}
