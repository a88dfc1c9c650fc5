/// The queries, written once over ``IndexStorage``: candidates from the impact-ordered
/// term postings, re-ranked by the second-order embedding, explained by shared terms.
extension IndexStorage {
    public var count: Int { documentCount }

    public func contains(_ id: Int64) -> Bool { position(of: id) != nil }

    /// The `k` documents most similar to the document `id`, best first, each with
    /// its `explain` strongest shared terms. Empty when `id` is not indexed.
    ///
    /// - Complexity: the postings read (at most ``QuerySettings/postingBudget`` per query
    ///   term) plus the re-ranked candidates.
    public func related(to id: Int64, k: Int, explain: Int, postingBudget: Int?) -> [Neighbour] {
        guard let d = position(of: id) else { return [] }
        let vector = sharedVector(at: d)
        let budget = postingBudget ?? settings.postingBudget
        var scorer = score(vector, budget: budget)
        if settings.feedbackDocuments > 0 {
            // Pseudo-relevance feedback (Rocchio): blend in the first round's best neighbours.
            let first = scorer.top(settings.feedbackDocuments, excluding: d)
            var expanded: [Int32: Float] = Dictionary(uniqueKeysWithValues: vector.map { ($0.term, $0.weight) })
            let share = settings.feedbackWeight / Float(max(1, first.count))
            for (other, _) in first {
                for (t, w) in sharedVector(at: other) { expanded[t, default: 0] += share * w }
            }
            let query = expanded.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .prefix(settings.feedbackTerms).map { (term: $0.key, weight: $0.value) }
            scorer = score(query, budget: budget)
        }
        var best: [(position: Int, parts: ScoreParts)]
        if hasEmbedding, settings.embeddingWeight > 0 {
            // Expansion chooses which k make the list; the list is then in order of each
            // paper's own likeness to this one, the score it shows.
            best = rerank(scorer.top(max(k, settings.rerankCandidates), excluding: d), origin: d).prefix(k)
                .sorted { $0.own.total > $1.own.total || ($0.own.total == $1.own.total && $0.position < $1.position) }
                .map { ($0.position, $0.own) }
        } else {
            best = scorer.top(k, excluding: d).map { ($0.0, ScoreParts(words: $0.1)) }
        }
        return best.map { other, parts in
            Neighbour(id: documentId(at: other), score: min(1, max(0, parts.total)),
                      terms: explain > 0 ? sharedTerms(vector, sharedVector(at: other), limit: explain) : [],
                      parts: parts)
        }
    }

    public func relation(of other: Int64, to id: Int64, explain: Int) -> Neighbour? {
        guard let d = position(of: id), let o = position(of: other), d != o else { return nil }
        let vector = sharedVector(at: d), otherVector = sharedVector(at: o)
        var cosine: Float = 0
        var i = 0, j = 0
        while i < vector.count && j < otherVector.count {
            if vector[i].term == otherVector[j].term {
                cosine += vector[i].weight * otherVector[j].weight
                i += 1; j += 1
            } else if vector[i].term < otherVector[j].term { i += 1 } else { j += 1 }
        }
        // One candidate: the re-ranking's blend without expansion (which needs a pool).
        let parts = hasEmbedding && settings.embeddingWeight > 0
            ? rerank([(o, cosine)], origin: d).first?.own ?? ScoreParts(words: cosine)
            : ScoreParts(words: cosine)
        return Neighbour(id: other, score: min(1, max(0, parts.total)),
                         terms: explain > 0 ? sharedTerms(vector, otherVector, limit: explain) : [], parts: parts)
    }

