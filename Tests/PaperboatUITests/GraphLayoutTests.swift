import PaperboatCore
import Similarity
import Testing
@testable import PaperboatUI

@Suite struct GraphLayoutTests {
    /// A seeded random graph of `count` nodes.
    static func randomGraph(count: Int, seed: UInt64) -> (labels: [String], depths: [Int], edges: [(Int, Int)]) {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let words = ["Mamba", "Diffusion", "Graph", "漢字の論文", "Attention", "LoRA", "Vision", "Sparse", "e\u{301}tude"]
        let labels = (0..<count).map { i in GraphLabel.short((0..<(1 + next() % 4)).map { _ in words[next() % words.count] }.joined(separator: " ") + " \(i)") }
        let depths = (0..<count).map { $0 == 0 ? 0 : ($0 <= 8 ? 1 : 2) }
        var edges: [(Int, Int)] = (1..<count).map { ($0 <= 8 ? 0 : 1 + next() % 8, $0) }
        for _ in 0..<count { edges.append((next() % count, next() % count)) }
        return (labels, depths, edges.filter { $0.0 != $0.1 })
    }

    @Test(arguments: [(34, 120), (22, 78), (10, 40), (30, 60)])
    func labelsNeverOverlapEachOtherOrNodes(height: Int, width: Int) {
        for seed in 1...20 as ClosedRange<UInt64> {
            let graph = Self.randomGraph(count: 41, seed: seed)
            let layout = GraphLayout(labels: graph.labels, depths: graph.depths, edges: graph.edges, height: height, width: width)
            var used = Set<Int>()
            for p in layout.placements {
                #expect(p.row >= 0 && p.row < height && p.column >= 0 && p.column < width)
                #expect(used.insert(p.row * width + p.column).inserted, "two nodes share a cell")
            }
            for p in layout.placements where !p.label.isEmpty {
                #expect(p.labelColumn >= 0 && p.labelSpan.upperBound <= width)
                for column in p.labelSpan {
                    #expect(used.insert(p.labelRow * width + column).inserted, "label overlaps at \(p.labelRow),\(column)")
                }
            }
        }
    }

    @Test func theSameInputAlwaysGivesTheSamePicture() {
        let graph = Self.randomGraph(count: 30, seed: 7)
        let a = GraphLayout(labels: graph.labels, depths: graph.depths, edges: graph.edges, height: 30, width: 100)
        let b = GraphLayout(labels: graph.labels, depths: graph.depths, edges: graph.edges, height: 30, width: 100)
        #expect(a == b)
    }

    @Test func mostLabelsFitInAReasonablePane() {
        let graph = Self.randomGraph(count: 25, seed: 3)
        let layout = GraphLayout(labels: graph.labels, depths: graph.depths, edges: graph.edges, height: 33, width: 110)
        #expect(layout.placements.filter { !$0.label.isEmpty }.count >= 20)
        #expect(!layout.placements[0].label.isEmpty)
    }

