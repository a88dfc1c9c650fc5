import Foundation
import GRDB

extension PaperStore {
    /// How the store will answer `query`: its count, and how pages of `pageSize` rows are read.
    /// With `exactCount` false, a count that would check many papers one at a time is left
    /// as an upper bound (``QueryPlan/countIsExact``), for ``paperCount(matching:)`` later.
    public func plan(for query: Query, pageSize: Int = 200, exactCount: Bool = true,
                     checkBudget: Int = QueryPlan.checkBudget) throws -> QueryPlan {
        try read { db in try QueryPlan.make(query, pageSize: pageSize, exactCount: exactCount, checkBudget: checkBudget, in: db) }
    }

    /// How many papers match `query`.
    public func paperCount(matching query: Query) throws -> Int {
        try plan(for: query).count
    }

    /// Up to `limit` rows matching `query` after `cursor`, in list order (keyset pagination).
    public func rows(matching query: Query, after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try rows(planned: plan(for: query, pageSize: limit), after: cursor, limit: limit)
    }

    /// Up to `limit` rows matching `query` before `cursor`, in list order.
    public func rows(matching query: Query, before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try rows(planned: plan(for: query, pageSize: limit), before: cursor, limit: limit)
    }

    /// Up to `limit` rows of a planned query after `cursor`, in list order.
    public func rows(planned plan: QueryPlan, after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try rows(plan.pageCondition, indexed: plan.scansListIndex, from: cursor, forward: true, limit: limit)
    }

    /// Up to `limit` rows of a planned query before `cursor`, in list order.
    public func rows(planned plan: QueryPlan, before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try rows(plan.pageCondition, indexed: plan.scansListIndex, from: cursor, forward: false, limit: limit).reversed()
    }

