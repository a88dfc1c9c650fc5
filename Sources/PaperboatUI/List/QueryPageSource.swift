import Foundation
import PaperboatCore

/// The list filtered by a query, paged by keyset in list order. Each count plans the query
/// afresh (``QueryPlan``: the count, and whether pages start from its smallest set or walk
/// the list checking each paper), since stars and tags change both; pages use the latest plan.
/// A count that would check many papers one at a time is left as an upper bound (the
/// plan says so); the exact count is then for a worker (``PaperStore/paperCount(matching:)``).
public struct QueryPageSource: PaperPageSource {
    public let store: PaperStore
    public let query: Query
    private let pageSize: Int
    private let checkBudget: Int
    private let latest = LatestPlan()

    /// Pages of `pageSize` rows; a count that would check more than `checkBudget` papers one
    /// at a time is left as an upper bound.
    public init(store: PaperStore, query: Query, pageSize: Int = 200, checkBudget: Int = QueryPlan.checkBudget) {
        self.store = store
        self.query = query
        self.pageSize = pageSize
        self.checkBudget = checkBudget
    }

    /// The plan of the last count, if any.
    public var plan: QueryPlan? { latest.value }

    public func rowCount() throws -> Int {
        let plan = try store.plan(for: query, pageSize: pageSize, exactCount: false, checkBudget: checkBudget)
        latest.value = plan
        return plan.count
    }

    public func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try store.rows(planned: currentPlan(), after: cursor, limit: limit)
    }

    public func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try store.rows(planned: currentPlan(), before: cursor, limit: limit)
    }

    private func currentPlan() throws -> QueryPlan {
        if let plan = latest.value { return plan }
        let plan = try store.plan(for: query, pageSize: pageSize, exactCount: false, checkBudget: checkBudget)
        latest.value = plan
        return plan
    }
}

/// The plan a ``QueryPageSource`` last made, shared by its copies.
private final class LatestPlan: @unchecked Sendable {
    private let lock = NSLock()
    private var plan: QueryPlan?

    var value: QueryPlan? {
        get { lock.withLock { plan } }
        set { lock.withLock { plan = newValue } }
    }
}
