import PaperboatCore
import Similarity
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
        // Scroll through the help, collecting every screen.
        var seen = ""
        for _ in 0..<KeyMap.standard.bindings.count {
            seen += BrowserView.render(model).text
            model.handle(.character("j"))
        }
        for binding in KeyMap.standard.bindings where binding.contexts.contains(.browser) {
            #expect(seen.contains(binding.help))
        }
    }

    @Test func anEmptyLibraryShowsHowToImport() throws {
        let model = try BrowserModel(store: try PaperStore.inMemory(), height: 20, width: 80)
        let text = BrowserView.render(model).text
        #expect(text.contains("No papers. Import some with: paperboat import FILE"))
        #expect(text.contains("0/0"))
    }
}

@Suite struct RelatedFlowTests {
    /// A browser whose related requests are answered at once from a real index.
    static func browser() throws -> (BrowserModel, RelatedLookup) {
        let store = try UIFixtures.library()
        var builder = IndexBuilder()
        var after: Int64 = 0
        while true {
            let page = try store.indexableText(afterId: after, limit: 100)
            guard let last = page.last else { break }
            for paper in page { builder.add(id: paper.id, title: paper.title, abstract: paper.abstract) }
            after = last.id
        }
        builder.finish()
        let lookup = RelatedLookup(index: builder.index, store: store)
        let model = try BrowserModel(store: store, height: 35, width: 120, relatedEnabled: true)
        return (model, lookup)
    }

    static func answer(_ model: inout BrowserModel, _ lookup: RelatedLookup) throws {
        if let id = model.takeRelatedRequest() { model.receiveRelated(for: id, rows: try lookup.rows(for: id)) }
    }

    /// The terms column is as wide as the widest terms on show, so titles line up.
    @Test func theTermsColumnLinesUp() throws {
        var (model, _) = try Self.browser()
        let request = model.takeRelatedRequest()
        let id = try #require(request)
        model.receiveRelated(for: id, rows: [
            RelatedRow(id: 1, key: "a", title: "Short terms paper", score: 0.5, terms: ["rank"]),
            RelatedRow(id: 2, key: "b", title: "Long terms paper", score: 0.4, terms: ["neural networks", "regularization"]),
        ])
        let lines = BrowserView.render(model).text.split(separator: "\n").map(String.init)
        func column(of text: String, inLineWith title: String) -> Int? {
            guard let line = lines.first(where: { $0.contains(title) }), let range = line.range(of: text) else { return nil }
            return line.distance(from: line.startIndex, to: range.lowerBound)
        }
        let short = try #require(column(of: "rank", inLineWith: "Short terms paper"))
        let long = try #require(column(of: "neural networks", inLineWith: "Long terms paper"))
        #expect(short == long)
    }

