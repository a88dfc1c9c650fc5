import Foundation
import PaperboatUI

/// Computes related papers off the UI thread. Only the newest request is worked on;
/// answers carry the paper they are for, and the model drops stale ones.
final class RelatedWorker: @unchecked Sendable {
    private let lookup: RelatedLookup
    private let queue = DispatchQueue(label: "paperboat.related")
    private let lock = NSLock()
    private var latest: Int64?
    private var answers: [(Int64, Result<[RelatedRow], Error>)] = []

    init(lookup: RelatedLookup) {
        self.lookup = lookup
    }

    /// Asks for the related papers of `id`, superseding any earlier request.
    func request(_ id: Int64) {
        lock.withLock { latest = id }
        queue.async { [self] in
            // A newer request made this one obsolete before it started: skip it.
            guard lock.withLock({ latest == id }) else { return }
            let result = Result { try lookup.rows(for: id) }
            lock.withLock { answers.append((id, result)) }
        }
    }

    /// The answers that arrived since the last call.
    func takeAnswers() -> [(Int64, Result<[RelatedRow], Error>)] {
        lock.withLock {
            defer { answers.removeAll() }
            return answers
        }
    }
}
