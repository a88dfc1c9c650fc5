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
    /// For pages from a set: whether they walk the list's (date, id) index testing each
    /// paper's membership of the set (a large set), rather than look up and sort every
    /// member (a small one).
    public let scansListIndex: Bool
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
        // Word groups last: one is counted only as far as the smallest other set (it drives
        // only when smaller).
        for i in QueryCounter.groupsLast(conjuncts) {
            let item = conjuncts[i]
            let exactSet = QueryCompiler.set(of: item)
            guard let set = exactSet ?? QueryCompiler.caseFoldedSet(of: item) else { continue }
            let size = try QueryCounter.isGroup(item)
                ? driver.map { try counter.size(ofGroup: item, upTo: $0.size) } ?? counter.bound(item)
                : counter.bound(item)
            if size < driver?.size ?? .max { driver = (i, set, size, exactSet != nil) }
        }
        let papers = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM paper") ?? 0
        let walking = QueryPlan(count: count, countIsExact: exact, walksList: true, scansListIndex: false,
                                pageCondition: QueryCompiler.condition(query, style: .probes))
        guard let driver else { return walking }
        // The cheapest of three ways to a page (estimated in microseconds, measured at a
        // million papers): walking the list checks about pageSize × papers / matches papers;
        // a set is built, then either every member is looked up and sorted, or the list's
        // index is walked as far, each paper's membership tested.
        let steps = Double(pageSize) * Double(papers) / Double(max(count, 1))
        let size = Double(driver.size)
        let rest = conjuncts.enumerated().filter { $0.offset != driver.index }.reduce(0) { $0 + checkCost($1.element) }
        let walk = steps * checkCost(query)
        let build = size * Cost.setEntry
        let lookUp = build + size * (Cost.rowLookUp + rest)
        let scan = build + steps * Cost.indexStep + steps * (size / Double(max(papers, 1))) * rest
        if walk <= min(lookUp, scan) { return walking }
        let check = QueryCounter.check(beside: driver.index, exact: driver.exact, in: conjuncts)
        // Scanning, the unary + keeps SQLite from turning the IN into an index search per
        // member (a skip-scan over every date: 280 ms where the scan takes 30).
        let scans = scan < lookUp
        return QueryPlan(count: count, countIsExact: exact, walksList: false, scansListIndex: scans,
                         pageCondition: QueryCompiler.conjunction([
                             SQLCondition(sql: "\(scans ? "+" : "")paper.id IN (\(driver.set.sql))", arguments: driver.set.arguments),
                             check]))
    }

    /// What things cost, in microseconds (at a million papers, page cache warm).
    private enum Cost {
        /// A check that reads the FTS index (a word, a phrase, a field term).
        static let textCheck = 40.0
        /// A check that reads another index (a tag, a category, the notes).
        static let indexCheck = 3.0
        /// A check of the paper's own row (starred, read, a year).
        static let rowCheck = 1.0
        /// An entry of a set being built.
        static let setEntry = 0.8
        /// A paper row looked up by id, and its place in a sort.
        static let rowLookUp = 3.0
        /// A step along the list's index with a membership test.
        static let indexStep = 0.3
    }

    /// The estimated cost of checking `query` on one paper.
    private static func checkCost(_ query: Query) -> Double {
        switch query {
        case .all: return 0
        case let .and(items), let .or(items): return items.reduce(0) { $0 + checkCost($1) }
        case let .not(inner): return checkCost(inner)
        case let .text(value, _): return Cost.textCheck + (value.contains(where: \.isUppercase) ? Cost.rowCheck : 0)
        case .field: return Cost.textCheck
        case .tag, .category, .state(.tagged), .state(.noted): return Cost.indexCheck
        default: return Cost.rowCheck
        }
    }
}
