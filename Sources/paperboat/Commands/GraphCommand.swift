import ArgumentParser
import Foundation
import PaperboatCore
import PaperboatUI

/// `paperboat graph ID`: the related-papers neighbourhood, as text, Graphviz dot or JSON.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the related-papers graph around a paper (text, dot or json)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, dot, json
    }

    @OptionGroup var library: LibraryOptions

    @Option(help: "Hops out from the paper (1-3).")
    var depth = 2

    @Option(help: "Papers at the first hop (later hops take half, then a quarter, per paper).")
    var breadth = 8

    @Option(help: "Output format: text, dot (Graphviz) or json.")
    var format: Format = .text

    @Argument(help: "The paper's id.")
    var id: String

    func validate() throws {
        if !(1...3).contains(depth) { throw ValidationError("--depth must be 1, 2 or 3") }
        if !(1...20).contains(breadth) { throw ValidationError("--breadth must be 1 to 20") }
    }

    func run() throws {
        let store = try library.open()
        guard let paper = try store.paper(key: id), let rowId = paper.id else { throw CLIError("no paper with id \(id)") }
        let lookup = RelatedLookup(index: try RelatedIndexLoader.load(store), store: store)
        let graph = try GraphAnswer.compute(origin: rowId, depth: depth, breadth: breadth, lookup: lookup)
        switch format {
        case .json:
            try Console.json(GraphJSON(graph))
        case .dot:
            print(Self.dot(graph))
        case .text:
            for node in graph.nodes {
                Console.say(String(repeating: "  ", count: node.depth) + "\(node.key)  \(TeXText.plain(node.title))")
            }
            Console.say("")
            for (a, b, weight) in graph.edges {
                Console.say(String(format: "%.3f  ", weight) + "\(graph.nodes[a].key) -- \(graph.nodes[b].key)")
            }
        }
    }

    /// Graphviz source: labels are the short labels, edge width follows weight.
    static func dot(_ graph: GraphAnswer) -> String {
        func quoted(_ s: String) -> String {
            "\"" + TerminalText.sanitize(s).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var lines = ["graph related {", "  node [shape=box, style=rounded];"]
        for (index, node) in graph.nodes.enumerated() {
            let extra = index == 0 ? ", style=\"rounded,bold\"" : ""
            lines.append("  \(quoted(node.key)) [label=\(quoted(GraphLabel.short(node.title))), tooltip=\(quoted(node.title))\(extra)];")
        }
        for (a, b, weight) in graph.edges {
            lines.append("  \(quoted(graph.nodes[a].key)) -- \(quoted(graph.nodes[b].key)) [penwidth=\(String(format: "%.2f", 0.5 + 4 * Double(weight)))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}

/// The `graph --format json` object.
struct GraphJSON: Encodable {
    struct Node: Encodable {
        var id: String
        var label: String
        var title: String
        var depth: Int
    }
    struct Edge: Encodable {
        var source: String
        var target: String
        var weight: Float
    }
    var nodes: [Node]
    var edges: [Edge]

    init(_ graph: GraphAnswer) {
        nodes = graph.nodes.map { Node(id: $0.key, label: GraphLabel.short($0.title), title: $0.title, depth: $0.depth) }
        edges = graph.edges.map { Edge(source: graph.nodes[$0.0].key, target: graph.nodes[$0.1].key,
                                      weight: ($0.2 * 10_000).rounded() / 10_000) }
    }
}
