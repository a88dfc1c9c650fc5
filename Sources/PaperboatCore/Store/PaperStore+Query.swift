import GRDB

extension PaperStore {
    /// How many papers match `query`.
    public func paperCount(matching query: Query) throws -> Int {
        if let count = QueryCompiler.countFromSets(query) {
            return try read { db in try Int.fetchOne(db, sql: count.sql, arguments: count.arguments) ?? 0 }
        }
        let condition = QueryCompiler.condition(query)
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper WHERE \(condition.sql)", arguments: condition.arguments) ?? 0
        }
    }

    /// Up to `limit` rows matching `query` after `cursor`, in list order (keyset pagination).
    public func rows(matching query: Query, after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try rows(matching: query, from: cursor, forward: true, limit: limit)
    }

    /// Up to `limit` rows matching `query` before `cursor`, in list order.
    public func rows(matching query: Query, before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try rows(matching: query, from: cursor, forward: false, limit: limit).reversed()
    }

    /// One keyset page in either direction (backward pages come nearest-first).
    private func rows(matching query: Query, from cursor: ListCursor?, forward: Bool, limit: Int) throws -> [PaperListRow] {
        let condition = QueryCompiler.condition(query)
        var arguments = condition.arguments
        var keyset = ""
        if let cursor {
            keyset = forward ? " AND (date, id) < (?, ?)" : " AND (date, id) > (?, ?)"
            arguments += [cursor.date, cursor.id]
        }
        arguments += [limit]
        let order = forward ? "date DESC, id DESC" : "date ASC, id ASC"
        return try read { db in
            try PaperListRow.fetchAll(db, sql: """
                SELECT \(PaperListRow.selection) FROM paper WHERE \(condition.sql)\(keyset) ORDER BY \(order) LIMIT ?
                """, arguments: arguments)
        }
    }

    /// Papers matching `query`, ranked by relevance (bm25 with the title weighted 10×,
    /// authors 3×, the abstract 1×; papers matching through their notes only come after)
    /// when it has text terms, else in list order.
    public func search(_ query: Query, limit: Int) throws -> [Paper] {
        let ids = try rankedIds(query, limit: limit)
        var papers: [Paper] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            papers += try read { db in try Paper.fetchAll(db, keys: chunk) }
        }
        let byId = Dictionary(uniqueKeysWithValues: papers.compactMap { paper in paper.id.map { ($0, paper) } })
        return ids.compactMap { byId[$0] }
    }

    /// Ids of the papers matching `query`, best first (as ``search(_:limit:)`` orders them).
    public func rankedIds(_ query: Query, limit: Int) throws -> [Int64] {
        let condition = QueryCompiler.condition(query)
        return try read { db in
            guard let match = QueryCompiler.rankingMatch(query) else {
                return try Int64.fetchAll(db, sql: "SELECT id FROM paper WHERE \(condition.sql) ORDER BY date DESC, id DESC LIMIT ?",
                                          arguments: condition.arguments + [limit])
            }
            let ranked = try Int64.fetchAll(db, sql: """
                SELECT paper.id FROM paper JOIN paper_ft ON paper_ft.rowid = paper.id
                WHERE paper_ft MATCH ? AND \(condition.sql)
                ORDER BY bm25(paper_ft, 10.0, 1.0, 3.0), paper.id LIMIT ?
                """, arguments: [match] + condition.arguments + [limit])
            guard ranked.count < limit else { return ranked }
            let rest = try Int64.fetchAll(db, sql: """
                SELECT id FROM paper WHERE \(condition.sql) AND id NOT IN (SELECT rowid FROM paper_ft WHERE paper_ft MATCH ?)
                ORDER BY date DESC, id DESC LIMIT ?
                """, arguments: condition.arguments + [match, limit - ranked.count])
            return ranked + rest
        }
    }
}
