import Foundation
import PaperboatCore
import Testing
@testable import PaperboatUI

@Suite struct SidebarTests {
    static func tagged() throws -> BrowserModel {
        var model = try UIFixtures.browser(height: 35, width: 120)
        let ids = (0..<4).compactMap { model.pager.row(at: $0)?.id }
        try model.store.addTags(["to-read"], to: Array(ids[0...2]))
        try model.store.addTags(["diffusion"], to: [ids[2], ids[3]])
        try model.store.setStarred(ids[0], true)
        model.handle(.character("T"))
        return model
    }

    @Test func showsCountsAndFiltersByOneTag() throws {
        var model = try Self.tagged()
        #expect(model.focus == .sidebar)
        let names = model.sidebar?.entries.map { "\($0.name):\($0.count)" } ?? []
        #expect(names.prefix(2) == ["All papers:44", "Starred:1"])
        #expect(names.contains("to-read:3") && names.contains("diffusion:2"))
        assertSnapshot(BrowserView.render(model).trimmedText, named: "sidebar-120x35")
        while model.sidebar?.selected?.name != "to-read" { model.handle(.character("j")) }
        model.handle(.enter)
        #expect(model.filterDescription == "tag:to-read" && model.list.count == 3)
    }

    @Test func theCursorStepsOverHeadings() throws {
        var model = try Self.tagged()
        var names: [String] = []
        for _ in 0..<8 {
            names.append(model.sidebar?.selected?.name ?? "?")
            model.handle(.character("j"))
        }
        // Down then up: never on "Tags", and the end stays on the last tag.
        #expect(names == ["All papers", "Starred", "Unread", "With notes", "Added this week", "to-read", "diffusion", "diffusion"])
        while model.sidebar?.selected?.name != "to-read" { model.handle(.character("k")) }
        model.handle(.character("k"))
        #expect(model.sidebar?.selected?.name == "Added this week")
        model.handle(.character("G"))
        #expect(model.sidebar?.selected?.kind == .tag)
    }

    @Test func allOfAndAnyOfMarkedTags() throws {
        var model = try Self.tagged()
        while model.sidebar?.selected?.name != "to-read" { model.handle(.character("j")) }
        model.handle(.character(" "))
        while model.sidebar?.selected?.name != "diffusion" { model.handle(.character("k")) }
        model.handle(.character(" "))
        model.handle(.enter)
        #expect(model.list.count == 1)
        model.handle(.character("g"))
        while model.sidebar?.selected?.name != "to-read" { model.handle(.character("j")) }
        model.handle(.character(" "))
        while model.sidebar?.selected?.name != "diffusion" { model.handle(.character("k")) }
        model.handle(.character(" "))
        model.handle(.character("|"))
        #expect(model.list.count == 4)
        #expect(model.filterDescription == "tag:to-read OR tag:diffusion" || model.filterDescription == "tag:diffusion OR tag:to-read")
    }

    @Test func savedViewsAppearWithLiveCounts() throws {
        var model = try Self.tagged()
        model.handle(.character("/"))
        for c in "tag:to-read is:starred" { model.handle(.character(c)) }
        model.handle(.enter)
        model.handle(.character("V"))
        for c in "Starred reading" { model.handle(.character(c)) }
        model.handle(.enter)
        #expect(model.sidebar?.entries.contains { $0.kind == .view && $0.name == "Starred reading" && $0.count == 1 } == true)
        model.handle(.tab)
        model.handle(.character("s"))   // unstar: the view's count follows
        #expect(model.sidebar?.entries.first { $0.name == "Starred reading" }?.count == 0)
    }
}

@Suite struct RecommendationPaneTests {
    @Test func likeATagShowsUntaggedPapersOnTheTopicWithTerms() throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        // Tag two "diffusion" filler papers; recommendations should be other filler papers.
        let fillers = (0..<44).compactMap { model.pager.row(at: $0) }.filter { $0.title.hasPrefix("Filler") }.prefix(2).map(\.id)
        try model.store.addTags(["diffusion"], to: Array(fillers))
        model.handle(.character("T"))
        while model.sidebar?.selected?.kind != .tag { model.handle(.character("j")) }
        model.handle(.character("W"))
        let request = model.takeRecommendationRequest()
        let wanted = try #require(request)
        #expect(model.related.isLoading && model.related.recommendedFor == "tag:diffusion")
        #expect(wanted.days == nil)
        model.receiveRecommendations(for: wanted, rows: try lookup.recommendations(for: wanted.query))
        #expect(!model.related.rows.isEmpty)
        #expect(model.related.rows.allSatisfy { !fillers.contains($0.id) && !$0.terms.isEmpty })
        #expect(model.related.rows.first?.title.hasPrefix("Filler paper") == true)
        #expect(BrowserView.render(model).text.contains("Like tag:diffusion, not yet tagged"))

