import Foundation
import PaperboatCore
import Similarity

/// One line of the related pane: a neighbour with its score and shared terms.
public struct RelatedRow: Sendable, Equatable {
    public var id: Int64
    public var key: String
    public var title: String
    public var score: Float
    /// Whether the reader starred it (the pane marks it, as the list does).
    public var isStarred: Bool
    /// Whether the reader has read it (the pane dims it, as the list does).
    public var isRead: Bool
    /// Its authors who are also authors of the paper it is related to, as it spells them.
    public var sharedAuthors: [String]
    /// What its score is made of (shared words, topic, authors), for the "why" overlay;
    /// `nil` when not known.
    public var parts: ScoreParts?
    /// Its strongest shared words, each with its part of the score.
    public var words: [ScoredWord]
    /// The parts of the score from shared author names and shared categories (index terms
    /// of their own, not words).
    public var authorShare: Float
    public var categoryShare: Float

    /// The shared words' text, strongest first.
    public var terms: [String] { words.map(\.word) }

    public init(id: Int64, key: String, title: String, score: Float, words: [ScoredWord], isStarred: Bool = false,
                isRead: Bool = false, sharedAuthors: [String] = [], parts: ScoreParts? = nil, authorShare: Float = 0,
                categoryShare: Float = 0) {
        self.id = id
        self.key = key
        self.title = title
        self.score = score
        self.words = words
        self.isStarred = isStarred
        self.isRead = isRead
        self.sharedAuthors = sharedAuthors
        self.parts = parts
        self.authorShare = authorShare
        self.categoryShare = categoryShare
    }

    /// A row whose shared words are known only by their text (their parts of the score,
    /// and the score's parts, unknown).
    public init(id: Int64, key: String, title: String, score: Float, terms: [String], isStarred: Bool = false,
                isRead: Bool = false, sharedAuthors: [String] = []) {
        self.init(id: id, key: key, title: title, score: score, words: terms.map { ScoredWord(word: $0, share: 0) },
                  isStarred: isStarred, isRead: isRead, sharedAuthors: sharedAuthors)
    }

    /// A row for `neighbour`: its shared terms spelt as `texts` write them (metadata terms
    /// left out of the words, their part of the score kept in ``authorShare`` and
    /// ``categoryShare``).
    public init(_ neighbour: Neighbour, key: String, title: String, isStarred: Bool, isRead: Bool, sharedAuthors: [String] = [],
                texts: [String], speller: inout TermSpeller) {
        let spelt = speller.readable(neighbour.terms.map(\.term), in: texts)
        var words: [ScoredWord] = [], authors: Float = 0, categories: Float = 0
        for (word, term) in zip(spelt, neighbour.terms) {
            let share = term.weight * neighbour.parts.wordsWeight
            if term.term.hasPrefix("au:") {
                authors += share
            } else if term.term.hasPrefix("cat:") {
                categories += share
            } else {
                words.append(ScoredWord(word: word, share: share))
            }
        }
        self.init(id: neighbour.id, key: key, title: title, score: neighbour.score, words: words, isStarred: isStarred,
                  isRead: isRead, sharedAuthors: sharedAuthors, parts: neighbour.parts, authorShare: authors,
                  categoryShare: categories)
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

/// A word two papers share, as the papers spell it, and its part of their score.
public struct ScoredWord: Sendable, Equatable {
    /// The word (or two), as the papers spell it.
    public var word: String
    /// The word's part of the related paper's score (its shared-term weight times the weight
    /// of the words in the blend).
    public var share: Float

    public init(word: String, share: Float) {
        self.word = word
        self.share = share
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
        let neighbours = index.related(to: id, k: count, explain: Self.explainedTerms)
        let papers = try store.summaries(ids: neighbours.map(\.id))
        let details = try store.textsAndAuthors(ids: neighbours.map(\.id) + [id])
        var speller = TermSpeller()
        return neighbours.compactMap { n in
            papers[n.id].map {
                RelatedRow(n, key: $0.key, title: $0.title, isStarred: $0.isStarred, isRead: $0.isRead,
                           sharedAuthors: RelatedRow.shared(details[n.id]?.authors ?? [], with: details[id]?.authors ?? []),
                           texts: [details[n.id]?.text, details[id]?.text].compactMap { $0 }, speller: &speller)
            }
        }
    }

    /// Paper `other` as a related row of paper `id`, whether or not it is in `id`'s list (the
    /// graph's "why": a paper hops out from the centre); `nil` when the index has no such pair.
    public func relation(of other: Int64, to id: Int64) throws -> RelatedRow? {
        guard let n = index.relation(of: other, to: id, explain: Self.explainedTerms),
              let paper = try store.summaries(ids: [other])[other] else { return nil }
        let details = try store.textsAndAuthors(ids: [other, id])
        var speller = TermSpeller()
        return RelatedRow(n, key: paper.key, title: paper.title, isStarred: paper.isStarred, isRead: paper.isRead,
                          sharedAuthors: RelatedRow.shared(details[other]?.authors ?? [], with: details[id]?.authors ?? []),
                          texts: [details[other]?.text, details[id]?.text].compactMap { $0 }, speller: &speller)
    }

    /// Shared terms kept per related paper: the pane shows three, the "why" overlay all.
    public static let explainedTerms = 10

    /// Papers like those matching `query` (a tag, or the starred ones), leaving out every
    /// tagged paper, best first, with the shared terms; with `days`, only papers dated within
    /// that many days before `now`.
    public func recommendations(for query: Query, days: Int? = nil, now: Date = Date(), limit: Int = 30) throws -> [RelatedRow] {
        let seeds = try store.rankedIds(query, limit: 10_000)
        let tagged = Set(try store.rankedIds(.state(.tagged), limit: 1_000_000))
        let recent = try days.map { try store.ids(datedSince: PaperStore.day($0, before: now)) }
        let results = index.recommend(for: seeds, k: limit, explain: Self.explainedTerms, excluded: tagged.union(seeds),
                                      include: { recent?.contains($0) ?? true })
        let papers = try store.summaries(ids: results.map(\.id))
        let texts = try store.texts(ids: results.map(\.id))
        var speller = TermSpeller()
        return results.compactMap { n in
            papers[n.id].map {
                RelatedRow(n, key: $0.key, title: $0.title, isStarred: $0.isStarred, isRead: $0.isRead,
                           texts: texts[n.id].map { [$0] } ?? [], speller: &speller)
            }
        }
    }
}
