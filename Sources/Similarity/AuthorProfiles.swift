import Foundation

/// Per paper, the mean embedding of the *other* papers that share one of its authors:
/// what its authors usually write about. arXiv's sections are partly a habit of the group
/// that files a paper (an NLP group files an agent paper under cs.CL, a planning group
/// under cs.AI), and the group's other papers carry that habit where one abstract does not.
///
/// Only author terms (`au:name`) found on 2 to ``maxPapersPerAuthor`` papers count: a name
/// on more papers is mostly several people. A paper's profile sums, over each such author,
/// the unit embeddings of that author's other papers (a paper sharing two authors counts
/// twice), normalised; a paper whose authors have no other paper has none (zero codes).
enum AuthorProfiles {
    /// Names on more papers than this are left out (common names, several people).
    static let maxPapersPerAuthor = 50

    /// The profiles in the embedding's layout, or `nil` when no two papers share an author.
    ///
    /// - Complexity: O(Σ over counted authors of papers² · dimensions), on all cores; memory
    ///   one byte per paper and dimension (the result) and a row per worker.
    static func build(index: SimilarityIndex, embedding: SecondOrderEmbedding) -> SecondOrderEmbedding? {
        let d = SecondOrderEmbedding.dimensions
        let n = index.count
        var counted = [Bool](repeating: false, count: index.terms.count)
        var any = false
        for t in index.terms.indices where index.terms[t].hasPrefix("au:") {
            let papers = index.postingOffsets[t + 1] - index.postingOffsets[t]
            if papers >= 2 && papers <= maxPapersPerAuthor { counted[t] = true; any = true }
        }
        guard any, n > 0 else { return nil }
        let isCounted = counted
        let codes = DisjointWrites<Int8>(count: n * d, fill: 0)
        let scales = DisjointWrites<Float>(count: n, fill: 0)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, n / 256))
        let chunk = (n + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var profile = [Float](repeating: 0, count: d)
            for doc in (worker * chunk)..<min(n, (worker + 1) * chunk) {
                var others = 0
                for k in 0..<d { profile[k] = 0 }
                for i in Int(index.docOffsets[doc])..<Int(index.docOffsets[doc + 1]) {
                    let t = Int(index.docTerms[i])
                    guard isCounted[t] else { continue }
                    for p in index.postingOffsets[t]..<index.postingOffsets[t + 1] {
                        let other = Int(index.postings[p].doc)
                        guard other != doc else { continue }
                        embedding.addUnitVector(at: other, into: &profile)
                        others += 1
                    }
                }
                guard others > 0 else { continue }
                scales[doc] = profile.withUnsafeBufferPointer {
                    SecondOrderEmbedding.quantise($0, into: codes.storage, at: doc * d)
                }
            }
        }
        return SecondOrderEmbedding(codes: codes.array, scales: scales.array)
    }
}
