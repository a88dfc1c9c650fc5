/// Score accumulator for one query: a dense array plus the list of touched slots,
/// and top-k selection with a deterministic tie-break (lower index first).
struct Scorer {
    private var scores: [Float]
    private var touched: [Int] = []

    init(count: Int) {
        scores = [Float](repeating: 0, count: count)
        touched.reserveCapacity(1024)
    }

    /// Adds `weight` × each posting's weight to its document's score.
    mutating func accumulate(_ postings: UnsafeBufferPointer<Posting>, weight: Float) {
        let limit = scores.count
        scores.withUnsafeMutableBufferPointer { scores in
            for posting in postings {
                let slot = Int(posting.doc)
                guard UInt(bitPattern: slot) < UInt(limit) else { continue } // a damaged file stays harmless
                if scores[slot] == 0 { touched.append(slot) }
                scores[slot] += weight * posting.weight
            }
        }
    }

    /// The `k` best slots and scores, best first, leaving out `excluded` and the slots
    /// `keep` refuses.
    ///
    /// - Complexity: O(touched · log k), with a bounded min-heap of the best so far.
    func top(_ k: Int, excluding excluded: Int, where keep: (Int) -> Bool = { _ in true }) -> [(Int, Float)] {
        guard k > 0 else { return [] }
        var heap: [(Int, Float)] = []
        heap.reserveCapacity(k)
        /// Whether `a` ranks below `b` (lower score, or equal score and higher slot).
        @inline(__always) func worse(_ a: (Int, Float), _ b: (Int, Float)) -> Bool {
            a.1 < b.1 || (a.1 == b.1 && a.0 > b.0)
        }
        for slot in touched where slot != excluded && keep(slot) {
            let entry = (slot, scores[slot])
            if heap.count < k {
                heap.append(entry)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard worse(heap[child], heap[parent]) else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            } else if worse(heap[0], entry) {
                heap[0] = entry
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var smallest = parent
                    if left < k && worse(heap[left], heap[smallest]) { smallest = left }
                    if right < k && worse(heap[right], heap[smallest]) { smallest = right }
                    if smallest == parent { break }
                    heap.swapAt(parent, smallest)
                    parent = smallest
                }
            }
        }
        return heap.sorted { worse($1, $0) }
    }
}