    /// A starred related paper carries the star mark, as in the list.
    @Test func starredRelatedPapersAreMarked() throws {
        var (model, lookup) = try Self.browser()
        for _ in 0..<3 { model.handle(.character("j")) }
        let request = model.takeRelatedRequest()
        let id = try #require(request)
        let first = try #require(try lookup.rows(for: id).first)
        #expect(!first.isStarred)
        try model.store.setStarred(first.id, true)
        let rows = try lookup.rows(for: id)
        #expect(rows.first?.isStarred == true && rows.dropFirst().allSatisfy { !$0.isStarred })
        model.receiveRelated(for: id, rows: rows)
        let screen = BrowserView.render(model).text
        let marked = screen.split(separator: "\n").filter { $0.range(of: #"\d\.\d\d \*\S"#, options: .regularExpression) != nil }
        #expect(marked.count == 1 && marked.first?.contains(String(format: "%.2f *", first.score) + TeXText.plain(first.title).prefix(10)) == true,
                "\(screen)")
    }

    @Test func followingBackAndForward() throws {
        var (model, lookup) = try Self.browser()
        for _ in 0..<3 { model.handle(.character("j")) }   // a "Filler paper ... diffusion models"
        try Self.answer(&model, lookup)
        let start = try #require(model.detail)
        #expect(model.related.rows.count > 3)
        #expect(model.related.rows.allSatisfy { $0.title.hasPrefix("Filler paper") && !$0.terms.isEmpty })
        #expect(BrowserView.render(model).text.contains("Related papers (\(model.related.rows.count))"))
        // The shared terms read as the papers write them, not as stems ("diffus_model").
        let terms = model.related.rows.flatMap(\.terms)
        #expect(terms.allSatisfy { !$0.contains("_") } && terms.contains("diffusion models"), "\(terms)")

        model.handle(.tab); model.handle(.tab)
        #expect(model.focus == .related)
        model.handle(.character("j"))
        let target = try #require(model.related.selectedRow)
        model.handle(.enter)
        #expect(model.detail?.id == target.id)
        #expect(model.trail.ids == [start.id, target.id].compactMap { $0 })
        try Self.answer(&model, lookup)
        #expect(model.related.paperId == target.id)

        model.handle(.character("["))
        #expect(model.detail?.id == start.id)
        model.handle(.character("]"))
        #expect(model.detail?.id == target.id)
        model.handle(.character("]"))
        #expect(model.message?.text == "At the end of the trail")
        #expect(model.list.selected == 3)
    }

    /// `H` lists the trail; Enter on an earlier paper goes there and keeps the papers after
    /// it, so `]` still goes forward (a web browser's history menu, not a new trail).
    @Test func theTrailOverlayListsTheTrailAndJumps() throws {
        var (model, lookup) = try Self.browser()
        model.handle(.character("H"))
        #expect(model.trailListing?.entries.count == 1, "the paper on show starts the trail")
        model.handle(.escape)
        #expect(model.trailListing == nil)
        for _ in 0..<3 { model.handle(.character("j")) }
        try Self.answer(&model, lookup)
        let start = try #require(model.detail)
        model.handle(.tab); model.handle(.tab)
        model.handle(.enter)
        let second = try #require(model.detail)
        try Self.answer(&model, lookup)
        model.handle(.character("j"))
        model.handle(.enter)
        let third = try #require(model.detail)
        #expect(Set([start.id, second.id, third.id]).count == 3)

        model.handle(.character("H"))
        let listing = try #require(model.trailListing)
        #expect(listing.entries.map(\.id) == [start.id, second.id, third.id].compactMap { $0 })
        #expect(listing.entries.map(\.title) == [start.title, second.title, third.title])
        #expect(listing.cursor == 2 && listing.current == 2)
        #expect(model.keyContext == .trail)
        let screen = BrowserView.render(model).text
        #expect(screen.contains("Trail 3/3"), "\(screen)")
        #expect(screen.contains("▸"), "the paper on show is marked")

        model.handle(.character("g"))
        #expect(model.trailListing?.cursor == 0)
        model.handle(.character("j"))
        model.handle(.character("q"))   // q closes the overlay, it does not quit
        #expect(model.trailListing == nil && !model.wantsQuit)
        #expect(model.detail?.id == third.id, "closing goes nowhere")

        model.handle(.character("H"))
        model.handle(.character("g"))
        model.handle(.enter)
        #expect(model.trailListing == nil)
        #expect(model.detail?.id == start.id)
        #expect(model.trail.position == 0 && model.trail.ids.count == 3, "the trail is kept whole")
        #expect(model.related.isLoading, "the related pane follows the jump")
        model.handle(.character("]"))
        #expect(model.detail?.id == second.id)
        model.handle(.character("H"))
        #expect(model.trailListing?.cursor == 1 && model.trailListing?.current == 1)
        model.handle(.character("G"))
        #expect(model.trailListing?.cursor == 2)
        model.handle(.character("H"))
        #expect(model.trailListing == nil, "H toggles")
    }

    @Test func staleAnswersAreDropped() throws {
        var (model, lookup) = try Self.browser()
        let request = model.takeRelatedRequest()
        let first = try #require(request)
        model.handle(.character("j"))
        model.receiveRelated(for: first, rows: try lookup.rows(for: first))
        #expect(model.related.rows.isEmpty && model.related.isLoading)
        try Self.answer(&model, lookup)
        #expect(!model.related.isLoading)
        #expect(model.related.paperId == model.detail?.id)
    }
}

@Suite struct StatusLineTests {
    /// A message is never cut for the key hints: they fill only the room it leaves, most
    /// useful first, and give way altogether to a long one.
    @Test func aLongMessageTakesThePlaceOfTheHints() throws {
        var model = try UIFixtures.browser(height: 24, width: 80)
        let bare = BrowserView.render(model).rowText(23)
        #expect(bare.contains("?:help  /:filter  s:star"), "[\(bare)]")
        let text = "Imported the bundled corpus: added 560 papers"
        model.show(StatusMessage(text))
        let line = BrowserView.render(model).rowText(23)
        #expect(line.contains(text) && line.contains("?:help") && !line.contains("s:star"), "[\(line)]")
        model.show(StatusMessage(text + " and merged 76"))
        let longer = BrowserView.render(model).rowText(23)
        #expect(longer.contains(text + " and merged 76") && !longer.contains("?:help"), "[\(longer)]")
        model.show(StatusMessage("Starred"))
        let short = BrowserView.render(model).rowText(23)
        #expect(short.contains("Starred") && short.contains("?:help  /:filter"))
    }

