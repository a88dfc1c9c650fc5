import PaperboatCore

/// Search results in relevance order: the ranked ids are fetched once (ids only, up to
/// a cap), and rows are read a page at a time by id.
public struct RankedPageSource: PaperPageSource {
    public let store: PaperStore
    /// Paper ids, best first.
    public let ids: [Int64]
    private let position: [Int64: Int]

    /// Ranks `query` (which must have text terms) and keeps at most `cap` ids.
    public init(store: PaperStore, query: Query, cap: Int = 50_000) throws {
        self.store = store
        ids = try store.rankedIds(query, limit: cap)
        position = Dictionary(ids.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    public func rowCount() throws -> Int { ids.count }

    public func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        let start = cursor.map { (position[$0.id] ?? ids.count - 1) + 1 } ?? 0
        return try fetch(start..<min(ids.count, start + limit))
    }

    public func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        let end = cursor.map { position[$0.id] ?? 0 } ?? ids.count
        return try fetch(max(0, end - limit)..<end)
    }

    private func fetch(_ range: Range<Int>) throws -> [PaperListRow] {
        guard !range.isEmpty else { return [] }
        let slice = Array(ids[range])
        let rows = try store.summaries(ids: slice)
        return slice.compactMap { rows[$0] }
    }
}
