import PaperboatCore
import Testing
@testable import PaperboatUI

@Suite struct OrganiseModelTests {
    static func type(_ text: String, into model: inout BrowserModel) {
        for c in text { model.handle(.character(c)) }
    }

    /// The star's message names the paper it went to, cut to 40 cells.
    @Test func starringSaysWhichPaper() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        let title = try #require(model.detail?.title)
        model.handle(.character("s"))
        let said = try #require(model.message?.text)
        #expect(said == "Starred “" + TextLayout.truncate(title, width: 40) + "”")
        model.handle(.character("s"))
        #expect(model.message?.text.hasPrefix("Unstarred “" + String(title.prefix(10))) == true)
    }

    /// A filter longer than the status bar shows its end, where the cursor is, after the
    /// prompt; the whole of it is what applies.
    @Test func aLongFilterLineShowsItsEnd() throws {
        var model = try UIFixtures.browser(height: 16, width: 40)
        model.handle(.character("/"))
        let query = "title:(diffusion OR \"state space\") -tag:later year:2020..2025 Pointer 漢字"
        Self.type(query, into: &model)
        let screen = BrowserView.render(model)
        let line = screen.rowText(15)
        #expect(line.hasPrefix("/…") && line.trimmingCharacters(in: .whitespaces).hasSuffix("Pointer 漢字"), "[\(line)]")
        #expect(CellWidth.of(line.trimmingCharacters(in: .whitespaces)) <= 39)
        let cursor = screen.cursor
        #expect(cursor.row == 15 && cursor.column == CellWidth.of(line.trimmingCharacters(in: .whitespaces)))
        model.handle(.enter)
        #expect(model.filter?.text == query)
    }

    @Test func starTagFilterAndClear() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.handle(.character("s"))
        #expect(model.detail?.starredAt != nil)
        #expect(model.pager.row(at: 0)?.isStarred == true)
        #expect(BrowserView.render(model).rowText(1).hasPrefix(">*"))
        model.handle(.character("j"))
        model.handle(.character("t"))
        #expect(model.input?.purpose == .tags)
        Self.type("to-read", into: &model)
        #expect(BrowserView.render(model).rowText(34).contains("Tags (+name -name): to-read"))
        model.handle(.enter)
        #expect(model.detailTags == ["to-read"])
        // 1 toggles the first tag on the paper on show.
        model.handle(.character("k"))
        model.handle(.character("1"))
        #expect(model.detailTags == ["to-read"])
        model.handle(.character("/"))
        Self.type("tag:to-read", into: &model)
        model.handle(.enter)
        #expect(model.list.count == 2)
        #expect(model.filterDescription == "tag:to-read")
        #expect(BrowserView.render(model).text.contains("2 of 44 papers"))
        model.handle(.character("S"))
        #expect(model.list.count == 1 && model.filterDescription == "is:starred")
        model.handle(.character("c"))
        #expect(model.list.count == 44 && model.filter == nil)
    }

    @Test func aMalformedFilterPointsAtTheProblemAndKeepsTheLine() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.handle(.character("/"))
        Self.type("(diffusion", into: &model)
        model.handle(.enter)
        #expect(model.input?.text == "(diffusion")
        #expect(model.message?.kind == .error)
        #expect(model.message?.text.contains("unclosed (") == true)
        model.handle(.escape)
        #expect(model.input == nil && model.list.count == 44)
    }

    @Test func tagCompletionAndMarkedSets() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.handle(.character("t"))
        Self.type("diffusion-models", into: &model)
        model.handle(.enter)
        model.handle(.character("m"))
        model.handle(.character("m"))
        #expect(model.marked.count == 2)
        model.handle(.character("t"))
        Self.type("dif", into: &model)
        #expect(model.input?.suggestions == ["diffusion-models"])
        #expect(BrowserView.render(model).rowText(34).contains("Tab: diffusion-models"))
        model.handle(.tab)
        #expect(model.input?.text == "diffusion-models ")
        model.handle(.enter)
        #expect(model.marked.isEmpty)
        #expect(try model.store.tagCounts().map { "\($0.name):\($0.count)" } == ["diffusion-models:2"])
        model.handle(.character("/"))
        model.handle(.up)
        #expect(model.input?.text == "")
    }

    @Test func aPaperOpenForThreeSecondsBecomesReadAndNotesShow() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.tick(now: 100)
        model.tick(now: 102)
        #expect(model.detail?.readAt == nil)
        model.tick(now: 103.5)
        #expect(model.detail?.readAt != nil)
        model.handle(.character("r"))
        #expect(model.detail?.readAt == nil)
        model.handle(.character("e"))
        let edit = model.takeNoteEdit()
        let id = try #require(edit)
        model.finishNoteEdit(id: id, body: "a zebra note")
        #expect(model.detailLines.contains { $0.text == "a zebra note" })
        model.handle(.character("R"))
        #expect(model.filterDescription == "all papers, unread")
    }

    /// `r` on marked papers reads them all (again: unreads them all), as `s` stars them; `A`
    /// asks, names how many, and marks every unread paper of the list read.
    @Test func markedPapersAndAWholeListBecomeRead() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.handle(.character("m"))
        model.handle(.character("m"))
        model.handle(.character("m"))
        model.handle(.character("r"))
        #expect(model.marked.isEmpty && model.message?.text == "Marked 3 papers read")
        #expect((0..<3).allSatisfy { model.pager.row(at: $0)?.isRead == true } && model.pager.row(at: 3)?.isRead == false)
        for _ in 0..<3 { model.handle(.character("k")) }
        for _ in 0..<3 { model.handle(.character("m")) }
        model.handle(.character("r"))
        #expect(model.message?.text == "Marked 3 papers unread")
        #expect((0..<3).allSatisfy { model.pager.row(at: $0)?.isRead == false })

        // A filter's papers only: the list of a search, then the whole library.
        model.handle(.character("/"))
        Self.type("diffusion", into: &model)
        model.handle(.enter)
        let matches = model.list.count
        #expect(matches > 1 && matches < 44)
        model.handle(.character("A"))
        #expect(model.input?.purpose == .confirmMarkAllRead(count: matches))
        #expect(BrowserView.render(model).rowText(34).contains("Mark all \(matches) unread papers of this list read? (y/n)"))
        model.handle(.character("n"))
        #expect(model.message?.text == "Nothing marked read" && (0..<matches).allSatisfy { model.pager.row(at: $0)?.isRead == false })
        model.handle(.character("A"))
        model.handle(.character("y"))
        #expect(model.message?.text == "Marked \(matches) papers read")
        #expect((0..<matches).allSatisfy { model.pager.row(at: $0)?.isRead == true })
        model.handle(.character("A"))
        #expect(model.input == nil && model.message?.text == "Every paper of this list is read")
        model.handle(.character("c"))
        model.handle(.character("R"))
        #expect(model.list.count == 44 - matches)
        model.handle(.character("A"))
        #expect(model.input?.purpose == .confirmMarkAllRead(count: 44 - matches))
        model.handle(.character("y"))
        #expect(model.list.count == 0 && model.message?.text == "Marked \(44 - matches) papers read")
        #expect(try model.store.paperCount(matching: .state(.unread)) == 0)
    }
}

