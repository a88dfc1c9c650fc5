import PaperboatCore
import Testing
@testable import PaperboatUI

/// A list left empty by a filter, hidden read papers or a removal shows no paper: nothing
/// on show for `s`, `t` or `d` to act on, and the list says what keeps the papers out.
@Suite struct EmptyListTests {
    static func filter(_ text: String, _ model: inout BrowserModel) {
        model.handle(.character("/"))
        OrganiseModelTests.type(text, into: &model)
        model.handle(.enter)
    }

    @Test func aFilterThatMatchesNothingShowsNoPaper() throws {
        var model = try UIFixtures.browser(height: 24, width: 120)
        #expect(model.detail != nil)
        Self.filter("nosuchwordanywhere", &model)
        #expect(model.list.count == 0 && model.detail == nil && model.related.paperId == nil)
        #expect(model.pendingRelatedRequest == nil, "no related papers asked for a paper not on show")
        let screen = BrowserView.render(model)
        #expect(screen.rowText(1).contains("No papers match “nosuchwordanywhere”.") && screen.rowText(2).contains("c clears the filter."),
                "\(screen.text)")
        #expect(!screen.text.contains("Mamba"), "the paper shown before is gone from every pane")
        // Nothing on show, so star, tag, copy and remove have nothing to act on, and say so.
        for key in ["s", "t", "1", "r", "e", "y", "Y", "O", "a", "d"] {
            model.handle(.character(Character(key)))
            #expect(model.message?.text == "No paper on show" && model.input == nil, "\(key)")
        }
        #expect(try model.store.paperCount(matching: .state(.starred)) == 0 && model.pendingNoteEdit == nil)
        model.handle(.character("H"))
        #expect(model.message?.text == "No trail yet: open a related paper with Enter")
        model.handle(.character("c"))
        #expect(model.list.count == 44 && model.detail?.title.hasPrefix("Mamba") == true)
    }

    @Test func theEmptyListNamesTheKeysInForce() throws {
        let keyMap = KeyMap.standard.rebinding(.clearFilter, to: [.character("x")]).rebinding(.open, to: [.character("f")])
        var model = try BrowserModel(store: try UIFixtures.library(), height: 24, width: 120, keyMap: keyMap)
        Self.filter("nosuchwordanywhere", &model)
        #expect(BrowserView.render(model).rowText(2).contains("x clears the filter."))
        model.handle(.character("H"))
        #expect(model.message?.text == "No trail yet: open a related paper with f")
    }

    @Test func hidingEveryReadPaperSaysSo() throws {
        var model = try UIFixtures.browser(height: 24, width: 120)
        model.handle(.character("A"))
        model.handle(.character("y"))
        model.handle(.character("R"))
        #expect(model.list.count == 0 && model.detail == nil)
        var screen = BrowserView.render(model)
        #expect(screen.rowText(1).contains("No unread papers.") && screen.rowText(2).contains("R shows read papers."))
        Self.filter("diffusion", &model)
        screen = BrowserView.render(model)
        #expect(screen.rowText(1).contains("No papers match “diffusion”.") && screen.rowText(2).contains("c clears the filter.")
                && screen.rowText(3).contains("R shows read papers."), "\(screen.text)")
    }

    @Test func removingTheLastPaperOfAFilterShowsNone() throws {
        var model = try UIFixtures.browser(height: 24, width: 120)
        Self.filter("Pointer", &model)
        let victim = try #require(model.detail?.id)
        #expect(model.list.count == 1)
        model.handle(.character("d"))
        model.handle(.character("y"))
        #expect(model.list.count == 0 && model.detail == nil, "the removed paper is not left on show")
        #expect(try model.store.paper(id: victim) == nil)
    }

    @Test func anEmptyLibrarySaysHowToImport() throws {
        let model = try BrowserModel(store: try PaperStore.inMemory(), height: 24, width: 120)
        #expect(BrowserView.render(model).rowText(1).contains("No papers. Import some with: paperboat import FILE"))
    }
}