        // W again: the last 7, then 30 days (before a fixed "now": the fillers are from
        // December 2023, three papers from early January 2024).
        let now = ISO8601DateFormatter().date(from: "2024-01-10T12:00:00Z") ?? Date()
        for (days, since) in [(7, "2024-01-03"), (30, "2023-12-11")] {
            model.handle(.character("W"))
            let next = model.takeRecommendationRequest()
            let request = try #require(next)
            #expect(request.days == days)
            #expect(BrowserView.render(model).text.contains("not yet tagged, last \(days) days"))
            // The answer for the previous window is dropped.
            model.receiveRecommendations(for: wanted, rows: [])
            #expect(model.related.isLoading)
            let rows = try lookup.recommendations(for: request.query, days: request.days, now: now)
            let dates = try model.store.summaries(ids: rows.map(\.id)).mapValues(\.date)
            #expect(!rows.isEmpty && rows.allSatisfy { (dates[$0.id] ?? "") >= since }, "last \(days) days")
            model.receiveRecommendations(for: request, rows: rows)
            #expect(!model.related.isLoading && model.related.rows == rows)
        }
        #expect(try lookup.recommendations(for: wanted.query, days: 30, now: now).count
                > lookup.recommendations(for: wanted.query, days: 7, now: now).count)
        // A window with nothing in it says so, and how to widen it.
        model.handle(.character("W"))
        let taken = model.takeRecommendationRequest()
        let widest = try #require(taken)
        model.receiveRecommendations(for: widest, rows: [])
        #expect(BrowserView.render(model).text.contains("None dated in the last 365 days (W: next window)."))
    }
}

/// Tags and saved views as wholes, from the sidebar.
@Suite struct SidebarCollectionTests {
    static func onEntry(_ name: String, _ model: inout BrowserModel) {
        model.handle(.character("g"))
        for _ in 0..<20 where model.sidebar?.selected?.name != name { model.handle(.character("j")) }
    }

    @Test func dDeletesTheTagUnderTheCursorAfterAYes() throws {
        var model = try SidebarTests.tagged()
        Self.onEntry("to-read", &model)
        model.handle(.character("d"))
        #expect(model.input?.prompt == "Delete tag to-read from 3 papers? (y/n) ")
        model.handle(.character("n"))
        #expect(model.message?.text == "Tag to-read kept")
        #expect(try model.store.tagCounts().count == 2)
        model.handle(.character("d"))
        model.handle(.character("y"))
        #expect(model.message?.text == "Deleted tag to-read from 3 papers")
        #expect(try model.store.tagCounts().map(\.name) == ["diffusion"])
        #expect(model.sidebar?.entries.contains { $0.name == "to-read" } == false)
        #expect(model.libraryCount == 44, "no paper was removed")
        // On a built-in entry d deletes nothing, and never the paper on show.
        model.handle(.character("g"))
        model.handle(.character("d"))
        #expect(model.input == nil && model.message?.text == "Only tags and saved views can be deleted" && model.libraryCount == 44)
    }

    @Test func tRenamesATagAndMergesIntoAnExistingOne() throws {
        var model = try SidebarTests.tagged()
        Self.onEntry("to-read", &model)
        model.handle(.character("t"))
        #expect(model.input?.prompt == "Rename tag to-read to: " && model.input?.text == "to-read")
        model.handle(.control("u"))
        for c in "queue" { model.handle(.character(c)) }
        model.handle(.enter)
        #expect(model.message?.text == "Renamed tag to-read to queue: 3 papers")
        #expect(try model.store.tagCounts().map(\.name) == ["queue", "diffusion"], "the tag keeps its place (its number key)")
        // Into an existing tag: the two become one.
        Self.onEntry("queue", &model)
        model.handle(.character("t"))
        model.handle(.control("u"))
        for c in "diffusion" { model.handle(.character(c)) }
        model.handle(.enter)
        #expect(model.message?.text == "Renamed tag queue to diffusion: 4 papers")
        #expect(try model.store.tagCounts().map { "\($0.name):\($0.count)" } == ["diffusion:4"])
        #expect(model.detailTags == ["diffusion"], "the paper on show reads its tags again")
    }

    @Test func dDeletesASavedViewAndSaysWhichViewsStillNameADeletedTag() throws {
        var model = try SidebarTests.tagged()
        try model.store.saveView(name: "reading", query: "tag:to-read is:unread")
        try model.store.saveView(name: "both", query: "tag:diffusion OR is:starred")
        model.reloadSidebar()
        Self.onEntry("both", &model)
        model.handle(.character("d"))
        #expect(model.input?.prompt == "Delete saved view both? (y/n) ")
        model.handle(.character("Y"))
        #expect(model.message?.text == "Deleted saved view both")
        #expect(try model.store.savedViews().map(\.name) == ["reading"])
        Self.onEntry("to-read", &model)
        model.handle(.character("d"))
        model.handle(.character("y"))
        #expect(model.message?.text == "Deleted tag to-read from 3 papers; saved views still naming tag:to-read: reading")
    }
}
