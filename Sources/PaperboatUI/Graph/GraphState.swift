import Foundation
import PaperboatCore
import Similarity

/// A paper shown in the graph pane.
public struct GraphNodeInfo: Sendable, Equatable {
    public var id: Int64
    public var key: String
    public var title: String
    public var depth: Int
    public var date: String
    public var isStarred: Bool
}

/// The neighbourhood graph as the browser shows it: papers, edges, and the layout
/// for the pane's current size (recomputed on resize without asking for similarity again).
public struct GraphState: Sendable, Equatable {
    /// The paper at the centre.
    public var originId: Int64
    /// How many hops out.
    public var depth: Int
    /// Papers at the first hop (the next hops take half as many per paper, then a quarter).
    public var breadth = GraphState.breadths[1]
    /// The breadths `{` and `}` step through.
    public static let breadths = [5, 8, 12]
    /// Papers, origin first.
    public var nodes: [GraphNodeInfo] = []
    /// Edges as node indices, with weights.
    public var edges: [(Int, Int, Float)] = [] {
        didSet { drawnEdges = Self.drawn(edges) }
    }
    /// The edges the pane draws (``drawn(_:)``), found once per graph rather than per frame.
    public private(set) var drawnEdges: [(Int, Int, Float, strong: Bool)] = []
    /// Whether an answer is awaited.
    public var isLoading = true
    /// The selected node index.
    public var selected = 0
    /// Placement of nodes and labels for `layoutSize`.
    public var layout: GraphLayout?
    public var layoutSize: (height: Int, width: Int) = (0, 0)

    public static func == (lhs: GraphState, rhs: GraphState) -> Bool {
        lhs.originId == rhs.originId && lhs.depth == rhs.depth && lhs.breadth == rhs.breadth && lhs.nodes == rhs.nodes && lhs.selected == rhs.selected
            && lhs.isLoading == rhs.isLoading && lhs.layout == rhs.layout
            && lhs.edges.elementsEqual(rhs.edges, by: { $0 == $1 })
    }


    /// The edges to draw of `edges`: the strongest quarter, and the links of a maximum spanning tree
    /// (Kruskal, strongest first), so every paper stays attached by its strongest way in
    /// while the other links, which crossed the whole pane, are left out; with whether each is
    /// strong (at or above the median, drawn solid; the rest dotted). The layout still pulls
    /// on every edge.
    static func drawn(_ edges: [(Int, Int, Float)]) -> [(Int, Int, Float, strong: Bool)] {
        let weights = edges.map(\.2).sorted()
        let strong = weights.isEmpty ? 0 : weights[weights.count / 2]
        let top = weights.isEmpty ? 0 : weights[min(weights.count - 1, weights.count * 3 / 4)]
        var parent = Array(0..<((edges.map { max($0.0, $0.1) }.max() ?? -1) + 1))
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        var tree = Set<Int>()
        let byStrength = edges.indices.sorted { edges[$0].2 > edges[$1].2 || (edges[$0].2 == edges[$1].2 && $0 < $1) }
        for i in byStrength where edges[i].0 >= 0 && edges[i].1 >= 0 {
            let a = root(edges[i].0), b = root(edges[i].1)
            if a != b { parent[a] = b; tree.insert(i) }
        }
        return edges.enumerated().compactMap { i, edge in
            edge.2 >= top || tree.contains(i) ? (edge.0, edge.1, edge.2, edge.2 >= strong) : nil
        }
    }

    /// Lays the graph out for a pane of this size, if it changed.
    public mutating func layOut(height: Int, width: Int) {
        guard layout == nil || layoutSize != (height, width) else { return }
        layoutSize = (height, width)
        layout = GraphLayout(labels: nodes.map { GraphLabel.short($0.title) }, depths: nodes.map(\.depth),
                             edges: edges.map { ($0.0, $0.1) }, height: height, width: width)
    }

    /// The node nearest to the selected one in a direction (dx, dy in cells), if any:
    /// among nodes within 60° of the direction, the closest, angle counting double.
    public func neighbour(inDirection dx: Int, _ dy: Int) -> Int? {
        guard let layout, layout.placements.indices.contains(selected) else { return nil }
        let from = layout.placements[selected]
        var best: (Int, Double)?
        for (index, p) in layout.placements.enumerated() where index != selected {
            let vx = Double(p.column - from.column) / 2, vy = Double(p.row - from.row)
            let distance = (vx * vx + vy * vy).squareRoot()
            guard distance > 0 else { continue }
            let cosine = (vx * Double(dx) + vy * Double(dy)) / distance
            guard cosine > 0.5 else { continue }
            let cost = distance * (2 - cosine)
            if best.map({ cost < $0.1 }) ?? true { best = (index, cost) }
        }
        return best?.0
    }
}

/// What the worker answers for a graph request.
public struct GraphAnswer: Sendable {
    public var originId: Int64
    public var depth: Int
    public var breadth: Int
    public var nodes: [GraphNodeInfo]
    public var edges: [(Int, Int, Float)]

    /// Builds the graph of `origin` from a lookup (similarity index and store).
    public static func compute(origin: Int64, depth: Int, breadth: Int = GraphState.breadths[1],
                               lookup: RelatedLookup) throws -> GraphAnswer {
        let graph = NeighbourhoodGraph(index: lookup.index, origin: origin, depth: depth,
                                       breadth: [breadth, max(1, breadth / 2), max(1, breadth / 4)])
        let rows = try lookup.store.summaries(ids: graph.nodes.map(\.id))
        var position: [Int64: Int] = [:]
        var nodes: [GraphNodeInfo] = []
        for node in graph.nodes {
            guard let row = rows[node.id] else { continue }
            position[node.id] = nodes.count
            nodes.append(GraphNodeInfo(id: node.id, key: row.key, title: row.title, depth: node.depth, date: row.date,
                                       isStarred: row.isStarred))
        }
        let edges = graph.edges.compactMap { edge -> (Int, Int, Float)? in
            guard let a = position[edge.source], let b = position[edge.target] else { return nil }
            return (a, b, edge.weight)
        }
        return GraphAnswer(originId: origin, depth: depth, breadth: breadth, nodes: nodes, edges: edges)
    }
}
