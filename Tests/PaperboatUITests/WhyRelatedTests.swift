import Foundation
import PaperboatCore
import Similarity
import Testing
@testable import PaperboatUI

/// The "why related" overlay (`w`): a related paper's score taken apart.
@Suite struct WhyRelatedTests {
    /// The browser on its fourth paper (or `down` + 1st) with the related pane answered and focused.
    static func focusedOnRelated(down: Int = 3) throws -> (BrowserModel, RelatedLookup) {
        var (model, lookup) = try RelatedFlowTests.browser()
        for _ in 0..<down { model.handle(.character("j")) }
        try RelatedFlowTests.answer(&model, lookup)
        model.handle(.backTab)
        #expect(model.focus == .related)
        return (model, lookup)
    }

    @Test func wExplainsTheSelectedRelatedPaperAndStepsThroughThem() throws {
        var (model, lookup) = try Self.focusedOnRelated()
        let rows = model.related.rows
        #expect(rows.count >= 3)
        model.handle(.character("w"))
        let first = try #require(model.whyRelated)
        #expect(first.row == rows[0] && first.position == 0 && first.count == rows.count)
        let paper = try #require(try model.store.paper(id: rows[0].id))
        #expect(first.authors == paper.authors && first.date == paper.displayDate)
        #expect(model.keyContext == .why)
        // The parts on show add up to the score, and the words' parts to the words part.
        let parts = try #require(first.row.parts)
        #expect(abs(min(1, max(0, parts.total)) - first.row.score) < 1e-5, "\(parts) against \(first.row.score)")
        #expect(parts.topic > 0 && parts.wordsWeight == 0.5)
        #expect(!first.row.words.isEmpty && first.row.words.map(\.share).reduce(0, +) <= parts.words + 1e-5)
        let screen = BrowserView.render(model).text
        #expect(screen.contains("Why related") && screen.contains("related paper 1 of \(rows.count)"), "\(screen)")
        #expect(screen.contains(WhyOverlay.number(parts.words) + "  shared words"))
        #expect(screen.contains(WhyOverlay.number(parts.topic) + "  topic"))
        #expect(screen.contains(first.row.words[0].word))
        // j steps to the next related paper, the pane's selection with it.
        model.handle(.character("j"))
        #expect(model.whyRelated?.row == rows[1] && model.related.window.selected == 1)
        // Enter follows that link, as in the pane, and closes the overlay.
        model.handle(.enter)
        #expect(model.whyRelated == nil && model.detail?.id == rows[1].id && model.trail.ids.count == 2)
        try RelatedFlowTests.answer(&model, lookup)
        // Esc closes without moving; w toggles.
        model.handle(.character("w"))
        #expect(model.whyRelated != nil)
        model.handle(.escape)
        #expect(model.whyRelated == nil && model.detail?.id == rows[1].id && model.graph == nil)
        model.handle(.character("w"))
        model.handle(.character("w"))
        #expect(model.whyRelated == nil)
    }

    /// On a small screen the overlay shows that lines are cut: the last row that fits is
    /// `…` when the rest does not, and a footer too long for the box ends in `…`. Large
    /// enough again, it shows everything.
    @Test func aSmallOverlayShowsWhatItCuts() throws {
        var (model, _) = try Self.focusedOnRelated()
        model.handle(.character("w"))
        let full = BrowserView.render(model).text
        #expect(full.contains("× 0.50)") && !full.contains("│   …"))
        model.resize(height: 16, width: 50)
        #expect(model.whyRelated != nil)
        let lines = BrowserView.render(model).text.split(separator: "\n").map(String.init)
        let footer = try #require(lines.firstIndex { $0.contains("opens it") }, "\(lines.joined(separator: "\n"))")
        #expect(lines[footer].contains("…"), "[\(lines[footer])]")
        #expect(lines[footer - 2].contains("│   … "), "the last body row marks the cut: \(lines.joined(separator: "\n"))")
        model.resize(height: 35, width: 120)
        let again = BrowserView.render(model).text
        #expect(again.contains("× 0.50)") && !again.contains("│   …"))
    }

