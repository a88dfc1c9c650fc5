import Foundation

/// A paper's neighbour: its id, cosine score and the shared terms that weigh most.
public struct Neighbour: Sendable, Equatable {
    /// The neighbour's external id (the paper's row id).
    public var id: Int64
    /// Cosine similarity of the two weighted term vectors, 0...1.
    public var score: Float
    /// The shared terms that contribute most to the score, strongest first.
    public var terms: [SharedTerm]
}

/// One term two papers share, and its contribution to their score.
public struct SharedTerm: Sendable, Equatable {
    /// The term (a stem, or two stems joined by `_`).
    public var term: String
    /// Its share of the cosine score (the product of the two weights).
    public var weight: Float
}

/// TF-IDF vectors of documents with an inverted index for "the k nearest to this one".
///
/// Raw term counts are what is stored; weights (sublinear tf × smoothed idf,
/// L2-normalised) and postings are derived by ``prepare()`` from the current
/// document frequencies, so adding documents one by one and preparing gives
/// exactly what a full rebuild gives.
public struct SimilarityIndex: Sendable {
    /// Weight of a title term relative to an abstract term.
    public static let titleWeight: Float = 2

    /// External ids, one per document, in insertion order.
    public internal(set) var documentIds: [Int64] = []
    /// The vocabulary.
    public internal(set) var terms: [String] = []
    var termIds: [String: Int32] = [:]
    /// Documents containing each term.
    public internal(set) var documentFrequency: [Int32] = []
    /// Per document, its terms (ascending ids) and their weighted counts (CSR layout).
    var docOffsets: [Int32] = [0]
    var docTerms: [Int32] = []
    var docCounts: [Float] = []

    // Derived by prepare().
    var docWeights: [Float] = []
    var postingOffsets: [Int32] = []
    var postingDocs: [Int32] = []
    var postingWeights: [Float] = []
    var indexOfId: [Int64: Int32] = [:]
    var embedding: SecondOrderEmbedding?
    /// Share of the final score from the second-order embedding (0 turns it off).
    public var embeddingWeight: Float = 0.5
    /// Candidates from the term index that the embedding re-ranks.
    public var rerankCandidates = 200
    /// Multiplier on the weight of bigram terms (`a_b`) before normalising.
    public var bigramWeight: Float = 1
    /// Exponent on idf (1 is plain TF-IDF; lower lets common topic words count more,
    /// which measured better for "same field" neighbours: 0.4 gave +0.02 precision@10).
    public var idfPower: Float = 0.4
    /// Query terms in more than this share of documents (and in over 1,000) are skipped when
    /// gathering candidates: they barely separate papers, the embedding carries their topic
    /// signal, and they are the longest posting lists (0.15 halved query time at no loss).
    public var maxQueryDocumentShare: Float = 0.15
    /// Neighbours of the first round blended into the query (0 turns feedback off).
    public var feedbackDocuments = 0
    /// Weight of the blended neighbours relative to the paper itself.
    public var feedbackWeight: Float = 0.7
    /// Strongest terms kept in the expanded query.
    public var feedbackTerms = 200
    /// Whether derived data matches the documents.
    public private(set) var isPrepared = true

    public init() {}

    /// Number of documents.
    public var count: Int { documentIds.count }

    /// Whether `id` is indexed.
    public func contains(_ id: Int64) -> Bool { indexOfId[id] != nil || (!isPrepared && documentIds.contains(id)) }

