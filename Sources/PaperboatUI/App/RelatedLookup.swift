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
    /// Its authors who are also authors of the paper it is related to, as it spells them.
    public var sharedAuthors: [String]

    public init(id: Int64, key: String, title: String, score: Float, terms: [String], isStarred: Bool = false,
                sharedAuthors: [String] = []) {
        self.id = id
        self.key = key
        self.title = title
        self.score = score
        self.terms = terms
        self.isStarred = isStarred
        self.sharedAuthors = sharedAuthors
    }

    /// What the pane shows beside the title: "by" the shared authors, then the shared terms.
    public var reasons: [String] {
        (sharedAuthors.isEmpty ? [] : ["by " + sharedAuthors.joined(separator: ", ")]) + terms
    }

    /// The names of `authors` that `others` also lists, ignoring case (the index compares
    /// them so), in `authors`' order and spelling.
    public static func shared(_ authors: [String], with others: [String]) -> [String] {
        let theirs = Set(others.map { $0.lowercased() })
        return authors.filter { theirs.contains($0.lowercased()) }
    }

    /// Index terms a reader should not see as words: authors (shown as ``sharedAuthors``)
    /// and categories.
    public static func isMetadata(_ term: String) -> Bool { term.hasPrefix("au:") || term.hasPrefix("cat:") }
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
        let details = try store.textsAndAuthors(ids: neighbours.map(\.id) + [id])
        return neighbours.compactMap { n in
            papers[n.id].map {
                RelatedRow(id: n.id, key: $0.key, title: $0.title, score: n.score,
                           terms: TermWords.readable(n.terms.map(\.term).filter { !RelatedRow.isMetadata($0) },
                                                     in: [details[n.id]?.text, details[id]?.text].compactMap { $0 }),
                           isStarred: $0.isStarred,
                           sharedAuthors: RelatedRow.shared(details[n.id]?.authors ?? [], with: details[id]?.authors ?? []))
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
                           terms: TermWords.readable(n.terms.map(\.term).filter { !RelatedRow.isMetadata($0) },
                                                     in: texts[n.id].map { [$0] } ?? []),
                           isStarred: $0.isStarred)
            }
        }
    }
}
