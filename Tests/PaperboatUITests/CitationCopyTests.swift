import Testing
@testable import PaperboatUI

/// `y` leaves BibTeX for the clipboard, `Y` arXiv links: the paper on show, or every
/// marked paper.
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

    @Test func copiesTheArxivLinkOfThePaperOnShowOrOfEachMarkedPaper() throws {
        var model = try UIFixtures.browser(height: 30, width: 120)
        model.handle(.character("Y"))
        #expect(model.takeClipboardRequest() == "https://arxiv.org/abs/2401.00001")
        #expect(model.message?.text == "Copied https://arxiv.org/abs/2401.00001")
        // Mamba, the Kanji paper and the hostile title (no arXiv id) marked: two links.
        for _ in 0..<3 { model.handle(.character("m")) }
        model.handle(.character("Y"))
        #expect(model.takeClipboardRequest() == "https://arxiv.org/abs/2401.00001\nhttps://arxiv.org/abs/2401.00002")
        #expect(model.message?.text == "Copied 2 arXiv links (1 paper without an arXiv id)")
    }

    @Test func aPaperWithoutAnArxivIdHasNoLinkToCopy() throws {
        var model = try UIFixtures.browser(height: 30, width: 120)
        model.handle(.character("j"))
        model.handle(.character("j"))
        #expect(model.detail?.arxivId == nil)
        model.handle(.character("Y"))
        #expect(model.takeClipboardRequest() == nil)
        #expect(model.message?.text == "This paper has no arXiv id, so there is no link to copy")
    }

    /// More than the clipboard takes is refused with a message, for BibTeX and for links
    /// alike, and nothing is left for the terminal (the limit, 512 KiB, lowered here).
    @Test func tooMuchForTheClipboardIsRefused() throws {
        var model = try UIFixtures.browser(height: 30, width: 120)
        model.handle(.character("m"))
        model.handle(.character("m"))
        model.clipboardLimit = 40
        model.handle(.character("Y"))
        #expect(model.takeClipboardRequest() == nil)
        #expect(model.message?.text == "Too much for the clipboard (2 links): use paperboat list --json")
        model.handle(.character("y"))
        #expect(model.takeClipboardRequest() == nil)
        #expect(model.message?.text == "Too much for the clipboard (2 papers): use paperboat export")
        // Just enough for both links (32 bytes each and a newline) goes through.
        model.clipboardLimit = 65
        model.handle(.character("Y"))
        #expect(model.takeClipboardRequest()?.utf8.count == 65)
    }
}
