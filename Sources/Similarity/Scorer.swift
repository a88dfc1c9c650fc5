/// Score accumulator for one query: a dense array plus the list of touched slots,
/// and top-k selection with a deterministic tie-break (lower index first).
struct Scorer {
    private var scores: [Float]
    private var touched: [Int] = []

    init(count: Int) {
        scores = [Float](repeating: 0, count: count)
        touched.reserveCapacity(1024)
    }

    @inline(__always)
    mutating func add(_ slot: Int, _ value: Float) {
        if scores[slot] == 0 { touched.append(slot) }
        scores[slot] += value
    }

    /// The `k` best slots and scores, best first, leaving out `excluded`.
    ///
    /// - Complexity: O(touched · log k).
    func top(_ k: Int, excluding excluded: Int) -> [(Int, Float)] {
        guard k > 0 else { return [] }
        var best: [(Int, Float)] = []
        best.reserveCapacity(k + 1)
        for slot in touched where slot != excluded {
            let score = scores[slot]
            if best.count == k, let last = best.last, !(score > last.1 || (score == last.1 && slot < last.0)) { continue }
            var low = 0, high = best.count
            while low < high {
                let mid = (low + high) / 2
                let other = best[mid]
                if other.1 > score || (other.1 == score && other.0 < slot) { low = mid + 1 } else { high = mid }
            }
            best.insert((slot, score), at: low)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}