    /// Re-ranks the term index's candidates by a blend of their term score and the cosine
    /// of their embedding with the origin's, plus, with ``QuerySettings/authorWeight``, the
    /// cosines of each one's author profile with the other's embedding (`own`: how alike
    /// the two papers are); then,
    /// with query expansion on, orders them by the blend against the origin's embedding
    /// moved towards its best first-round neighbours (papers that many of the best share a
    /// topic with rise; strays fall).
    ///
    /// - Complexity: O(candidates · dimensions).
    func rerank(_ candidates: [(Int, Float)], origin d: Int) -> [(position: Int, own: ScoreParts)] {
        let weight = settings.embeddingWeight
        let dimensions = SecondOrderEmbedding.dimensions
        /// The origin's and the candidates' vectors from `source` (candidates' rows first,
        /// the origin's last), dequantised, zero rows where `source` has none; and whether
        /// it had any (an index without author profiles has none for anyone).
        func rows(_ source: (Int) -> (codes: [Int8], scale: Float)) -> (rows: [Float], any: Bool) {
            var rows = [Float](repeating: 0, count: (candidates.count + 1) * dimensions)
            var any = false
            for (row, position) in (candidates.map(\.0) + [d]).enumerated() {
                let (codes, scale) = source(position)
                guard codes.count == dimensions else { continue }
                any = true
                for j in 0..<dimensions { rows[row * dimensions + j] = Float(codes[j]) * scale }
            }
            return (rows, any)
        }
        let vectors = rows(embedding(at:)).rows
        let loaded = settings.authorWeight > 0 ? rows(authorProfile(at:)) : (rows: [], any: false)
        let (profiles, authorWeight) = loaded.any ? (loaded.rows, settings.authorWeight) : ([], 0)
        /// Per candidate row, the blend of its term score with its cosine to `query` (and,
        /// with author profiles, their cosines across paper and profile), part by part.
        func blend(_ query: [Float]) -> [ScoreParts] {
            query.withUnsafeBufferPointer { q in
                vectors.withUnsafeBufferPointer { v in
                    profiles.withUnsafeBufferPointer { p in
                        candidates.enumerated().map { row, candidate in
                            var parts = ScoreParts(words: (1 - weight) * candidate.1,
                                                   topic: weight * max(0, Vectors.dot(q, 0, v, row * dimensions, dimensions)),
                                                   wordsWeight: 1 - weight)
                            if authorWeight > 0 {
                                parts.authors = authorWeight * (Vectors.dot(p, candidates.count * dimensions, v, row * dimensions, dimensions)
                                    + Vectors.dot(q, 0, p, row * dimensions, dimensions))
                            }
                            return parts
                        }
                    }
                }
            }
        }
        /// Candidate rows, best first by `scores` (ties: lower position first).
        func ranking(_ parts: [ScoreParts]) -> [Int] {
            let scores = parts.map(\.total)
            return candidates.indices.sorted {
                scores[$0] > scores[$1] || (scores[$0] == scores[$1] && candidates[$0].0 < candidates[$1].0)
            }
        }
        let origin = Array(vectors[candidates.count * dimensions..<(candidates.count + 1) * dimensions])
        let own = blend(origin)
        var order = ranking(own)
        // The best third of the pool at most: in a small library the "best neighbours" would
        // otherwise be nearly all of them, and their mean would drown the paper's own topic.
        let m = min(settings.expansionDocuments, candidates.count / 3)
        if m >= 2 {
            var expanded = origin
            let share = settings.expansionWeight / Float(m)
            for row in order.prefix(m) {
                for j in 0..<dimensions { expanded[j] += share * vectors[row * dimensions + j] }
            }
            var norm: Float = 0
            for value in expanded { norm += value * value }
            if norm > 0 {
                let inverse = 1 / norm.squareRoot()
                order = ranking(blend(expanded.map { $0 * inverse }))
            }
        }
        return order.map { (candidates[$0].0, own[$0]) }
    }

    /// Papers like the set `ids` (arxiv-sanity's "more like these"): the set's vectors are
    /// averaged into one query; papers in the set, and those `excluded` or failing `include`,
    /// are left out. Each result explains itself by the set's terms it shares.
    ///
    /// - Complexity: the postings of the centroid's 400 strongest terms, plus the candidates.
    public func recommend(for ids: [Int64], k: Int, explain: Int, excluded: Set<Int64>,
                          include: (Int64) -> Bool) -> [Neighbour] {
        let members = ids.compactMap { position(of: $0) }
        guard !members.isEmpty else { return [] }
        var centroid: [Int32: Float] = [:]
        for d in members {
            for (t, w) in sharedVector(at: d) { centroid[t, default: 0] += w / Float(members.count) }
        }
        let query = centroid.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(400)
            .map { (term: $0.key, weight: $0.value) }
        let scorer = score(Array(query))
        let memberSet = Set(members)
        // Only papers that may be recommended compete for the k places, so a narrow `include`
        // (a date window) still fills them.
        let best = scorer.top(k, excluding: -1) { doc in
            guard !memberSet.contains(doc) else { return false }
            let id = documentId(at: doc)
            return !excluded.contains(id) && include(id)
        }
        let centroidVector = centroid.sorted { $0.key < $1.key }.map { (term: $0.key, weight: $0.value) }
        return best.map { doc, value in
            Neighbour(id: documentId(at: doc), score: min(1, value),
                      terms: sharedTerms(centroidVector, sharedVector(at: doc), limit: explain))
        }
    }

    /// Accumulates the scores of every document against a weighted query, reading each
    /// term's strongest postings and skipping terms too common to separate papers.
    func score(_ query: [(term: Int32, weight: Float)], budget: Int? = nil) -> Scorer {
        var scorer = Scorer(count: documentCount)
        let maxPostings = max(1_000, Int(settings.maxQueryDocumentShare * Float(documentCount)))
        let budget = budget ?? settings.postingBudget
        for (t, wq) in query {
            let length = postingCount(of: Int(t))
            guard length > 0, length <= maxPostings else { continue }
            withPostings(of: Int(t), limit: budget) { scorer.accumulate($0, weight: wq) }
        }
        return scorer
    }

    /// The terms two vectors share, by their contribution to the cosine, strongest first.
    func sharedTerms(_ a: [(term: Int32, weight: Float)], _ b: [(term: Int32, weight: Float)], limit: Int) -> [SharedTerm] {
        guard limit > 0 else { return [] }
        var shared: [(term: Int32, weight: Float)] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].term == b[j].term {
                shared.append((a[i].term, a[i].weight * b[j].weight))
                i += 1; j += 1
            } else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        shared.sort { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
        // Only the strongest need their text (a file read each): the first `limit`, and any
        // tied with the last of them, which are then ordered by their text.
        guard let cutoff = shared.prefix(limit).last?.weight else { return [] }
        var strongest: [SharedTerm] = []
        for entry in shared where entry.weight >= cutoff {
            strongest.append(SharedTerm(term: text(ofTerm: Int(entry.term)), weight: entry.weight))
        }
        strongest.sort(by: Self.stronger)
        return Array(strongest.prefix(limit))
    }

    /// Explanation order: heavier first, then by text.
    private static func stronger(_ a: SharedTerm, _ b: SharedTerm) -> Bool {
        a.weight > b.weight || (a.weight == b.weight && a.term < b.term)
    }

}
