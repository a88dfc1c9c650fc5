import Foundation

/// Neighbour lists computed in parallel, one slot each.
private final class OuterLists: @unchecked Sendable {
    private var lists: [[Neighbour]]
    private let lock = NSLock()
    init(count: Int) { lists = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [Neighbour]) { lock.withLock { lists[i] = value } }
    func get(_ i: Int) -> [Neighbour] { lock.withLock { lists[i] } }
}

/// The papers around one paper: its related papers out to a depth, and every
/// relatedness edge among the papers shown. Deterministic for a given index.
public struct NeighbourhoodGraph: Sendable, Equatable {
    /// A paper in the graph and its distance (in hops) from the origin.
    public struct Node: Sendable, Equatable {
        public var id: Int64
        public var depth: Int
    }

    /// Two shown papers related to each other, with the stronger of the two directions' scores.
    public struct Edge: Sendable, Equatable {
        public var source: Int64
        public var target: Int64
        public var weight: Float
    }

    /// The origin first, then by depth in discovery order.
    public private(set) var nodes: [Node] = []
    /// Edges, each pair once (source discovered before target).
    public private(set) var edges: [Edge] = []

    /// The neighbourhood of `origin`: `breadth[0]` papers at depth 1, `breadth[1]` new ones
    /// per depth-1 paper at depth 2, and so on, up to `depth`.
    ///
    /// - Complexity: one `related` query per shown paper.
    public init(index: some RelatedIndex, origin: Int64, depth: Int, breadth: [Int] = [8, 4, 2]) {
        guard index.contains(origin) else { return }
        var order: [Int64: Int] = [origin: 0]
        nodes = [Node(id: origin, depth: 0)]
        let linkCount = 8
        var lists: [Int64: [Neighbour]] = [:]
        var frontier = [origin]
        for level in 0..<max(0, depth) {
            var next: [Int64] = []
            let take = breadth[min(level, breadth.count - 1)]
            for id in frontier {
                let related = index.related(to: id, k: max(linkCount, take * 3), explain: 0)
                lists[id] = related
                var added = 0
                for n in related where added < take && order[n.id] == nil {
                    order[n.id] = nodes.count
                    nodes.append(Node(id: n.id, depth: level + 1))
                    next.append(n.id)
                    added += 1
                }
            }
            frontier = next
        }
        // The outermost papers' own lists, for the edges among shown papers: on all cores.
        let outer = nodes.map(\.id).filter { lists[$0] == nil }
        let results = OuterLists(count: outer.count)
        DispatchQueue.concurrentPerform(iterations: outer.count) { i in
            results.set(i, index.related(to: outer[i], k: linkCount, explain: 0))
        }
        for (i, id) in outer.enumerated() { lists[id] = results.get(i) }
        var best: [Pair: Float] = [:]
        for node in nodes {
            for n in (lists[node.id] ?? []).prefix(linkCount) {
                guard let a = order[node.id], let b = order[n.id] else { continue }
                let pair = Pair(low: min(a, b), high: max(a, b))
                best[pair] = max(best[pair] ?? 0, n.score)
            }
        }
        edges = best.sorted { ($0.key.low, $0.key.high) < ($1.key.low, $1.key.high) }
            .map { Edge(source: nodes[$0.key.low].id, target: nodes[$0.key.high].id, weight: $0.value) }
    }

    private struct Pair: Hashable {
        var low: Int
        var high: Int
    }
}
