import GRDB

/// Counts about a library, as `paperboat stats` prints them.
public struct LibraryStatistics: Codable, Sendable, Equatable {
    public var papers: Int
    public var starred: Int
    public var read: Int
    public var tags: Int
    public var notes: Int
}

extension PaperStore {
    /// Whole papers after `cursor` in list order (newest first), for export and `list`.
    ///
    /// - Complexity: O(limit · log n) through the `paper_list_order` index.
    public func papers(after cursor: ListCursor?, limit: Int) throws -> [Paper] {
        try read { db in
            if let cursor {
                return try Paper.fetchAll(db, sql: """
                    SELECT * FROM paper WHERE (date, id) < (?, ?) ORDER BY date DESC, id DESC LIMIT ?
                    """, arguments: [cursor.date, cursor.id, limit])
            }
            return try Paper.fetchAll(db, sql: "SELECT * FROM paper ORDER BY date DESC, id DESC LIMIT ?",
                                      arguments: [limit])
        }
    }

    /// Counts of papers, stars, read papers, tags and notes.
    public func statistics() throws -> LibraryStatistics {
        try read { db in
            LibraryStatistics(
                papers: try Paper.fetchCount(db),
                starred: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper WHERE starred_at IS NOT NULL") ?? 0,
                read: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper WHERE read_at IS NOT NULL") ?? 0,
                tags: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tag") ?? 0,
                notes: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note") ?? 0)
        }
    }

    /// Refreshes the query planner's statistics (after imports), so selective filters
    /// such as `is:starred` use their indexes instead of walking the list order.
    public func analyze() throws {
        try write { db in try db.execute(sql: "ANALYZE") }
    }
}
