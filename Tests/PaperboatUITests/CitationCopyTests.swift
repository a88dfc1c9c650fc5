import Testing
@testable import PaperboatUI

/// `y` leaves BibTeX for the clipboard: the paper on show, or every marked paper.
@Suite struct CitationCopyTests {
    @Test func copiesThePaperOnShow() throws {
        var model = try UIFixtures.browser(height: 30, width: 120)
        model.handle(.character("y"))
        let taken = model.takeClipboardRequest()
        let text = try #require(taken)
        #expect(text.hasPrefix("@misc{gu2024mamba,\n  title = {Mamba: Linear-Time Sequence Modeling"))
        #expect(text.components(separatedBy: "@misc{").count == 2)
        #expect(model.message?.text == "Copied BibTeX of gu2024mamba")
        #expect(model.takeClipboardRequest() == nil, "taken once")
    }

    @Test func copiesTheMarkedPapersWithUniqueKeysAndTheirTags() throws {
        var model = try UIFixtures.browser(height: 30, width: 120)
        model.handle(.character("m"))          // Mamba, and the cursor moves on
        model.handle(.character("j"))
        model.handle(.character("m"))
        try model.store.addTags(["to-read"], to: model.marked.sorted())
        model.handle(.character("y"))
        let taken = model.takeClipboardRequest()
        let text = try #require(taken)
        #expect(text.components(separatedBy: "@misc{").count == 3, "\(text)")
        #expect(text.components(separatedBy: "keywords = {to-read}").count == 3)
        #expect(model.message?.text == "Copied BibTeX of 2 papers")
        #expect(model.marked.count == 2, "copying keeps the marks")
    }
}