    /// Drawn: the strongest quarter of the links and a maximum spanning tree. A chain of weak
    /// links that is the only way to some papers stays (dotted); weak links beside strong
    /// paths go.
    @Test func theDrawnEdgesKeepEveryPaperAttachedAndLeaveOutTheWeak() {
        var state = GraphState(originId: 1, depth: 2)
        state.nodes = (0..<12).map { GraphNodeInfo(id: Int64($0 + 1), key: "k\($0)", title: "p\($0)", depth: $0 == 0 ? 0 : 1,
                                                   date: "", isStarred: false) }
        var chain: [(Int, Int, Float)] = []
        for i in 0..<11 { chain.append((i, i + 1, 0.1 + Float(i) * 0.001)) }
        var strong: [(Int, Int, Float)] = []
        for i in 0..<6 {
            for j in (i + 1)..<6 { strong.append((i, j, 0.5 + Float(i + j) * 0.01)) }
        }
        state.edges = chain + strong
        let drawn = state.drawnEdges
        // Every paper is reachable over the drawn edges.
        var reached: Set<Int> = [0]
        var grew = true
        while grew {
            grew = false
            for (a, b, _, _) in drawn where reached.contains(a) != reached.contains(b) {
                reached.formUnion([a, b])
                grew = true
            }
        }
        #expect(reached.count == 12)
        let pairs = Set(drawn.map { [$0.0, $0.1] })
        // The chain beyond paper 5 is the only way in: drawn, dotted.
        for i in 5..<11 {
            #expect(pairs.contains([i, i + 1]), "\(i)-\(i + 1)")
        }
        #expect(drawn.filter { $0.0 >= 5 && $0.1 == $0.0 + 1 && $0.2 < 0.2 }.allSatisfy { !$0.strong })
        // Weak links where strong paths exist are left out.
        for i in 0..<5 { #expect(!pairs.contains([i, i + 1]) || strong.contains { $0.0 == i && $0.1 == i + 1 }) }
        #expect(!drawn.contains { $0.2 < 0.2 && $0.1 <= 5 })
        // The strongest quarter is drawn, whether the tree needs it or not.
        let weights = state.edges.map(\.2).sorted()
        let top = weights[weights.count * 3 / 4]
        #expect(state.edges.filter { $0.2 >= top }.allSatisfy { e in pairs.contains([e.0, e.1]) })
        #expect(drawn.count < state.edges.count)
    }

    /// A paper the others push far out (here one with no link at all) sits at the pane's
    /// edge; the rest still fill the pane (gravity, and a fit to the percentiles rather than
    /// the extremes: without them the rest spanned 15 of 64 columns and 8 of 32 rows).
    @Test func anOutlierDoesNotSqueezeTheRest() {
        let count = 30
        let depths = (0..<count).map { $0 == 0 ? 0 : ($0 == count - 1 ? 2 : 1) }
        var edges = (1..<(count - 1)).map { (0, $0) }
        for i in 1..<(count - 2) { edges.append((i, i + 1)) }
        let labels = (0..<count).map { "p\($0)" }
        let layout = GraphLayout(labels: labels, depths: depths, edges: edges, height: 32, width: 64)
        let rest = layout.placements.dropLast()
        let columns = rest.map(\.column), rows = rest.map(\.row)
        #expect((columns.max() ?? 0) - (columns.min() ?? 0) >= 40, "\(columns)")
        #expect((rows.max() ?? 0) - (rows.min() ?? 0) >= 20, "\(rows)")
    }

    @Test func shortLabels() {
        #expect(GraphLabel.short("MARLIN: Masked Autoencoder for facial video Representation LearnINg") == "MARLIN")
        #expect(GraphLabel.short("Attention Is All You Need") == "Attention Is All")
        #expect(GraphLabel.short("A very long title: with a colon far in") == "A very long")
        #expect(GraphLabel.short("Evil \u{1B}[31mtitle") == "Evil title")
        #expect(CellWidth.of(GraphLabel.short("漢字漢字漢字漢字漢字漢字")) <= GraphLabel.maxWidth)
    }
}

/// The graph pane, from a real index, at three sizes and two depths.
@Suite struct GraphSnapshotTests {
    static func browser(height: Int, width: Int, depth: Int, ascii: Bool = false) throws -> BrowserModel {
        var (model, lookup) = try RelatedFlowTests.browser()
        model.asciiArt = ascii
        model.resize(height: height, width: width)
        model.handle(.character("v"))
        if depth == 1 { model.handle(.character("-")) }
        let request = model.takeGraphRequest()
        let graph = try #require(request)
        model.receiveGraph(try GraphAnswer.compute(origin: graph.origin, depth: graph.depth, lookup: lookup))
        try RelatedFlowTests.answer(&model, lookup)
        return model
    }

    @Test(arguments: [(35, 120), (24, 80), (16, 60)], [1, 2])
    func graphView(size: (Int, Int), depth: Int) throws {
        let model = try Self.browser(height: size.0, width: size.1, depth: depth)
        #expect(model.graph?.depth == depth)
        assertSnapshot(BrowserView.render(model).trimmedText, named: "graph-d\(depth)-\(size.1)x\(size.0)")
    }

    /// Until the worker answers, the pane says it is looking, and gives no count.
    @Test func aGraphStillBeingFoundGivesNoCount() throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        model.handle(.character("v"))
        var text = BrowserView.render(model).text
        #expect(text.contains("Finding the neighbourhood…") && text.contains("Graph: depth 2, breadth 8"))
        #expect(!text.contains("0 papers"), "\(text)")
        let taken = model.takeGraphRequest()
        let request = try #require(taken)
        model.receiveGraph(try GraphAnswer.compute(origin: request.origin, depth: request.depth, lookup: lookup))
        text = BrowserView.render(model).text
        #expect(text.contains("Graph: depth 2, breadth 8, \(model.graph?.nodes.count ?? -1) papers"))
        #expect(!text.contains("Finding the neighbourhood…"))
    }

    @Test func asciiModeUsesNoLineArt() throws {
        let model = try Self.browser(height: 35, width: 120, depth: 2, ascii: true)
        let screen = BrowserView.render(model)
        let graphCells = (model.layout.graph.row..<(model.layout.graph.row + model.layout.graph.height)).flatMap { row in
            (model.layout.graph.column..<(model.layout.graph.column + model.layout.graph.width)).map { screen[row, $0].text }
        }
        #expect(!graphCells.contains { ["◉", "●", "★", "─", "│", "╱", "╲", "·"].contains($0) })
        #expect(graphCells.contains("@"))
    }

