import PaperboatCore
import Testing
@testable import PaperboatUI

/// The library changed by another program while the browser is open.
@Suite struct OutsideChangeTests {
    static func newer(_ n: Int) -> [PaperDraft] {
        (1...n).map { PaperDraft(title: "Imported elsewhere \($0)", abstract: "Added by another program.", date: "2025-0\($0)-01") }
    }

    @Test func newPapersAppearAndTheSelectedPaperStaysSelected() throws {
        var model = try UIFixtures.browser(height: 20, width: 100, pageSize: 5)
        for _ in 0..<3 { model.handle(.character("j")) }
        let shown = try #require(model.detail?.id)
        let other = try #require(model.pager.row(at: 5)?.id)
        // What another `paperboat` would do: import two newer papers, star a listed one.
        _ = try model.store.importDrafts(Self.newer(2), source: "elsewhere.jsonl")
        try model.store.setStarred(other, true)
        try model.store.setStarred(shown, true)
        model.libraryChangedOutside()
        #expect(model.libraryCount == 46 && model.list.count == 46)
        #expect(model.list.selected == 5 && model.detail?.id == shown, "the same paper, two rows further down")
        #expect(model.detail?.starredAt != nil && model.pager.row(at: 7)?.isStarred == true)
        #expect(model.pager.row(at: 0)?.title.hasPrefix("Imported elsewhere") == true)
        #expect(model.message?.text == "The library changed outside Paperboat (2 papers added); the list is up to date")
        #expect(BrowserView.render(model).text.contains("46 papers"))
    }

    @Test func thePaperOnShowRemovedElsewhereGivesWayToTheNext() throws {
        var model = try UIFixtures.browser(height: 20, width: 100, pageSize: 5)
        model.handle(.character("j"))
        let shown = try #require(model.detail?.id)
        let next = try #require(model.pager.row(at: 2)?.id)
        _ = try model.store.removePapers([shown])
        model.libraryChangedOutside()
        #expect(model.libraryCount == 43 && model.list.selected == 1 && model.detail?.id == next)
        #expect(model.message?.text == "The library changed outside Paperboat (1 paper removed); the list is up to date")
    }

    @Test func deepInTheListTheReloadKeyIsOfferedAndReadsItAgain() throws {
        var model = try UIFixtures.browser(height: 20, width: 100, pageSize: 5)
        model.outsideReloadDepth = 10
        for _ in 0..<20 { model.handle(.character("j")) }
        let shown = try #require(model.detail?.id)
        _ = try model.store.importDrafts(Self.newer(3), source: "elsewhere.jsonl")
        model.libraryChangedOutside()
        #expect(model.libraryCount == 47 && model.list.selected == 20)
        #expect(model.message?.text == "The library changed outside Paperboat (3 papers added): C-r reads the list again")
        model.handle(.control("r"))
        #expect(model.list.count == 47 && model.list.selected == 23 && model.detail?.id == shown)
        #expect(model.message?.text == "Read the library again: 47 papers")
    }
}
