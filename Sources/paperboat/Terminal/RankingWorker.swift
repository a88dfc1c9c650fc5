import Foundation
import PaperboatCore
import PaperboatUI

/// Ranks broad searches and counts filters exactly, off the UI thread, on a queue of its
/// own (so related papers never wait behind them). A newer request of a kind supersedes an
/// older one that has not started; answers carry their query, and the model drops those
/// for a filter no longer in force.
final class RankingWorker: @unchecked Sendable {
    /// A ranking: the ids best first, and the exact count when it was asked for.
    typealias Ranking = (ids: [Int64], count: Int?)

    private let queue = DispatchQueue(label: "paperboat.ranking")
    private let lock = NSLock()
    private let store: PaperStore
    private var latestRanking: Query?
    private var latestCount: Query?
    private var rankings: [(Query, Result<Ranking, Error>)] = []
    private var counts: [(Query, Result<Int, Error>)] = []

    init(store: PaperStore) {
        self.store = store
    }

    /// Asks for the ranked ids of a search (and its exact count if wanted), superseding any
    /// earlier ranking request.
    func request(_ request: RankingRequest) {
        let query = request.query
        lock.withLock { latestRanking = query }
        queue.async { [self] in
            guard lock.withLock({ latestRanking == query }) else { return }
            let result = Result { () throws -> Ranking in
                let ids = try store.rankedIds(query, limit: RankedPageSource.cap)
                return (ids, request.needsCount ? try store.paperCount(matching: query) : nil)
            }
            lock.withLock { rankings.append((query, result)) }
        }
    }

    /// Asks for the exact count of a filter, superseding any earlier count request.
    func requestCount(_ query: Query) {
        lock.withLock { latestCount = query }
        queue.async { [self] in
            guard lock.withLock({ latestCount == query }) else { return }
            let result = Result { try store.paperCount(matching: query) }
            lock.withLock { counts.append((query, result)) }
        }
    }

    /// The rankings that arrived since the last call.
    func takeRankings() -> [(Query, Result<Ranking, Error>)] {
        lock.withLock {
            defer { rankings.removeAll() }
            return rankings
        }
    }

    /// The counts that arrived since the last call.
    func takeCounts() -> [(Query, Result<Int, Error>)] {
        lock.withLock {
            defer { counts.removeAll() }
            return counts
        }
    }
}
