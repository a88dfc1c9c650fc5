import PaperboatCore
import Testing
@testable import PaperboatUI

@Suite struct HighlightTests {
    @Test func matchesWordsByFoldedStem() throws {
        let highlighter = Highlighter(query: try QueryParser.parse("transformers \"state space\" tag:x café"))
        #expect(highlighter.ranges(in: "Transformer models in State-Space form") == [0..<11, 22..<27, 28..<33])
        #expect(highlighter.ranges(in: "Cafe\u{301} au lait") == [0..<4])
        #expect(highlighter.ranges(in: "漢字 transformer") == [5..<16])
        #expect(Highlighter(query: try QueryParser.parse("tag:x is:starred")).isEmpty)
    }

    @Test func searchMatchesAreHighlightedAndNStepsThroughThem() throws {
        var model = try UIFixtures.browser(height: 20, width: 120)
        model.handle(.character("/"))
        for c in "foundation" { model.handle(.character(c)) }
        model.handle(.enter)
        #expect(model.list.count == 1)
        model.handle(.character("n"))
        #expect(model.detailTop > 0)
        #expect(model.detailLines[model.detailTop].text.lowercased().contains("foundation"))
        let screen = BrowserView.render(model)
        let highlighted = screen.cells.filter { $0.style == .highlight }.map(\.text).joined()
        #expect(highlighted.lowercased().hasPrefix("foundation"))
        model.handle(.character("N"))
        #expect(model.message?.text == "No more matches above" || model.detailTop == 0)
    }
}
