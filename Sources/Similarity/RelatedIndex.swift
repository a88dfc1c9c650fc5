/// A paper's neighbour: its id, cosine score and the shared terms that weigh most.
public struct Neighbour: Sendable, Equatable {
    /// The neighbour's external id (the paper's row id).
    public var id: Int64
    /// How alike the two papers are, 0...1, and what lists are ordered by: the blend of
    /// their term vectors' cosine and (when the index has embeddings) their embeddings'
    /// cosine, and of each one's author profile with the other (``QuerySettings/authorWeight``;
    /// those can fall outside 0...1, so the score is clamped to it). Which papers make a
    /// list also weighs the paper's neighbourhood (query expansion); the score does not.
    public var score: Float
    /// The shared terms that contribute most to the score, strongest first.
    public var terms: [SharedTerm]
    /// What the score is made of, part by part (before it is clamped to 0...1).
    public var parts: ScoreParts

    public init(id: Int64, score: Float, terms: [SharedTerm], parts: ScoreParts? = nil) {
        self.id = id
        self.score = score
        self.terms = terms
        self.parts = parts ?? ScoreParts(words: score)
    }
}

/// A neighbour's score taken apart: each part is already weighted, so the parts add up to
/// the score (before it is clamped to 0...1), and a reader can see which signal made two
/// papers related.
public struct ScoreParts: Sendable, Equatable {
    /// From the words the two papers share: the term vectors' cosine, weighted (the shared
    /// terms' ``SharedTerm/weight``s, times the same weight, add up to it).
    public var words: Float
    /// From their topic: the cosine of their second-order embeddings (how much the two
    /// papers resemble the same other papers), weighted.
    public var topic: Float
    /// From what their authors usually write about: each one's author profile against the
    /// other's embedding (``QuerySettings/authorWeight``).
    public var authors: Float
    /// The weight the term cosine had in the blend, so a shared term's part of the score is
    /// its weight times this.
    public var wordsWeight: Float

    public init(words: Float, topic: Float = 0, authors: Float = 0, wordsWeight: Float = 1) {
        self.words = words
        self.topic = topic
        self.authors = authors
        self.wordsWeight = wordsWeight
    }

    /// The parts added up: the score before clamping.
    public var total: Float { words + topic + authors }
}

/// One term two papers share, and its contribution to their score.
public struct SharedTerm: Sendable, Equatable {
    /// The term (a stem, or two stems joined by `_`).
    public var term: String
    /// Its share of the cosine score (the product of the two weights).
    public var weight: Float
}

/// How a query gathers and ranks candidates (query-time knobs; they need no rebuild).
public struct QuerySettings: Sendable, Equatable {
    /// Share of the final score from the second-order embedding (0 turns it off).
    public var embeddingWeight: Float = 0.5
    /// Candidates from the term index that the embedding re-ranks. Few candidates keep the
    /// term index's word as a filter: on the dev set 45–80 beat 200 (and all papers, worse still).
    public var rerankCandidates = 60
    /// Best first-round neighbours whose embeddings expand the query's (0 turns expansion off).
    public var expansionDocuments = 20
    /// Weight of those neighbours' mean embedding against the paper's own.
    public var expansionWeight: Float = 3
    /// Weight of the author-profile cosines in the blend (``AuthorProfiles``; 0 turns them
    /// off): the profile of each paper against the other paper's embedding, both ways. On
    /// the dev set 0.05–0.3 all gain about 0.005 precision@10; 0.1 is used.
    public var authorWeight: Float = 0.1
    /// Query terms in more than this share of documents (and in over 1,000) are skipped when
    /// gathering candidates. 1 skips none: with focus-weighted terms, skipping the common ones
    /// cost precision (0.15 lost 0.003 to 0.018), and the posting budget bounds their cost.
    public var maxQueryDocumentShare: Float = 1
    /// Postings read per query term, strongest first (lists are impact-ordered). Below
    /// about 50,000 papers no list that is read is this long, so results are exact; at a
    /// million it bounds the work of a query.
    public var postingBudget = 6_000
    /// Neighbours of the first round blended into the query (0 turns feedback off).
    public var feedbackDocuments = 0
    /// Weight of the blended neighbours relative to the paper itself.
    public var feedbackWeight: Float = 0.7
    /// Strongest terms kept in the expanded query.
    public var feedbackTerms = 200

    public init() {}
}

/// An index that answers "the papers most like this one" and "papers like these",
/// whether it lives in memory (``SimilarityIndex``) or in its file (``DiskIndex``).
public protocol RelatedIndex: Sendable {
    /// Number of indexed papers.
    var count: Int { get }
    /// Whether `id` is indexed.
    func contains(_ id: Int64) -> Bool
    /// The `k` papers most similar to `id`, best first, each with its `explain` strongest
    /// shared terms, reading at most `postingBudget` postings per term (`nil`: the settings').
    /// Empty when `id` is not indexed.
    func related(to id: Int64, k: Int, explain: Int, postingBudget: Int?) -> [Neighbour]
    /// How alike paper `other` is to paper `id`, as the related list of `id` would score it
    /// (its first-round blend, without query expansion, which only chooses the list), with
    /// its `explain` strongest shared terms: for two papers not necessarily in one another's
    /// list, such as the centre of a graph and a paper two hops out. `nil` when either is
    /// not indexed, or they are the same paper.
    func relation(of other: Int64, to id: Int64, explain: Int) -> Neighbour?
    /// Papers like the set `ids`, leaving out the set, `excluded`, and those failing `include`.
    func recommend(for ids: [Int64], k: Int, explain: Int, excluded: Set<Int64>,
                   include: (Int64) -> Bool) -> [Neighbour]
}

extension RelatedIndex {
    /// The `k` papers most similar to `id`, best first, each with its `explain` strongest
    /// shared terms (the settings' posting budget).
    public func related(to id: Int64, k: Int, explain: Int) -> [Neighbour] {
        related(to: id, k: k, explain: explain, postingBudget: nil)
    }

    /// The `k` papers most similar to `id`, each explained by its five strongest shared terms.
    public func related(to id: Int64, k: Int = 10) -> [Neighbour] {
        related(to: id, k: k, explain: 5)
    }

    /// Papers like the set `ids`, leaving out the set and `excluded`.
    public func recommend(for ids: [Int64], k: Int = 20, explain: Int = 5, excluded: Set<Int64> = []) -> [Neighbour] {
        recommend(for: ids, k: k, explain: explain, excluded: excluded, include: { _ in true })
    }
}
