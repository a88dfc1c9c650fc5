import Foundation
import PaperboatCore
import PaperboatUI

/// Ranks broad searches off the UI thread, on a queue of its own (so related papers never
/// wait behind a ranking). A newer request supersedes an older one that has not started;
/// answers carry their query, and the model drops those for a search no longer in force.
final class RankingWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "paperboat.ranking")
    private let lock = NSLock()
    private let store: PaperStore
    private var latest: Query?
    private var answers: [(Query, Result<[Int64], Error>)] = []

    init(store: PaperStore) {
        self.store = store
    }

    /// Asks for the ranked ids of `query`, superseding any earlier request.
    func request(_ query: Query) {
        lock.withLock { latest = query }
        queue.async { [self] in
            guard lock.withLock({ latest == query }) else { return }
            let result = Result { try store.rankedIds(query, limit: RankedPageSource.cap) }
            lock.withLock { answers.append((query, result)) }
        }
    }

    /// The answers that arrived since the last call.
    func takeAnswers() -> [(Query, Result<[Int64], Error>)] {
        lock.withLock {
            defer { answers.removeAll() }
            return answers
        }
    }
}
