import Foundation

/// TF-IDF vectors of documents with an inverted index for "the k nearest to this one",
/// held in memory: what building and updating work on, and what ``IndexFile`` writes.
///
/// Raw term counts are what is kept; weights (√tf × damped idf, L2-normalised),
/// impact-ordered postings and embeddings are derived by ``prepare()`` from the current
/// document frequencies, so adding documents one by one and preparing gives exactly what
/// a full rebuild gives.
public struct SimilarityIndex: IndexStorage {
    /// Weight of a title term relative to an abstract term.
    public static let titleWeight: Float = 2
    /// Extra weight of the abstract's first sentence (``LeadSentence``), so it counts as
    /// much as the title.
    public static let leadSentenceWeight: Float = 1

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
    /// Per term, idf^idfPower times the bigram weight: a count's weight is √count × this.
    var termFactor: [Float] = []
    /// Per document, 1 / the norm of its shareable terms' weights.
    var inverseNorms: [Float] = []
    var docWeights: [Float] = []
    var postingOffsets: [Int] = []
    /// Per term, its postings strongest first (ties by document position).
    var postings: [Posting] = []
    var indexOfId: [Int64: Int32] = [:]
    var embedding: SecondOrderEmbedding?
    /// Per paper, what its authors' other papers are about (``AuthorProfiles``).
    var authorProfiles: SecondOrderEmbedding?

    /// Query-time settings.
    public var settings = QuerySettings()
    /// Multiplier on the weight of bigram terms (`a_b`) before normalising.
    public var bigramWeight: Float = 1
    /// Exponent on idf (1 is plain TF-IDF; lower lets common topic words count more,
    /// which measured better for "same field" neighbours: 0.4 gave +0.02 precision@10).
    public var idfPower: Float = 0.4
    /// Exponent on each term's ``TermFocus`` score in its weight (0 leaves weights plain
    /// TF-IDF; 0.3 measured best on the dev set, and anywhere from 0.25 to 0.4 is close).
    public var focusPower: Float = 0.3
    /// Whether derived data matches the documents.
    public internal(set) var isPrepared = true

    public init() {}

    var documentCount: Int { documentIds.count }

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

    /// The weight of a raw (title- and lead-weighted) count before normalising, shared with
    /// ``DiskIndex`` bit for bit. √count grows more slowly than the usual 1 + ln count from
    /// 1 to 5 (where nearly all counts are), so a word repeated in the title, the lead and
    /// the abstract counts less against the paper's other words: +0.001 precision@10 over
    /// all the dev set's papers, on each of four seeds.
    @inline(__always)
    static func weight(count: Float, factor: Float) -> Float {
        count.squareRoot() * factor
    }

    /// Computes weights, postings and embeddings from the counts.
    ///
    /// Weights start as √tf × damped idf. From 500 papers on, a first embedding
    /// groups the papers (``PseudoClasses``), each term's weight is multiplied by its
    /// ``TermFocus`` to the power ``focusPower``, and weights, postings and the embedding
    /// are derived again from those factors.
    ///
    /// - Complexity: O(total terms over all documents) per pass, plus sorting each posting
    ///   list, plus the clustering (see ``PseudoClasses``).
    public mutating func prepare() {
        let n = documentIds.count
        let idfNumerator = Float(1 + n)
        termFactor = terms.indices.map { t in
            let idf = logf(idfNumerator / (1 + Float(documentFrequency[t]))) + 1
            let term = terms[t]
            let isBigram = term.utf8.contains(0x5F) && !term.hasPrefix("au:") && !term.hasPrefix("cat:")
            return powf(idf, idfPower) * (isBigram ? bigramWeight : 1)
        }
        deriveWeights()
        layOutPostings()
        let sizes = PseudoClasses.sizes(forDocuments: n)
        if focusPower > 0, !sizes.isEmpty {
            let first = SecondOrderEmbedding(index: self)
            let classes = PseudoClasses(embedding: first, count: n, sizes: sizes)
            let (offsets, all) = (postingOffsets, postings)
            let focus = TermFocus.scores(classes: classes, termCount: terms.count, documentCount: n) { t in
                all[offsets[t]..<offsets[t + 1]].map(\.doc)
            }
            for t in terms.indices { termFactor[t] *= powf(max(focus[t], 1e-3), focusPower) }
            deriveWeights()
            layOutPostings()
        }
        // Impact order: a query that reads only a list's head reads its strongest postings.
        postings.withUnsafeMutableBufferPointer { all in
            for t in 0..<terms.count where postingOffsets[t + 1] - postingOffsets[t] > 1 {
                let range = postingOffsets[t]..<postingOffsets[t + 1]
                var slice = UnsafeMutableBufferPointer(rebasing: all[range])
                slice.sort(by: Self.strongerPosting)
            }
        }
        indexOfId = Dictionary(documentIds.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { a, _ in a })
        embedding = n > 1 ? SecondOrderEmbedding(index: self) : nil
        authorProfiles = embedding.flatMap { AuthorProfiles.build(index: self, embedding: $0) }
        isPrepared = true
    }