/// Starring, tagging and reading deep in a long list read the window again in place (one
/// query from the first held row), and the list stays exactly what a fresh read gives.
@Suite struct InPlaceReloadTests {
    /// The ids the model's pager holds at `indices`, against a pager read from nothing.
    static func expectMatchesAFreshRead(_ model: BrowserModel, _ comment: Comment? = nil) throws {
        var fresh = try PaperPager(source: model.pager.source, pageSize: 5)
        #expect(fresh.total == model.pager.total && fresh.total == model.list.count, comment)
        try fresh.load(model.list.visible)
        for index in model.list.visible where index < fresh.total {
            #expect(model.pager.row(at: index)?.id == fresh.row(at: index)?.id, "row \(index) \(comment?.description ?? "")")
            #expect(model.pager.row(at: index)?.isStarred == fresh.row(at: index)?.isStarred, "row \(index)")
        }
    }

    static func deepBrowser() throws -> BrowserModel {
        var model = try UIFixtures.browser(height: 12, width: 80, pageSize: 5)
        while model.list.selected < 30 { model.handle(.character("j")) }
        return model
    }

    @Test func aStarDeepInTheListKeepsThePlace() throws {
        var model = try Self.deepBrowser()
        let shown = model.detail?.id
        model.handle(.character("s"))
        #expect(model.list.selected == 30 && model.detail?.id == shown && model.detail?.starredAt != nil)
        #expect(model.pager.row(at: 30)?.isStarred == true)
        try Self.expectMatchesAFreshRead(model)
    }

    @Test func aFilterThatLosesTheStarredPaperStaysExact() throws {
        var model = try UIFixtures.browser(height: 12, width: 80, pageSize: 5)
        model.handle(.character("/"))
        OrganiseModelTests.type("-is:starred", into: &model)
        model.handle(.enter)
        while model.list.selected < 30 { model.handle(.character("j")) }
        let starred = model.detail?.id, next = model.pager.row(at: 31)?.id
        model.handle(.character("s"))
        #expect(model.list.count == 43 && model.pager.row(at: 30)?.id == next, "the starred paper left the list")
        #expect(model.detail?.id == starred && model.detail?.starredAt != nil, "its abstract stays on show, starred")
        try Self.expectMatchesAFreshRead(model, "one paper starred in the window")
        // Marked papers far above the window: the rows before it change, so it is read afresh.
        let above = try #require(try model.store.rankedIds(.all, limit: 3).last)
        model.marked = [above, try #require(model.pager.row(at: 32)?.id)]
        model.handle(.character("s"))
        #expect(model.list.count == 41)
        try Self.expectMatchesAFreshRead(model, "marked papers above the window starred")
    }
}
