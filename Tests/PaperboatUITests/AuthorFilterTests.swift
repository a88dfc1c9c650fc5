import Foundation
import PaperboatCore
import Testing
@testable import PaperboatUI

/// `a`: the papers by the authors of the paper on show.
@Suite struct AuthorFilterTests {
    static func browser() throws -> BrowserModel {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([
            PaperDraft(title: "Mamba", abstract: "Selective state spaces.", authors: ["Albert Gu", "Tri Dao"], date: "2024-01-05"),
            PaperDraft(title: "FlashAttention", abstract: "Fast attention.", authors: ["TRI DAO", "Daniel Y. Fu"], date: "2022-05-27"),
            PaperDraft(title: "S4", abstract: "Structured state spaces.", authors: ["Albert Gu", "Karan Goel"], date: "2021-10-31"),
            PaperDraft(title: "Unrelated", abstract: "Something else.", authors: ["Someone Else"], date: "2023-01-01"),
            PaperDraft(title: "Anonymous", abstract: "No authors given.", date: "2020-01-01"),
        ], source: "fixture.jsonl", now: UIFixtures.epoch)
        return try BrowserModel(store: store, height: 35, width: 120)
    }

    static func titles(_ model: BrowserModel) -> [String] {
        (0..<model.pager.total).compactMap { model.pager.row(at: $0)?.title }
    }

    @Test func aListsThePapersByTheAuthorsOfThePaperOnShow() throws {
        var model = try Self.browser()
        #expect(model.detail?.title == "Mamba")
        model.handle(.character("a"))
        #expect(Set(Self.titles(model)) == ["Mamba", "FlashAttention", "S4"])
        #expect(model.filter?.text == #"author:"Albert Gu" OR author:"Tri Dao""#)
        #expect(model.message?.text.hasPrefix("By Albert Gu and 1 other: 3 papers") == true, "\(model.message?.text ?? "")")
        // The filter is an ordinary one: in the history for /, and c clears it.
        #expect(try model.store.searchHistory().contains(#"author:"Albert Gu" OR author:"Tri Dao""#))
        model.handle(.character("c"))
        #expect(model.filter == nil && model.pager.total == 5)
    }

    @Test func aPaperWithoutAuthorsSaysSo() throws {
        var model = try Self.browser()
        model.handle(.character("G"))
        #expect(model.detail?.title == "Anonymous")
        model.handle(.character("a"))
        #expect(model.filter == nil && model.pager.total == 5)
        #expect(model.message?.text == "This paper lists no authors")
    }
}
