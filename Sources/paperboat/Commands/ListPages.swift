import PaperboatCore

/// The papers in list order (newest first), all or a query's, a page at a time: what
/// `list` and `export` walk.
enum ListPages {
    static let pageSize = 500

    /// Calls `body` with each page of at most `pageSize` papers, `limit` papers in all.
    static func forEach(in store: PaperStore, query: String?, limit: Int = .max, _ body: ([Paper]) throws -> Void) throws {
        let plan = try query.map { try store.plan(for: try QueryLine.parse($0), pageSize: pageSize) }
        var remaining = limit
        var cursor: ListCursor?
        while remaining > 0 {
            let size = min(pageSize, remaining)
            let page = try plan.map { try store.papers(matching: $0, after: cursor, limit: size) }
                ?? store.papers(after: cursor, limit: size)
            guard let last = page.last else { break }
            try body(page)
            remaining -= page.count
            cursor = ListCursor(date: last.date, id: last.id ?? 0)
        }
    }
}