    /// One keyset page in either direction (backward pages come nearest-first); `indexed`
    /// walks the list's (date, id) index (see ``QueryPlan/scansListIndex``).
    private func rows(_ condition: SQLCondition, indexed: Bool, from cursor: ListCursor?, forward: Bool,
                      limit: Int) throws -> [PaperListRow] {
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
                SELECT \(PaperListRow.selection) FROM paper\(indexed ? " INDEXED BY paper_list_order" : "")
                WHERE \(condition.sql)\(keyset) ORDER BY \(order) LIMIT ?
                """, arguments: arguments)
        }
    }

    /// Up to `limit` whole papers matching `query` after `cursor`, in list order.
    public func papers(matching plan: QueryPlan, after cursor: ListCursor?, limit: Int) throws -> [Paper] {
        let ids = try rows(planned: plan, after: cursor, limit: limit).map(\.id)
        let papers = try read { db in try Paper.fetchAll(db, keys: ids) }
        let byId = Dictionary(uniqueKeysWithValues: papers.compactMap { paper in paper.id.map { ($0, paper) } })
        return ids.compactMap { byId[$0] }
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

    /// The papers dated `day` (`YYYY-MM-DD`) or later, from the (date, id) index.
    public func ids(datedSince day: String) throws -> Set<Int64> {
        try read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT id FROM paper INDEXED BY paper_list_order WHERE date >= ? AND date < ':'",
                                   arguments: [day]))
        }
    }

    /// The day `days` days before `now`, as a stored date (`YYYY-MM-DD`, UTC).
    public static func day(_ days: Int, before now: Date) -> String {
        String(ISO8601DateFormatter().string(from: now.addingTimeInterval(-Double(days) * 86_400)).prefix(10))
    }

    /// At least as many papers as ``rankedIds(_:limit:)`` ranks for `query` — those its FTS
    /// terms match, before other conditions — counted without ranking, and only as far as
    /// `cap + 1` (a broad conjunction takes 50 ms to count in full at a million papers, 7 ms
    /// to its first 50,000); `nil` for a query with no text to rank.
    public func rankingBound(_ query: Query, upTo cap: Int? = nil) throws -> Int? {
        guard let match = QueryCompiler.rankingMatch(query) else { return nil }
        return try read { db in
            // LIMIT -1: no limit.
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? LIMIT ?)",
                             arguments: [match, cap.map { $0 + 1 } ?? -1]) ?? 0
        }
    }

    /// `conditions` as a test of the rowids `match` finds against a set, when that set is
    /// small beside the matches (building it then costs less than reading every match's row:
    /// a tag's 300 papers against 511,825 matches; not a year's 300,000 against 115,000);
    /// else `nil`.
    static func membership(of conditions: [Query], against match: String, in db: Database) throws -> SQLCondition? {
        guard let test = membership(of: conditions) else { return nil }
        let setSize = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(test.set.sql) LIMIT ?)",
                                       arguments: test.set.arguments + [Self.membershipSetLimit + 1]) ?? 0
        guard setSize <= Self.membershipSetLimit else { return nil }
        let wanted = setSize + setSize / 2 + 1
        let matches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? LIMIT ?)",
                                       arguments: [match, wanted]) ?? 0
        return matches >= wanted ? test.condition : nil
    }

    /// The papers `match` finds that pass `membership` (a test of `paper_ft.rowid`), best
    /// first by bm25.
    static func ranked(_ match: String, testing membership: SQLCondition, limit: Int, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT rowid FROM paper_ft WHERE paper_ft MATCH ? AND \(membership.sql)
            ORDER BY bm25(paper_ft, 10.0, 1.0, 3.0), rowid LIMIT ?
            """, arguments: [match] + membership.arguments + [limit])
    }

    /// The largest set ``membership(of:against:in:)`` builds.
    static let membershipSetLimit = 100_000

    /// `conditions` as a test of an FTS match's rowid against a set — the set of them all,
    /// or the union of what they all negate — with that set, or `nil` when some need the
    /// paper's row (text with capitals). The unary + keeps SQLite from driving the FTS scan
    /// by the set.
    static func membership(of conditions: [Query]) -> (condition: SQLCondition, set: SQLCondition)? {
        if let set = QueryCompiler.set(of: .and(conditions)) {
            return (SQLCondition(sql: "+paper_ft.rowid IN (\(set.sql))", arguments: set.arguments), set)
        }
        if let removed = QueryCounter.negatedSets(conditions) {
            return (SQLCondition(sql: "+paper_ft.rowid NOT IN (\(removed.sql))", arguments: removed.arguments), removed)
        }
        return nil
    }

    /// Ids of the papers matching `query`, best first (as ``search(_:limit:)`` orders them).
    public func rankedIds(_ query: Query, limit: Int) throws -> [Int64] {
        return try read { db in
            guard let match = QueryCompiler.rankingMatch(query) else {
                let plan = try QueryPlan.make(query, pageSize: limit, in: db)
                let from = plan.scansListIndex ? "paper INDEXED BY paper_list_order" : "paper"
                return try Int64.fetchAll(db, sql: "SELECT id FROM \(from) WHERE \(plan.pageCondition.sql) ORDER BY date DESC, id DESC LIMIT ?",
                                          arguments: plan.pageCondition.arguments + [limit])
            }
            // The FTS match already holds every ranked term; the other conditions are checked
            // on each match's row (the ranked terms again would rebuild their sets).
            let others = QueryCompiler.conditionsBesideRanking(query)
            let ranked: [Int64]
            if others.isEmpty {
                // Nothing else to check: no paper row is read (13,800 row reads cost 35 ms).
                ranked = try Int64.fetchAll(db, sql: """
                    SELECT rowid FROM paper_ft WHERE paper_ft MATCH ? ORDER BY bm25(paper_ft, 10.0, 1.0, 3.0), rowid LIMIT ?
                    """, arguments: [match, limit])
            } else if let membership = try Self.membership(of: others, against: match, in: db) {
                // The other conditions as a set tested per match: no paper row is read (at a
                // million papers "tag:to-read language model" took 6 s reading 511,825 rows
                // for their tags; this takes 0.17 s).
                ranked = try Self.ranked(match, testing: membership, limit: limit, in: db)
            } else {
                let check = QueryCompiler.conjunction(others.map {
                    QueryCompiler.caseCheck(of: $0) ?? QueryCompiler.condition($0, style: .probes)
                })
                ranked = try Int64.fetchAll(db, sql: """
                    SELECT paper.id FROM paper_ft JOIN paper ON paper.id = paper_ft.rowid
                    WHERE paper_ft MATCH ? AND \(check.sql)
                    ORDER BY bm25(paper_ft, 10.0, 1.0, 3.0), paper.id LIMIT ?
                    """, arguments: [match] + check.arguments + [limit])
            }
            guard ranked.count < limit else { return ranked }
            // Papers the query reaches only through their notes (every other match is in the
            // FTS match): driven from the notes, which are few (CROSS JOIN keeps SQLite from
            // turning the join round and probing every paper).
            let probe = QueryCompiler.condition(query, style: .probes)
            let rest = try Int64.fetchAll(db, sql: """
                SELECT paper.id FROM note CROSS JOIN paper ON paper.id = note.paper_id
                WHERE \(probe.sql) AND NOT EXISTS (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? AND paper_ft.rowid = paper.id)
                ORDER BY paper.date DESC, paper.id DESC LIMIT ?
                """, arguments: probe.arguments + [match, limit - ranked.count])
            return ranked + rest
        }
    }
}
