import Foundation
import PaperboatCore
import PaperboatUI

/// Computes related papers off the UI thread. It first loads the index (so the first
/// screen never waits for it), then answers requests in order, skipping any that a
/// newer request made obsolete. Answers carry the paper they are for; the model
/// drops stale ones.
final class RelatedWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "paperboat.related")
    private let lock = NSLock()
    private var lookup: Result<RelatedLookup, Error>?
    private var latest: Int64?
    private var answers: [(Int64, Result<[RelatedRow], Error>)] = []
    private var latestGraph: (Int64, Int, Int)?
    private var graphAnswers: [Result<GraphAnswer, Error>] = []

    /// Starts loading the lookup in the background.
    init(loading load: @escaping @Sendable () throws -> RelatedLookup) {
        queue.async { [self] in
            let loaded = Result { try load() }
            lock.withLock { lookup = loaded }
        }
    }

    /// Loads the lookup again in the background (the index file was brought up to date by
    /// another program); requests made meanwhile are answered by the new one.
    func reload(_ load: @escaping @Sendable () throws -> RelatedLookup) {
        queue.async { [self] in
            let loaded = Result { try load() }
            lock.withLock { lookup = loaded }
        }
    }

    /// Asks for the related papers of `id`, superseding any earlier request.
    func request(_ id: Int64) {
        lock.withLock { latest = id }
        queue.async { [self] in
            guard let lookup = lock.withLock({ latest == id ? self.lookup : nil }) else { return }
            let result = lookup.flatMap { lookup in Result { try lookup.rows(for: id) } }
            lock.withLock { answers.append((id, result)) }
        }
    }

    /// Asks for the neighbourhood graph of `origin`, superseding any earlier graph request.
    func requestGraph(origin: Int64, depth: Int, breadth: Int) {
        lock.withLock { latestGraph = (origin, depth, breadth) }
        queue.async { [self] in
            guard let lookup = lock.withLock({ latestGraph.map { $0 == (origin, depth, breadth) } == true ? self.lookup : nil }) else { return }
            let result = lookup.flatMap { lookup in
                Result { try GraphAnswer.compute(origin: origin, depth: depth, breadth: breadth, lookup: lookup) }
            }
            lock.withLock { graphAnswers.append(result) }
        }
    }

    private var whyAnswers: [(WhyRequest, Result<RelatedRow?, Error>)] = []

    /// Asks how a paper of the graph relates to the paper at its centre.
    func requestWhy(_ request: WhyRequest) {
        queue.async { [self] in
            guard let lookup = lock.withLock({ self.lookup }) else { return }
            let result = lookup.flatMap { lookup in Result { try lookup.relation(of: request.paper, to: request.centre) } }
            lock.withLock { whyAnswers.append((request, result)) }
        }
    }

    /// The relations computed since the last call.
    func takeWhyAnswers() -> [(WhyRequest, Result<RelatedRow?, Error>)] {
        lock.withLock {
            defer { whyAnswers.removeAll() }
            return whyAnswers
        }
    }

    private var recommendationAnswers: [(RecommendationRequest, Result<[RelatedRow], Error>)] = []

    /// Asks for recommendations from the papers matching the request's query.
    func requestRecommendations(_ request: RecommendationRequest) {
        queue.async { [self] in
            guard let lookup = lock.withLock({ self.lookup }) else { return }
            let result = lookup.flatMap { lookup in
                Result { try lookup.recommendations(for: request.query, days: request.days, now: Date()) }
            }
            lock.withLock { recommendationAnswers.append((request, result)) }
        }
    }

    /// The recommendations computed since the last call.
    func takeRecommendations() -> [(RecommendationRequest, Result<[RelatedRow], Error>)] {
        lock.withLock {
            defer { recommendationAnswers.removeAll() }
            return recommendationAnswers
        }
    }

    /// The graphs computed since the last call.
    func takeGraphAnswers() -> [Result<GraphAnswer, Error>] {
        lock.withLock {
            defer { graphAnswers.removeAll() }
            return graphAnswers
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
