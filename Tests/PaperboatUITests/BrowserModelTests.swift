import PaperboatCore
import Testing
@testable import PaperboatUI

@Suite struct BrowserModelTests {
    @Test func jAndKMoveTheSelectionAndTheAbstractFollows() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        #expect(model.detail?.title.hasPrefix("Mamba") == true)
        model.handle(.character("j"))
        #expect(model.list.selected == 1)
        #expect(model.detail?.key == "2401.00002")
        model.handle(.down)
        model.handle(.up)
        model.handle(.character("k"))
        #expect(model.list.selected == 0)
    }

    @Test func endAndHomeJumpThroughThePager() throws {
        var model = try UIFixtures.browser(height: 16, width: 60, pageSize: 5)
        model.handle(.character("G"))
        #expect(model.list.selected == 43)
        #expect(model.detail?.title == "Pointer Networks")
        model.handle(.home)
        #expect(model.list.selected == 0)
        model.handle(.pageDown)
        #expect(model.list.selected == model.layout.list.height)
    }

    @Test func tabMovesFocusAndTheFocusedPaneScrolls() throws {
        var model = try UIFixtures.browser(height: 16, width: 60)
        model.handle(.tab)
        #expect(model.focus == .abstract)
        model.handle(.character("j"))
        model.handle(.character("j"))
        #expect(model.detailTop == 2)
        #expect(model.list.selected == 0)
        model.handle(.character("G"))
        #expect(model.detailTop == model.detailLines.count - model.layout.abstract.height)
        model.handle(.tab)
        model.handle(.character("j"))
        #expect(model.focus == .list && model.list.selected == 1 && model.detailTop == 0)
    }

    @Test func helpOpensAndClosesAndQuitIsRecorded() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.handle(.character("?"))
        #expect(model.showingHelp)
        model.handle(.character("q"))
        #expect(!model.showingHelp && !model.wantsQuit)
        model.handle(.character("q"))
        #expect(model.wantsQuit)
    }

    @Test func resizeRelaysOutAndKeepsTheSelection() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        for _ in 0..<30 { model.handle(.character("j")) }
        model.resize(height: 12, width: 40)
        #expect(model.layout.arrangement == .stacked)
        #expect(model.list.visible.contains(30))
        model.resize(height: 11, width: 40)
        #expect(model.layout.arrangement == .tooSmall)
        #expect(BrowserView.render(model).text.contains("Terminal too small"))
        model.resize(height: 35, width: 120)
        #expect(model.layout.arrangement == .sideBySide && model.list.selected == 30)
    }

    @Test func everyHelpEntryComesFromTheKeyTable() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.handle(.character("?"))
        let screen = BrowserView.render(model).text
        for binding in KeyMap.standard.bindings where binding.contexts.contains(.browser) {
            #expect(screen.contains(binding.help))
        }
    }

    @Test func anEmptyLibraryShowsHowToImport() throws {
        let model = try BrowserModel(store: try PaperStore.inMemory(), height: 20, width: 80)
        let text = BrowserView.render(model).text
        #expect(text.contains("No papers. Import some with: paperboat import FILE"))
        #expect(text.contains("0/0"))
    }
}