    /// Adds a document from its title and abstract terms (and any extra terms, such as categories).
    ///
    /// - Complexity: O(terms in the document).
    public mutating func add(id: Int64, titleTerms: [String], bodyTerms: [String], extraTerms: [String] = []) {
        var counts: [Int32: Float] = [:]
        for (list, weight) in [(titleTerms, Self.titleWeight), (bodyTerms, 1), (extraTerms, 1)] {
            for term in list { counts[intern(term), default: 0] += weight }
        }
        appendDocument(id: id, counts: counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The id of `term`, adding it to the vocabulary when new.
    mutating func intern(_ term: String) -> Int32 {
        if let known = termIds[term] { return known }
        let termId = Int32(terms.count)
        terms.append(term)
        termIds[term] = termId
        documentFrequency.append(0)
        return termId
    }

    /// Adds a document given as (term id, weighted count) pairs in ascending id order.
    mutating func appendDocument(id: Int64, counts: [(Int32, Float)]) {
        for (termId, value) in counts {
            docTerms.append(termId)
            docCounts.append(value)
            documentFrequency[Int(termId)] += 1
        }
        docOffsets.append(Int32(docTerms.count))
        documentIds.append(id)
        isPrepared = false
    }

    /// The inverse document frequency of a term, smoothed as scikit-learn does.
    @inline(__always)
    func idf(_ termId: Int32) -> Float {
        let n = Float(documentIds.count)
        return logf((1 + n) / (1 + Float(documentFrequency[Int(termId)]))) + 1
    }

    /// Computes weights and postings from the counts.
    ///
    /// - Complexity: O(total terms over all documents).
    public mutating func prepare() {
        let n = documentIds.count
        let isBigram = terms.map { $0.utf8.contains(0x5F) && !$0.hasPrefix("au:") && !$0.hasPrefix("cat:") }
        docWeights = [Float](repeating: 0, count: docTerms.count)
        var postingCounts = [Int32](repeating: 0, count: terms.count + 1)
        for d in 0..<n {
            let range = Int(docOffsets[d])..<Int(docOffsets[d + 1])
            var norm: Float = 0
            for i in range {
                var w = (1 + logf(docCounts[i])) * powf(idf(docTerms[i]), idfPower)
                if isBigram[Int(docTerms[i])] { w *= bigramWeight }
                docWeights[i] = w
                // Terms no other document has cannot match; leaving them out of the norm keeps
                // papers with many unique phrases from being pushed down.
                if documentFrequency[Int(docTerms[i])] > 1 { norm += w * w }
            }
            let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
            for i in range {
                docWeights[i] *= inverse
                if documentFrequency[Int(docTerms[i])] > 1 { postingCounts[Int(docTerms[i]) + 1] += 1 }
            }
        }
        postingOffsets = [Int32](repeating: 0, count: terms.count + 1)
        for t in 0..<terms.count { postingOffsets[t + 1] = postingOffsets[t] + postingCounts[t + 1] }
        var cursor = Array(postingOffsets.dropLast())
        postingDocs = [Int32](repeating: 0, count: Int(postingOffsets[terms.count]))
        postingWeights = [Float](repeating: 0, count: postingDocs.count)
        for d in 0..<n {
            for i in Int(docOffsets[d])..<Int(docOffsets[d + 1]) {
                let t = Int(docTerms[i])
                guard documentFrequency[t] > 1 else { continue }
                let slot = Int(cursor[t])
                postingDocs[slot] = Int32(d)
                postingWeights[slot] = docWeights[i]
                cursor[t] += 1
            }
        }
        indexOfId = Dictionary(uniqueKeysWithValues: documentIds.enumerated().map { ($0.element, Int32($0.offset)) })
        embedding = embeddingWeight > 0 && n > 1 ? SecondOrderEmbedding(index: self, isUnigram: isBigram.map { !$0 }) : nil
        isPrepared = true
    }

    /// The `k` documents most similar to the document `id`, best first, each with
    /// its `explain` strongest shared terms. Empty when `id` is not indexed.
    ///
    /// - Complexity: O(sum of the posting lengths of the document's terms + n) in the worst case.
    public func related(to id: Int64, k: Int = 10, explain: Int = 5) -> [Neighbour] {
        guard isPrepared, let doc = indexOfId[id] else { return [] }
        let d = Int(doc)
        let range = Int(docOffsets[d])..<Int(docOffsets[d + 1])
        var query = range.map { (Int(docTerms[$0]), docWeights[$0]) }
        var scorer = score(query)
        if feedbackDocuments > 0 {
            // Pseudo-relevance feedback (Rocchio): blend in the first round's best neighbours.
            let first = scorer.top(feedbackDocuments, excluding: d)
            var expanded: [Int: Float] = Dictionary(uniqueKeysWithValues: query)
            let share = feedbackWeight / Float(max(1, first.count))
            for (other, _) in first {
                for i in Int(docOffsets[other])..<Int(docOffsets[other + 1]) where documentFrequency[Int(docTerms[i])] > 1 {
                    expanded[Int(docTerms[i]), default: 0] += share * docWeights[i]
                }
            }
            query = expanded.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .prefix(feedbackTerms).map { ($0.key, $0.value) }
            scorer = score(query)
        }
        var best = scorer.top(k, excluding: d)
        if let embedding, embeddingWeight > 0 {
            // Fuse: re-rank the term index's candidates by a blend with the embedding cosine.
            best = scorer.top(max(k, rerankCandidates), excluding: d).map { other, score in
                (other, (1 - embeddingWeight) * score + embeddingWeight * max(0, embedding.similarity(d, other)))
            }
            best.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
            best = Array(best.prefix(k))
        }
        return best.map { other, score in
            Neighbour(id: documentIds[other], score: min(1, score),
                      terms: sharedTerms(d, other, limit: explain))
        }
    }

    /// Papers like the set `ids` (arxiv-sanity's "more like these"): the set's vectors are
    /// summed into one query; papers in the set, and those `excluded` or failing `include`,
    /// are left out. Each result explains itself by the set's terms it shares.
    ///
    /// - Complexity: the sum of the posting lengths of the set's terms, plus the candidates.
    public func recommend(for ids: [Int64], k: Int = 20, explain: Int = 5, excluded: Set<Int64> = [],
                          include: (Int64) -> Bool = { _ in true }) -> [Neighbour] {
        guard isPrepared else { return [] }
        let members = ids.compactMap { indexOfId[$0].map(Int.init) }
        guard !members.isEmpty else { return [] }
        var centroid: [Int: Float] = [:]
        for d in members {
            for i in Int(docOffsets[d])..<Int(docOffsets[d + 1]) where documentFrequency[Int(docTerms[i])] > 1 {
                centroid[Int(docTerms[i]), default: 0] += docWeights[i] / Float(members.count)
            }
        }
        let query = centroid.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(400)
            .map { ($0.key, $0.value) }
        let scorer = score(Array(query))
        let memberSet = Set(members)
        let candidates = scorer.top(k + members.count + excluded.count + 200, excluding: -1)
        var results: [Neighbour] = []
        for (doc, value) in candidates where !memberSet.contains(doc) {
            let id = documentIds[doc]
            guard !excluded.contains(id), include(id) else { continue }
            var shared: [SharedTerm] = []
            for i in Int(docOffsets[doc])..<Int(docOffsets[doc + 1]) {
                if let weight = centroid[Int(docTerms[i])] {
                    shared.append(SharedTerm(term: terms[Int(docTerms[i])], weight: weight * docWeights[i]))
                }
            }
            shared.sort { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
            results.append(Neighbour(id: id, score: min(1, value), terms: Array(shared.prefix(explain))))
            if results.count == k { break }
        }
        return results
    }

    /// Accumulates the scores of every document against a weighted query.
    private func score(_ query: [(Int, Float)]) -> Scorer {
        var scorer = Scorer(count: documentIds.count)
        let maxPostings = max(1_000, Int32(maxQueryDocumentShare * Float(documentIds.count)))
        for (t, wq) in query where postingOffsets[t + 1] - postingOffsets[t] <= maxPostings {
            for p in Int(postingOffsets[t])..<Int(postingOffsets[t + 1]) {
                scorer.add(Int(postingDocs[p]), wq * postingWeights[p])
            }
        }
        return scorer
    }

    /// The shared terms of two documents, by their contribution to the cosine.
    func sharedTerms(_ a: Int, _ b: Int, limit: Int) -> [SharedTerm] {
        var shared: [SharedTerm] = []
        var i = Int(docOffsets[a]), j = Int(docOffsets[b])
        let iEnd = Int(docOffsets[a + 1]), jEnd = Int(docOffsets[b + 1])
        while i < iEnd && j < jEnd {
            if docTerms[i] == docTerms[j] {
                shared.append(SharedTerm(term: terms[Int(docTerms[i])], weight: docWeights[i] * docWeights[j]))
                i += 1; j += 1
            } else if docTerms[i] < docTerms[j] { i += 1 } else { j += 1 }
        }
        shared.sort { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
        return Array(shared.prefix(limit))
    }

    /// The weighted terms of document `id`, strongest first (for tests and explanations).
    public func vector(of id: Int64) -> [(term: String, weight: Float)] {
        guard isPrepared, let doc = indexOfId[id] else { return [] }
        return (Int(docOffsets[Int(doc)])..<Int(docOffsets[Int(doc) + 1]))
            .map { (terms[Int(docTerms[$0])], docWeights[$0]) }
            .sorted { $0.weight > $1.weight }
    }
}
