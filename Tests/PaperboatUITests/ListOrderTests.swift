import PaperboatCore
import Testing
@testable import PaperboatUI

/// `D`: newest first or oldest first, paged through a window of a few rows at a time.
@Suite struct ListOrderTests {
    /// The ids of the whole list, read as the pager serves them, walking down with `j`.
    static func walkDown(_ model: inout BrowserModel) -> [Int64] {
        model.handle(.character("g"))
        var ids: [Int64] = []
        for index in 0..<model.list.count {
            if let id = model.pager.row(at: index)?.id { ids.append(id) }
            model.handle(.character("j"))
        }
        return ids
    }

    /// The ids walking up from the end with `G` and `k`, in list order.
    static func walkUp(_ model: inout BrowserModel) -> [Int64] {
        model.handle(.character("G"))
        var ids: [Int64] = []
        for index in stride(from: model.list.count - 1, through: 0, by: -1) {
            if let id = model.pager.row(at: index)?.id { ids.append(id) }
            model.handle(.character("k"))
        }
        return ids.reversed()
    }

    @Test func oldestFirstIsTheListTurnedRoundInBothDirections() throws {
        // Pages of 5 rows, so both walks cross many page boundaries of the reversed source.
        var model = try UIFixtures.browser(height: 20, width: 100, pageSize: 5)
        let newest = Self.walkDown(&model)
        #expect(newest.count == 44 && Set(newest).count == 44)
        model.handle(.character("D"))
        #expect(model.oldestFirst && model.message?.text == "Oldest first")
        #expect(model.filterDescription == "all papers, oldest first")
        #expect(BrowserView.render(model).rowText(19).contains("[all papers, oldest first]"))
        #expect(Self.walkDown(&model) == newest.reversed())
        #expect(Self.walkUp(&model) == newest.reversed())
        // The paper with only a month and day sorts oldest; then the first day of the fillers.
        model.handle(.character("g"))
        #expect(model.detail?.title == "Pointer Networks")
        model.handle(.character("j"))
        #expect(model.detail?.date == "2023-12-01")
        model.handle(.character("D"))
        #expect(!model.oldestFirst && Self.walkDown(&model) == newest)
    }

    @Test func aFilterTurnsRoundButASearchKeepsRelevanceOrder() throws {
        var model = try UIFixtures.browser(height: 20, width: 100, pageSize: 5)
        model.handle(.character("/"))
        OrganiseModelTests.type("year:2023", into: &model)
        model.handle(.enter)
        let newest = Self.walkDown(&model)
        #expect(newest.count == 40)
        model.handle(.character("D"))
        #expect(model.filterDescription == "year:2023, oldest first")
        #expect(Self.walkDown(&model) == newest.reversed())

        model.handle(.character("/"))
        model.handle(.control("u"))
        OrganiseModelTests.type("diffusion", into: &model)
        model.handle(.enter)
        let ranked = Self.walkDown(&model)
        #expect(model.filterDescription == "diffusion", "a search lists by relevance, never reversed")
        model.handle(.character("D"))
        #expect(model.message?.text == "Newest first once the search is cleared (it lists by relevance)")
        #expect(Self.walkDown(&model) == ranked)
        model.handle(.character("D"))
        model.handle(.character("c"))
        #expect(model.filterDescription == "all papers, oldest first", "the order applies once the search is cleared")
    }
}