    /// The hints follow the focus: the related pane's say how to follow and come back.
    @Test func theHintsFollowTheFocus() throws {
        var model = try UIFixtures.browser(height: 24, width: 120)
        #expect(BrowserView.render(model).rowText(23).contains("/:filter"))
        model.handle(.tab)
        #expect(BrowserView.render(model).rowText(23).contains("j/k:scroll"))
        model.handle(.character("T"))
        #expect(BrowserView.render(model).rowText(23).contains("Enter:filter  Space:mark"))
    }
}

@Suite struct OpenInBrowserTests {
    /// `O` asks for the arXiv page of the paper on show; a paper without an arXiv id says so.
    @Test func asksForTheArxivPageOrSaysThereIsNone() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        #expect(model.detail?.arxivId == "2401.00001")
        model.handle(.character("O"))
        let link = model.takeLinkRequest()
        #expect(link == "https://arxiv.org/abs/2401.00001")
        #expect(model.takeLinkRequest() == nil)
        while model.detail?.arxivId != nil { model.handle(.character("j")) }
        model.handle(.character("O"))
        #expect(model.takeLinkRequest() == nil)
        #expect(model.message?.text == "This paper has no arXiv id, so there is no page to open")
        model.handle(.character("P"))
        #expect(model.takeLinkRequest() == nil && model.message?.text == "This paper has no arXiv id, so there is no PDF to open")
        model.handle(.character("g"))
        model.handle(.character("P"))
        #expect(model.takeLinkRequest() == "https://arxiv.org/pdf/2401.00001")
    }
}

/// `d` asks, one key answers, and a removed paper leaves the list, the related pane and
/// the trail at once (the session's index still knows it; the store does not).
@Suite struct RemoveFlowTests {
    @Test func removingAsksFirstThenTakesThePaperOutEverywhere() throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        for _ in 0..<3 { model.handle(.character("j")) }
        try RelatedFlowTests.answer(&model, lookup)
        let total = model.list.count
        let victim = try #require(model.related.rows.first)
        // Follow a related paper, so the one removed is a trail step, not the list's row.
        model.handle(.tab); model.handle(.tab)
        model.handle(.enter)
        #expect(model.detail?.id == victim.id)
        model.handle(.character("d"))
        #expect(BrowserView.render(model).text.contains("Remove this paper from the library, with tags and notes? (y/n)"))
        model.handle(.character("n"))
        #expect(model.message?.text == "Nothing removed" && model.list.count == total && model.detail?.id == victim.id)

        model.handle(.character("d"))
        model.handle(.character("y"))
        #expect(model.list.count == total - 1)
        #expect(model.message?.text.hasPrefix("Removed 1 paper") == true)
        #expect(BrowserView.render(model).rowText(0).contains("\(total - 1) papers"), "the header counts the library anew")
        #expect(model.detail?.id != victim.id && model.detail != nil)
        #expect(model.trail.ids == [try #require(model.detail?.id)], "a new trail from the list's paper")
        try RelatedFlowTests.answer(&model, lookup)
        #expect(!model.related.rows.isEmpty && !model.related.rows.contains { $0.id == victim.id })

        // Marked papers go together, and the list keeps a selection.
        model.handle(.backTab); model.handle(.backTab)
        model.handle(.character("m")); model.handle(.character("m"))
        model.handle(.character("d"))
        #expect(BrowserView.render(model).text.contains("Remove 2 papers from the library"))
        model.handle(.character("Y"))
        #expect(model.list.count == total - 3 && model.marked.isEmpty && model.detail != nil)
    }

    /// In a list ranked by relevance the removed paper leaves the ranking (it is ranked
    /// again), and a ranking a worker began before the removal arrives without it.
    @Test func removingFromARankedSearchRanksAgainAndStaleRankingsLeaveItOut() throws {
        var model = try RankingModelTests.search("diffusion", limit: 100, height: 12, pageSize: 10)   // pages of 10 rows: the pager does not count the list itself
        #expect(!model.isRanking && model.pager.source is RankedPageSource)
        let before = try RankingModelTests.listedIds(&model)
        model.handle(.character("j"))
        let victim = try #require(model.detail?.id)
        model.handle(.character("d"))
        model.handle(.character("y"))
        // Counted exactly at once, not only once the pager reads to the end of the list.
        #expect(model.list.count == before.count - 1 && model.pager.total == before.count - 1 && model.list.selected == 1)
        #expect(BrowserView.render(model).rowText(0).contains("\(before.count - 1) of 43 papers"))
        let after = try RankingModelTests.listedIds(&model)
        #expect(after == before.filter { $0 != victim })
        #expect(model.detail?.id == after[1])

        var broad = try RankingModelTests.search("diffusion", limit: 10, height: 12, pageSize: 10)
        let taken = broad.takeRankingRequest()
        let query = try #require(taken).query
        let ranked = try broad.store.rankedIds(query, limit: RankedPageSource.cap)   // begun before
        broad.handle(.character("d"))
        broad.handle(.character("y"))
        let removed = try #require(broad.removedIds.first)
        if let again = broad.takeRankingRequest() { #expect(again.query == query) }
        broad.receiveRanking(for: query, ids: ranked)
        #expect(broad.pager.total == ranked.count - 1)
        let listed = try RankingModelTests.listedIds(&broad)
        #expect(listed == ranked.filter { $0 != removed } && broad.list.count == ranked.count - 1)
    }
}
