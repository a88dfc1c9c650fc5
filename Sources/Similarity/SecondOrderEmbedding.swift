import Foundation

/// Dense "second-order" document embeddings: a random projection of each paper's row
/// of the paper-paper similarity matrix (E = W·Wᵀ·R over unigram weights W, then centred
/// and normalised). Two papers come close when they resemble the same other papers,
/// which captures topics the words alone miss (the effect LSA is known for), at the cost
/// of two sparse passes. Stored as signed bytes with a scale per paper (a quarter of the
/// size of floats, for the same ranking within noise).
struct SecondOrderEmbedding: Sendable {
    /// Dimensions of the embedding.
    static let dimensions = 256

    /// Row-major `count × dimensions` codes; a paper's unit vector is codes × its scale.
    private(set) var codes: [Int8]
    /// Per paper, the scale of its codes.
    private(set) var scales: [Float]

    init(codes: [Int8], scales: [Float]) {
        self.codes = codes
        self.scales = scales
    }

    /// Computes the embeddings of all documents of `index` (weights already derived).
    ///
    /// - Complexity: O(nnz · dimensions) for the unigram entries, the paper pass on all cores.
    init(index: SimilarityIndex) {
        let d = Self.dimensions
        let n = index.count
        // Only unigrams shared by two or more papers get a term vector (a compact slot each).
        var slot = [Int32](repeating: -1, count: index.terms.count)
        var slots: Int32 = 0
        for t in 0..<index.terms.count where index.documentFrequency[t] > 1 && Self.isUnigram(index.terms[t]) {
            slot[t] = slots
            slots += 1
        }
        // Term vectors: T = Wᵀ R, with R a deterministic ±1 matrix keyed by document position;
        // and each term's total weight, for the mean of E without a pass of its own.
        var termVectors = [Float](repeating: 0, count: Int(slots) * d)
        var termTotals = [Float](repeating: 0, count: Int(slots))
        var random = [Float](repeating: 0, count: d)
        termVectors.withUnsafeMutableBufferPointer { tv in
            for doc in 0..<n {
                var state = UInt64(doc) &* 0x9E37_79B9_7F4A_7C15 &+ 0xD1B5_4A32_D192_ED03
                for k in 0..<d {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    random[k] = (state >> 63) == 0 ? 1 : -1
                }
                for i in Int(index.docOffsets[doc])..<Int(index.docOffsets[doc + 1]) {
                    let t = Int(slot[Int(index.docTerms[i])])
                    guard t >= 0 else { continue }
                    let w = index.docWeights[i]
                    termTotals[t] += w
                    let base = t * d
                    for k in 0..<d { tv[base + k] += w * random[k] }
                }
            }
        }
        // The mean of E = W T is (Σ_docs W) T / n.
        var mean = [Float](repeating: 0, count: d)
        for t in 0..<Int(slots) where termTotals[t] != 0 {
            for k in 0..<d { mean[k] += termTotals[t] * termVectors[t * d + k] }
        }
        for k in 0..<d { mean[k] /= Float(max(1, n)) }
        // Paper vectors: E = W T − mean, normalised and quantised, on all cores.
        let output = EmbeddingOutput(count: n)
        let (centre, vectors, slotOf) = (mean, termVectors, slot)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, n / 256))
        let chunk = (n + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var e = [Float](repeating: 0, count: d)
            for doc in (worker * chunk)..<min(n, (worker + 1) * chunk) {
                for k in 0..<d { e[k] = -centre[k] }
                vectors.withUnsafeBufferPointer { tv in
                    for i in Int(index.docOffsets[doc])..<Int(index.docOffsets[doc + 1]) {
                        let t = Int(slotOf[Int(index.docTerms[i])])
                        guard t >= 0 else { continue }
                        let w = index.docWeights[i]
                        let base = t * d
                        for k in 0..<d { e[k] += w * tv[base + k] }
                    }
                }
                output.store(doc, Self.quantise(e))
            }
        }
        codes = output.codes
        scales = output.scales
    }

    /// Signed-byte codes and scale of a vector, normalised to unit length.
    static func quantise(_ vector: [Float]) -> (codes: [Int8], scale: Float) {
        var norm: Float = 0
        var largest: Float = 0
        for v in vector {
            norm += v * v
            largest = max(largest, abs(v))
        }
        guard norm > 0, largest > 0 else { return ([Int8](repeating: 0, count: vector.count), 0) }
        let toCode = 127 / largest
        let codes = vector.map { Int8(($0 * toCode).rounded()) }
        return (codes, largest / 127 / norm.squareRoot())
    }

    /// Whether a term is a plain word (not a bigram or a metadata term).
    static func isUnigram(_ term: String) -> Bool {
        !term.utf8.contains(0x5F) || term.hasPrefix("au:") || term.hasPrefix("cat:")
    }

    /// The codes and scale of one paper.
    func vector(at position: Int) -> (codes: [Int8], scale: Float) {
        let d = Self.dimensions
        return (Array(codes[position * d..<(position + 1) * d]), scales[position])
    }
}

/// Embeddings written by parallel workers, each to its own papers' slots.
private final class EmbeddingOutput: @unchecked Sendable {
    var codes: [Int8]
    var scales: [Float]
    private let lock = NSLock()

    init(count: Int) {
        codes = [Int8](repeating: 0, count: count * SecondOrderEmbedding.dimensions)
        scales = [Float](repeating: 0, count: count)
    }

    func store(_ doc: Int, _ value: (codes: [Int8], scale: Float)) {
        let d = SecondOrderEmbedding.dimensions
        lock.withLock {
            codes.replaceSubrange(doc * d..<(doc + 1) * d, with: value.codes)
            scales[doc] = value.scale
        }
    }
}
