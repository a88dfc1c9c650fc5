import Foundation

/// Groups of papers found without any labels: spherical k-means over the second-order
/// embedding, at several granularities. ``TermFocus`` uses them to tell topical terms
/// (found mostly in some groups) from terms spread evenly over the library.
///
/// Deterministic: the sample, the k-means++ seeding and the iterations depend only on
/// the embeddings, so a rebuild and an incremental update give the same groups.
struct PseudoClasses: Sendable {
    /// Per clustering, the group of each document.
    let labels: [[UInt8]]
    /// Per clustering, its number of groups.
    let sizes: [Int]

    /// The clusterings used for a library of `n` papers: one, from 500 papers on (fewer
    /// papers give groups too small to say much), of one group per 100 papers, at least 20
    /// and at most 100. On the dev set (100 groups), against 20 groups and with √tf, over
    /// four seeds: precision@10 0.7446 against 0.7429 on the 2,000-paper draw and 0.7391
    /// against 0.7388 over all papers, and the seeds' spread over all papers narrowed from
    /// 0.0022 to 0.0005, so the result hangs less on a lucky k-means++ seeding. Averaging
    /// over clusterings of 10, 20 and 40 groups instead scored the same over all papers
    /// (0.7346 against 0.7345) at three and a half times the work.
    static func sizes(forDocuments n: Int) -> [Int] {
        n >= 500 ? [min(100, max(20, n / 100))] : []
    }

    /// Clusters the `count` documents of `embedding` into each of `sizes` groups. The
    /// centres are fitted on at most `sampleLimit` documents spread over the library, in
    /// at most `iterations` rounds; then every document joins its nearest centre.
    ///
    /// - Complexity: O((sample · iterations + count) · Σ sizes · dimensions), on all cores.
    init(embedding: SecondOrderEmbedding, count n: Int, sizes: [Int], sampleLimit: Int = 20_000, iterations: Int = 12) {
        let d = SecondOrderEmbedding.dimensions
        self.sizes = sizes
        guard n > 0, !sizes.isEmpty else {
            labels = sizes.map { _ in [] }
            return
        }
        let sampleCount = min(n, sampleLimit)
        let sample = (0..<sampleCount).map { $0 * n / sampleCount }
        var vectors = [Float](repeating: 0, count: sampleCount * d)
        for (row, doc) in sample.enumerated() {
            embedding.unitVector(at: doc, into: &vectors, offset: row * d)
        }
        let fitted = vectors
        var all: [[UInt8]] = []
        for k in sizes {
            var centres = Self.seed(fitted, rows: sampleCount, k: k)
            var assignment = [UInt8](repeating: 0, count: sampleCount)
            for round in 0..<iterations {
                let next = Self.assign(rows: sampleCount, centres: centres, k: k) { row, buffer in
                    for j in 0..<d { buffer[j] = fitted[row * d + j] }
                }
                if round > 0 && next == assignment { break }
                assignment = next
                centres = Self.centres(fitted, assignment: assignment, k: k, previous: centres)
            }
            all.append(Self.assign(rows: n, centres: centres, k: k) { doc, buffer in
                embedding.unitVector(at: doc, into: &buffer, offset: 0)
            })
        }
        labels = all
    }

    /// k-means++ seeding from a fixed random sequence: each next centre is drawn with
    /// probability proportional to its squared distance from the nearest centre so far.
    private static func seed(_ vectors: [Float], rows: Int, k: Int) -> [Float] {
        let d = SecondOrderEmbedding.dimensions
        var random = SplitMix64(seed: 0x00C0_FFEE ^ UInt64(k))
        var centres = [Float](repeating: 0, count: k * d)
        var nearest = [Float](repeating: .greatestFiniteMagnitude, count: rows)
        var chosen = Int(random.next() % UInt64(rows))
        for c in 0..<k {
            for j in 0..<d { centres[c * d + j] = vectors[chosen * d + j] }
            var total: Double = 0
            vectors.withUnsafeBufferPointer { v in
                centres.withUnsafeBufferPointer { cs in
                    for row in 0..<rows {
                        // For unit vectors, squared distance = 2 − 2·cosine.
                        let distance = max(0, 2 - 2 * Vectors.dot(v, row * d, cs, c * d, d))
                        nearest[row] = min(nearest[row], distance)
                        total += Double(nearest[row])
                    }
                }
            }
            guard c + 1 < k else { break }
            var target = Double(random.next() >> 11) / Double(1 << 53) * total
            chosen = rows - 1
            for row in 0..<rows {
                target -= Double(nearest[row])
                if target <= 0 { chosen = row; break }
            }
        }
        return centres
    }

    /// The nearest centre (largest cosine) of each of `rows` vectors that `load` writes.
    private static func assign(rows: Int, centres: [Float], k: Int,
                               load: @escaping @Sendable (Int, inout [Float]) -> Void) -> [UInt8] {
        let d = SecondOrderEmbedding.dimensions
        let output = DisjointWrites<UInt8>(count: rows, fill: 0)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, rows / 512))
        let chunk = (rows + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var buffer = [Float](repeating: 0, count: d)
            centres.withUnsafeBufferPointer { cs in
                for row in (worker * chunk)..<min(rows, (worker + 1) * chunk) {
                    load(row, &buffer)
                    var best = 0
                    var bestScore = -Float.greatestFiniteMagnitude
                    buffer.withUnsafeBufferPointer { v in
                        for c in 0..<k {
                            let score = Vectors.dot(v, 0, cs, c * d, d)
                            if score > bestScore { bestScore = score; best = c }
                        }
                    }
                    output[row] = UInt8(best)
                }
            }
        }
        return output.array
    }

    /// Normalised means of each group's vectors; an empty group keeps its previous centre.
    private static func centres(_ vectors: [Float], assignment: [UInt8], k: Int, previous: [Float]) -> [Float] {
        let d = SecondOrderEmbedding.dimensions
        var sums = [Float](repeating: 0, count: k * d)
        var members = [Int](repeating: 0, count: k)
        for (row, group) in assignment.enumerated() {
            let c = Int(group)
            members[c] += 1
            for j in 0..<d { sums[c * d + j] += vectors[row * d + j] }
        }
        for c in 0..<k {
            var norm: Float = 0
            for j in 0..<d { norm += sums[c * d + j] * sums[c * d + j] }
            if members[c] == 0 || norm == 0 {
                for j in 0..<d { sums[c * d + j] = previous[c * d + j] }
            } else {
                let inverse = 1 / norm.squareRoot()
                for j in 0..<d { sums[c * d + j] *= inverse }
            }
        }
        return sums
    }
}
