import GRDB

/// How the store answers one query on this library: its count, and the condition the
/// list's pages use.
///
/// SQLite keeps no statistics for FTS matches, so it cannot tell "diffusion" (one paper in
/// eight) from a rare phrase, and at a million papers a wrong choice costs seconds. The
/// plan is chosen from the sizes of the sets the query names, which are cheap to count
/// exactly: the smallest set drives (it is built once and the rest is checked on its
/// papers); when matches are dense, pages instead walk the list in order with a check per
/// paper and stop after a page. Counting avoids building large sets (see ``QueryCounter``);
/// a count that would still check too many papers one by one can be left for later, the
/// plan then holding an upper bound.
public struct QueryPlan: Sendable {
    /// Papers matching: exact, or an upper bound when ``countIsExact`` is false.
    public let count: Int
    /// Whether ``count`` is exact (else ``PaperStore/paperCount(matching:)`` gives it, in
    /// the time it takes: meant for a worker).
    public let countIsExact: Bool
    /// Whether pages walk the list in order (dense matches) rather than start from a set.
    public let walksList: Bool
    /// The condition on `paper` that pages use.
    let pageCondition: SQLCondition

    /// Papers an exact count may check one at a time before it is left for later.
    public static let checkBudget = 20_000

    /// Plans `query` for pages of `pageSize` rows; with `exactCount` false, a count that
    /// would check more than ``checkBudget`` papers one at a time is left as an upper bound.
    ///
    /// - Complexity: a few COUNTs of sets the query names (milliseconds for FTS, tags,
    ///   categories and years at a million papers) and, for an exact count, checks on the
    ///   papers of its smaller sets.
    static func make(_ query: Query, pageSize: Int, exactCount: Bool = true, checkBudget: Int = QueryPlan.checkBudget,
                     in db: Database) throws -> QueryPlan {
        var counter = QueryCounter(db: db, checkBudget: exactCount ? nil : checkBudget)
        let count: Int, exact: Bool
        do {
            (count, exact) = (try counter.count(query), true)
        } catch is QueryCounter.TooCostly {
            (count, exact) = (try counter.bound(query), false)
        }
        let conjuncts = QueryCounter.conjuncts(of: query)
        // The smallest top-level set drives pages (text with capitals by its case-folded set,
        // keeping its case check among the rest); an OR of sets drives as one set.
        var driver: (index: Int, set: SQLCondition, size: Int, exact: Bool)?
        for (i, item) in conjuncts.enumerated() {
            let exactSet = QueryCompiler.set(of: item)
            guard let set = exactSet ?? QueryCompiler.caseFoldedSet(of: item) else { continue }
            let size = try counter.bound(item)
            if size < driver?.size ?? .max { driver = (i, set, size, exactSet != nil) }
        }
        let papers = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM paper") ?? 0
        let walking = QueryPlan(count: count, countIsExact: exact, walksList: true,
                                pageCondition: QueryCompiler.condition(query, style: .probes))
        guard let driver else { return walking }
        // Walk when that checks fewer papers than building the driving set: a page needs about
        // pageSize × papers / matches checks walking, and the set's size to build.
        if count > 0 && Double(count) * Double(driver.size) > Double(papers) * Double(pageSize) { return walking }
        let check = QueryCounter.check(beside: driver.index, exact: driver.exact, in: conjuncts)
        return QueryPlan(count: count, countIsExact: exact, walksList: false,
                         pageCondition: QueryCompiler.conjunction([
                             SQLCondition(sql: "paper.id IN (\(driver.set.sql))", arguments: driver.set.arguments), check]))
    }
}
