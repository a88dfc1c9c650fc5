import Foundation
import PaperboatCore
import Similarity

/// One line of the related pane: a neighbour with its score and shared terms.
public struct RelatedRow: Sendable, Equatable {
    public var id: Int64
    public var key: String
    public var title: String
    public var score: Float
    public var terms: [String]
    /// Whether the reader starred it (the pane marks it, as the list does).
    public var isStarred: Bool

    public init(id: Int64, key: String, title: String, score: Float, terms: [String], isStarred: Bool = false) {
        self.id = id
        self.key = key
        self.title = title
        self.score = score
        self.terms = terms
        self.isStarred = isStarred
    }
}

/// Answers "the papers related to this one" for the browser: similarity index plus
/// titles from the store. A value that may be used from a worker thread.
public struct RelatedLookup: Sendable {
    public let index: any RelatedIndex
    public let store: PaperStore
    /// Neighbours per paper.
    public var count = 15

    public init(index: any RelatedIndex, store: PaperStore) {
        self.index = index
        self.store = store
    }

    /// The related rows for paper `id`, best first; the shared terms as the neighbour (or
    /// this paper) writes them.
    public func rows(for id: Int64) throws -> [RelatedRow] {
        let neighbours = index.related(to: id, k: count, explain: 4)
        let papers = try store.summaries(ids: neighbours.map(\.id))
        let texts = try store.texts(ids: neighbours.map(\.id) + [id])
        return neighbours.compactMap { n in
            papers[n.id].map {
                RelatedRow(id: n.id, key: $0.key, title: $0.title, score: n.score,
                           terms: TermWords.readable(n.terms.map(\.term), in: [texts[n.id], texts[id]].compactMap { $0 }),
                           isStarred: $0.isStarred)
            }
        }
    }

    /// Papers like those matching `query` (a tag, or the starred ones), leaving out every
    /// tagged paper, best first, with the shared terms; with `days`, only papers dated within
    /// that many days before `now`.
    public func recommendations(for query: Query, days: Int? = nil, now: Date = Date(), limit: Int = 30) throws -> [RelatedRow] {
        let seeds = try store.rankedIds(query, limit: 10_000)
        let tagged = Set(try store.rankedIds(.state(.tagged), limit: 1_000_000))
        let recent = try days.map { try store.ids(datedSince: PaperStore.day($0, before: now)) }
        let results = index.recommend(for: seeds, k: limit, explain: 4, excluded: tagged.union(seeds),
                                      include: { recent?.contains($0) ?? true })
        let papers = try store.summaries(ids: results.map(\.id))
        let texts = try store.texts(ids: results.map(\.id))
        return results.compactMap { n in
            papers[n.id].map {
                RelatedRow(id: n.id, key: $0.key, title: $0.title, score: n.score,
                           terms: TermWords.readable(n.terms.map(\.term), in: texts[n.id].map { [$0] } ?? []),
                           isStarred: $0.isStarred)
            }
        }
    }
}
