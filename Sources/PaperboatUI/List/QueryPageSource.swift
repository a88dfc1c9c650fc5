import PaperboatCore

/// The list filtered by a query, paged by keyset in list order.
public struct QueryPageSource: PaperPageSource {
    public let store: PaperStore
    public let query: Query

    public init(store: PaperStore, query: Query) {
        self.store = store
        self.query = query
    }

    public func rowCount() throws -> Int { try store.paperCount(matching: query) }

    public func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try store.rows(matching: query, after: cursor, limit: limit)
    }

    public func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try store.rows(matching: query, before: cursor, limit: limit)
    }
}