    @Test func wOutsideTheRelatedPaneSaysWhereToGo() throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        model.handle(.backTab)
        model.handle(.character("w"))
        #expect(model.whyRelated == nil && model.message?.text == "Still finding the related papers")
        model.handle(.tab)
        try RelatedFlowTests.answer(&model, lookup)
        model.handle(.character("w"))
        #expect(model.whyRelated == nil)
        #expect(model.message?.text == "Select a related paper first (Tab to the related pane)")
    }

    /// The lines list each shared word's part, then what the ten words on show leave over,
    /// so the words' lines add up to the words part; a shared author is named.
    @Test func theOverlaysLinesAddUp() {
        let row = RelatedRow(id: 2, key: "k", title: "A paper", score: 0.5,
                             words: [ScoredWord(word: "state space", share: 0.08), ScoredWord(word: "memory", share: 0.04)],
                             sharedAuthors: ["Albert Gu"],
                             parts: ScoreParts(words: 0.2, topic: 0.25, authors: 0.05, wordsWeight: 0.5),
                             authorShare: 0.03)
        let lines = WhyOverlay.lines(for: WhyRelated(row: row, position: 0, count: 1, authors: ["Albert Gu", "Tri Dao"],
                                                     date: "2023-12-01"), width: 90).map(\.text)
        #expect(lines.contains("Albert Gu, Tri Dao · 2023-12-01"))
        #expect(lines.contains("Score 0.50: related paper 1 of 1"))
        #expect(lines.contains("0.200  shared words (their cosine 0.400 × 0.50)"))
        #expect(lines.contains("0.250  topic: both resemble the same other papers (cosine 0.500 × 0.50)"))
        #expect(lines.contains("0.050  what their authors' other papers are about"))
        let words = lines.drop { !$0.hasPrefix("The shared words") }.dropFirst()
        #expect(words.map { $0.split(separator: " ").first.map(String.init) ?? "" } == ["state", "memory", "by", "the"], "\(words)")
        #expect(words.last?.hasPrefix("the other shared words") == true && words.last?.contains("0.050") == true)
        #expect(words.contains { $0.hasPrefix("by Albert Gu") && $0.contains("0.030") })
        // Short of room, fewer words are listed and the rest join the others.
        let short = WhyOverlay.lines(for: WhyRelated(row: row, position: 0, count: 1), width: 90, maxLines: 11).map(\.text)
        #expect(short.count == 11, "\(short)")
        #expect(short.last?.hasPrefix("the other shared words") == true && short.last?.contains("0.090") == true, "\(short)")
        #expect(!short.contains { $0.hasPrefix("memory") })
    }

    /// In the graph, `w` asks the worker how the selected paper relates to the centre; the
    /// answer opens the overlay, unless the selection moved meanwhile.
    @Test func wInTheGraphExplainsThePaperAgainstTheCentre() throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        model.handle(.character("v"))
        let taken = model.takeGraphRequest()
        let request = try #require(taken)
        model.receiveGraph(try GraphAnswer.compute(origin: request.origin, depth: request.depth, lookup: lookup))
        #expect(model.focus == .graph)
        // On the centre itself there is nothing to explain.
        model.handle(.character("w"))
        #expect(model.takeWhyRequest() == nil && model.message?.text.hasPrefix("This is the paper at the centre") == true)
        for key in [Key.right, .down, .left, .up] where model.graph?.selected == 0 { model.handle(key) }
        let graph = try #require(model.graph)
        let node = graph.nodes[graph.selected]
        #expect(graph.selected > 0)
        model.handle(.character("w"))
        let asked = model.takeWhyRequest()
        let why = try #require(asked)
        #expect(why == WhyRequest(centre: graph.originId, paper: node.id) && model.whyRelated == nil)
        let row = try #require(try lookup.relation(of: node.id, to: graph.originId))
        // An answer for another paper is dropped.
        model.receiveWhy(for: WhyRequest(centre: graph.originId, paper: graph.originId), row: row)
        #expect(model.whyRelated == nil)
        model.receiveWhy(for: why, row: row)
        let shown = try #require(model.whyRelated)
        #expect(shown.source == .graph(hops: node.depth) && shown.row.id == node.id)
        let screen = BrowserView.render(model).text
        #expect(screen.contains("Why it is in the graph") && screen.contains("paper at the centre of the graph"), "\(screen)")
        #expect(screen.contains("centres the graph on it"))
        // j does not walk the graph from the overlay; Enter centres the graph on the paper.
        model.handle(.character("j"))
        #expect(model.whyRelated == shown)
        model.handle(.enter)
        #expect(model.whyRelated == nil && model.graph?.originId == node.id)
    }
}
