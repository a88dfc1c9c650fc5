import PaperboatCore

/// Search results in relevance order: the ranked ids are fetched once (ids only, up to
/// a cap), and rows are read a page at a time by id.
public struct RankedPageSource: PaperPageSource {
    public let store: PaperStore
    /// Paper ids, best first.
    public let ids: [Int64]
    /// Papers matching in all (more than `ids` when the ranking was capped).
    public let matchCount: Int
    private let position: [Int64: Int]

    /// At most this many of the best matches are kept.
    public static let cap = 50_000

    /// Ranks `query` (which must have text terms) and keeps at most `cap` ids.
    public init(store: PaperStore, query: Query, matchCount: Int? = nil, cap: Int = RankedPageSource.cap) throws {
        let ids = try store.rankedIds(query, limit: cap)
        self.init(store: store, ids: ids, matchCount: matchCount ?? ids.count)
    }

    /// Results ranked elsewhere (on a worker): `ids` best first, of `matchCount` matches.
    public init(store: PaperStore, ids: [Int64], matchCount: Int) {
        self.store = store
        self.ids = ids
        self.matchCount = max(matchCount, ids.count)
        position = Dictionary(ids.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The same ranking without the papers `removed` (counted out of the matches too).
    public func removing(_ removed: Set<Int64>) -> RankedPageSource {
        let kept = ids.filter { !removed.contains($0) }
        guard kept.count < ids.count else { return self }
        return RankedPageSource(store: store, ids: kept, matchCount: matchCount - (ids.count - kept.count))
    }

    /// The list index of paper `id`, if ranked.
    public func index(of id: Int64) -> Int? { position[id] }

    public func rowCount() throws -> Int { ids.count }

    /// Up to `limit` rows after `cursor`. A ranked paper no longer in the library (removed
    /// by another process since the ranking) is skipped and the page filled from further on,
    /// so a short page still means the end of the list.
    public func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        var start = cursor.map { (position[$0.id] ?? ids.count - 1) + 1 } ?? 0
        var rows: [PaperListRow] = []
        while rows.count < limit && start < ids.count {
            let end = min(ids.count, start + limit - rows.count)
            rows += try fetch(start..<end)
            start = end
        }
        return rows
    }

    /// Up to `limit` rows before `cursor`, skipping papers no longer in the library.
    public func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        var end = cursor.map { position[$0.id] ?? 0 } ?? ids.count
        var rows: [PaperListRow] = []
        while rows.count < limit && end > 0 {
            let start = max(0, end - (limit - rows.count))
            rows = try fetch(start..<end) + rows
            end = start
        }
        return rows
    }

    private func fetch(_ range: Range<Int>) throws -> [PaperListRow] {
        guard !range.isEmpty else { return [] }
        let slice = Array(ids[range])
        let rows = try store.summaries(ids: slice)
        return slice.compactMap { rows[$0] }
    }
}
