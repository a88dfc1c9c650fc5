/// Dense "second-order" document embeddings: a random projection of each paper's row
/// of the paper-paper similarity matrix (E = W·Wᵀ·R over unigram weights W, then centred
/// and normalised). Two papers come close when they resemble the same other papers,
/// which captures topics the words alone miss (the effect LSA is known for), at the cost
/// of two sparse passes.
struct SecondOrderEmbedding: Sendable {
    /// Dimensions of the embedding.
    static let dimensions = 256

    /// Row-major `count × dimensions` unit vectors.
    private(set) var vectors: [Float] = []

    /// Computes the embeddings of all documents of `index` (weights already derived).
    ///
    /// - Complexity: O(nnz · dimensions) for the unigram entries.
    init(index: SimilarityIndex, isUnigram: [Bool]) {
        let d = Self.dimensions
        let n = index.count
        // Only unigrams shared by two or more papers get a term vector (a compact slot each).
        var slot = [Int32](repeating: -1, count: index.terms.count)
        var slots: Int32 = 0
        for t in 0..<index.terms.count where isUnigram[t] && index.documentFrequency[t] > 1 {
            slot[t] = slots
            slots += 1
        }
        // Term vectors: T = Wᵀ R, with R a deterministic ±1 matrix keyed by document position.
        var termVectors = [Float](repeating: 0, count: Int(slots) * d)
        var random = [Float](repeating: 0, count: d)
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
                termVectors.withUnsafeMutableBufferPointer { tv in
                    let base = t * d
                    for k in 0..<d { tv[base + k] += w * random[k] }
                }
            }
        }
        // Document vectors: E = W T, then centre and normalise.
        var out = [Float](repeating: 0, count: n * d)
        out.withUnsafeMutableBufferPointer { e in
            termVectors.withUnsafeBufferPointer { tv in
                for doc in 0..<n {
                    let base = doc * d
                    for i in Int(index.docOffsets[doc])..<Int(index.docOffsets[doc + 1]) {
                        let t = Int(slot[Int(index.docTerms[i])])
                        guard t >= 0 else { continue }
                        let w = index.docWeights[i]
                        let tb = t * d
                        for k in 0..<d { e[base + k] += w * tv[tb + k] }
                    }
                }
            }
            var mean = [Float](repeating: 0, count: d)
            for doc in 0..<n { for k in 0..<d { mean[k] += e[doc * d + k] } }
            for k in 0..<d { mean[k] /= Float(max(1, n)) }
            for doc in 0..<n {
                var norm: Float = 0
                for k in 0..<d {
                    e[doc * d + k] -= mean[k]
                    norm += e[doc * d + k] * e[doc * d + k]
                }
                let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
                for k in 0..<d { e[doc * d + k] *= inverse }
            }
        }
        vectors = out
    }

    /// Cosine of two documents' embeddings.
    @inline(__always)
    func similarity(_ a: Int, _ b: Int) -> Float {
        let d = Self.dimensions
        return vectors.withUnsafeBufferPointer { v in
            var sum: Float = 0
            for k in 0..<d { sum += v[a * d + k] * v[b * d + k] }
            return sum
        }
    }
}