    /// Each entry's weight from its count and its term's factor, normalised per document
    /// over the terms another document can share.
    private mutating func deriveWeights() {
        let n = documentIds.count
        docWeights = [Float](repeating: 0, count: docTerms.count)
        inverseNorms = [Float](repeating: 0, count: n)
        for d in 0..<n {
            let range = Int(docOffsets[d])..<Int(docOffsets[d + 1])
            var norm: Float = 0
            for i in range {
                let w = Self.weight(count: docCounts[i], factor: termFactor[Int(docTerms[i])])
                docWeights[i] = w
                // Terms no other document has cannot match; leaving them out of the norm keeps
                // papers with many unique phrases from being pushed down.
                if documentFrequency[Int(docTerms[i])] > 1 { norm += w * w }
            }
            let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
            inverseNorms[d] = inverse
            for i in range { docWeights[i] *= inverse }
        }
    }

    /// Posting lists of the shareable terms (document frequency above one), in document
    /// order, with the current weights.
    private mutating func layOutPostings() {
        let n = documentIds.count
        var postingCounts = [Int](repeating: 0, count: terms.count + 1)
        for i in docTerms.indices where documentFrequency[Int(docTerms[i])] > 1 { postingCounts[Int(docTerms[i]) + 1] += 1 }
        postingOffsets = [Int](repeating: 0, count: terms.count + 1)
        for t in 0..<terms.count { postingOffsets[t + 1] = postingOffsets[t] + postingCounts[t + 1] }
        var cursor = Array(postingOffsets.dropLast())
        postings = [Posting](repeating: Posting(doc: 0, weight: 0), count: postingOffsets[terms.count])
        for d in 0..<n {
            for i in Int(docOffsets[d])..<Int(docOffsets[d + 1]) {
                let t = Int(docTerms[i])
                guard documentFrequency[t] > 1 else { continue }
                postings[cursor[t]] = Posting(doc: Int32(d), weight: docWeights[i])
                cursor[t] += 1
            }
        }
    }

    /// Impact order: higher weight first, then lower document position.
    private static func strongerPosting(_ a: Posting, _ b: Posting) -> Bool {
        a.weight > b.weight || (a.weight == b.weight && a.doc < b.doc)
    }

    // MARK: IndexStorage

    func documentId(at position: Int) -> Int64 { documentIds[position] }

    func position(of id: Int64) -> Int? {
        guard isPrepared else { return nil }
        return indexOfId[id].map(Int.init)
    }

    func sharedVector(at position: Int) -> [(term: Int32, weight: Float)] {
        var vector: [(term: Int32, weight: Float)] = []
        for i in Int(docOffsets[position])..<Int(docOffsets[position + 1]) where documentFrequency[Int(docTerms[i])] > 1 {
            vector.append((docTerms[i], docWeights[i]))
        }
        return vector
    }

    func postingCount(of term: Int) -> Int { postingOffsets[term + 1] - postingOffsets[term] }

    func withPostings(of term: Int, limit: Int, _ body: (UnsafeBufferPointer<Posting>) -> Void) {
        let start = postingOffsets[term]
        let end = min(postingOffsets[term + 1], start + max(0, limit))
        postings.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    func text(ofTerm term: Int) -> String { terms[term] }

    var hasEmbedding: Bool { embedding != nil }

    func embedding(at position: Int) -> (codes: [Int8], scale: Float) {
        guard let embedding else { return ([], 0) }
        return embedding.vector(at: position)
    }

    func authorProfile(at position: Int) -> (codes: [Int8], scale: Float) {
        guard let authorProfiles else { return ([], 0) }
        return authorProfiles.vector(at: position)
    }

    /// The weighted terms of document `id`, strongest first (for tests and explanations).
    public func vector(of id: Int64) -> [(term: String, weight: Float)] {
        guard let doc = position(of: id) else { return [] }
        return (Int(docOffsets[doc])..<Int(docOffsets[doc + 1]))
            .map { (terms[Int(docTerms[$0])], docWeights[$0]) }
            .sorted { $0.weight > $1.weight }
    }
}