    @Test func walkingRecentringAndBack() throws {
        var model = try Self.browser(height: 35, width: 120, depth: 2)
        let origin = try #require(model.graph?.originId)
        var moved = false
        for key in [Key.right, .down, .left, .up] where !moved {
            model.handle(key)
            moved = model.graph?.selected != 0
        }
        #expect(moved)
        let selected = try #require(model.graph.map { $0.nodes[$0.selected].id })
        #expect(model.detail?.id == selected)
        model.handle(.enter)
        #expect(model.graph?.originId == selected && model.graph?.isLoading == true)
        model.handle(.character("["))
        #expect(model.graph?.originId == origin)
        #expect(model.detail?.id == origin)
    }

    /// A walk previews papers; leaving the graph without Enter shows its centre again,
    /// so what `s` or `t` act on next is the paper the trail is at, not the last preview.
    @Test(arguments: [Key.escape, .character("v")])
    func closingTheGraphAfterAWalkShowsItsCentreAgain(close: Key) throws {
        var model = try Self.browser(height: 35, width: 120, depth: 2)
        let origin = try #require(model.graph?.originId)
        for key in [Key.right, .down, .left, .up] where model.graph?.selected == 0 { model.handle(key) }
        #expect(model.detail?.id != origin)
        model.handle(close)
        #expect(model.graph == nil && model.detail?.id == origin)
    }

    /// The graph is of the paper on show: beside the list (three panes), a move in the list
    /// centres it on the new paper, as the related pane follows; so does a filter; a filter
    /// that leaves the list empty closes it, and `v` then says there is no paper.
    @Test func theGraphFollowsTheListsPaperOnShow() throws {
        var model = try Self.browser(height: 45, width: 160, depth: 2)
        #expect(model.layout.list.width > 0 && model.layout.graph.width > 0, "list and graph side by side")
        let origin = try #require(model.graph?.originId)
        model.handle(.backTab)
        #expect(model.focus == .list)
        model.handle(.character("j"))
        let next = try #require(model.detail?.id)
        #expect(next != origin && model.graph?.originId == next && model.graph?.isLoading == true)
        let request = model.takeGraphRequest()
        #expect(request?.origin == next && request?.depth == 2, "the same depth and breadth, a new centre")

        EmptyListTests.filter("Pointer", &model)
        let pointer = try #require(model.detail?.id)
        #expect(model.graph?.originId == pointer)
        EmptyListTests.filter("nosuchwordanywhere", &model)
        #expect(model.graph == nil && model.focus == .list && model.layout.graph.width == 0)
        model.handle(.character("v"))
        #expect(model.graph == nil && model.message?.text == "No paper on show")
    }

    @Test func escapeClosesTheSidebarThenTheGraphThenDropsTheMarks() throws {
        var model = try Self.browser(height: 35, width: 120, depth: 2)
        model.handle(.character("T"))
        #expect(model.sidebar != nil && model.graph != nil && model.focus == .sidebar)
        model.handle(.escape)
        #expect(model.sidebar == nil && model.graph != nil)
        model.handle(.escape)
        #expect(model.graph == nil && model.focus == .list && !model.wantsQuit)
        model.handle(.character("m"))
        model.handle(.character("m"))
        #expect(model.marked.count == 2)
        model.handle(.escape)
        #expect(model.marked.isEmpty && model.message?.text == "Unmarked 2 papers")
        model.handle(.escape)
        #expect(model.marked.isEmpty && !model.wantsQuit && model.graph == nil)
    }

    @Test func breadthKeysAskForWiderAndNarrowerNeighbourhoods() throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        model.handle(.character("v"))
        _ = model.takeGraphRequest()
        model.handle(.character("}"))
        let wider = model.takeGraphRequest()
        let request = try #require(wider)
        #expect(request.breadth == 12)
        model.receiveGraph(try GraphAnswer.compute(origin: request.origin, depth: request.depth, breadth: request.breadth, lookup: lookup))
        let wide = model.graph?.nodes.count ?? 0
        model.handle(.character("{"))
        model.handle(.character("{"))
        let narrower = model.takeGraphRequest()
        let small = try #require(narrower)
        #expect(small.breadth == 5)
        model.receiveGraph(try GraphAnswer.compute(origin: small.origin, depth: small.depth, breadth: small.breadth, lookup: lookup))
        #expect((model.graph?.nodes.count ?? 0) < wide)
    }

    @Test func resizeRelaysOutWithoutAskingAgain() throws {
        var model = try Self.browser(height: 35, width: 120, depth: 2)
        let before = model.graph?.layout
        model.resize(height: 30, width: 100)
        #expect(model.takeGraphRequest() == nil)
        #expect(model.graph?.isLoading == false)
        #expect(model.graph?.layout != before)
    }
}
