import PaperboatCore
import Testing
@testable import PaperboatUI

/// Broad searches: matches in list order at once, relevance order when the worker's
/// ranking arrives, stale rankings dropped, the paper on show kept.
@Suite struct RankingModelTests {
    /// The browser after searching `text`, ranking at once up to `limit` matches; `pageSize`
    /// small makes the pager read only part of the list.
    static func search(_ text: String, limit: Int, height: Int = 35, pageSize: Int = 200) throws -> BrowserModel {
        var model = try UIFixtures.browser(height: height, width: 120, pageSize: pageSize)
        model.rankNowLimit = limit
        model.handle(.character("/"))
        OrganiseModelTests.type(text, into: &model)
        model.handle(.enter)
        return model
    }

    static func listedIds(_ model: inout BrowserModel) throws -> [Int64] {
        try model.pager.load(0..<model.pager.total)
        return (0..<model.pager.total).compactMap { model.pager.row(at: $0)?.id }
    }

    @Test func aBroadSearchListsAtOnceThenRanks() throws {
        var model = try Self.search("diffusion", limit: 10)
        #expect(model.isRanking)
        #expect(model.list.count == 40)
        #expect(BrowserView.render(model).rowText(0).contains("40 of 44 papers · ranking…"))
        let taken = model.takeRankingRequest()
        let request = try #require(taken)
        let query = request.query
        #expect(request.needsCount == false)
        #expect(model.takeRankingRequest() == nil)
        // Meanwhile the matches are in list order (newest first).
        let interim = try Self.listedIds(&model)
        let inListOrder = try model.store.rows(matching: query, after: nil, limit: 100).map(\.id)
        #expect(interim == inListOrder)

        let ranked = try model.store.rankedIds(query, limit: RankedPageSource.cap)
        #expect(ranked != interim)
        model.receiveRanking(for: query, ids: ranked)
        #expect(!model.isRanking)
        #expect(try Self.listedIds(&model) == ranked)
        #expect(model.list.selected == 0)
        let header = BrowserView.render(model).rowText(0)
        #expect(header.contains("40 of 44 papers") && !header.contains("ranking"))
    }

    @Test func theRankingKeepsThePaperOnShowAndDropsStaleAnswers() throws {
        var model = try Self.search("diffusion", limit: 10)
        let taken = model.takeRankingRequest()
        let query = try #require(taken).query
        model.handle(.character("j"))
        model.handle(.character("j"))
        let shown = try #require(model.detail?.id)
        let ranked = try model.store.rankedIds(query, limit: RankedPageSource.cap)
        model.receiveRanking(for: query, ids: ranked)
        #expect(model.detail?.id == shown)
        #expect(model.pager.row(at: model.list.selected)?.id == shown)

        // An answer for a search no longer in force changes nothing.
        model.handle(.character("/"))
        model.handle(.control("u"))
        OrganiseModelTests.type("Mamba", into: &model)
        model.handle(.enter)
        #expect(!model.isRanking && model.list.count == 1)
        model.receiveRanking(for: query, ids: ranked)
        #expect(model.list.count == 1)
    }

    @Test func aNarrowSearchIsRankedAtOnceAndAFailedRankingSaysSo() throws {
        var model = try Self.search("diffusion", limit: 100)
        #expect(!model.isRanking)
        let none = model.takeRankingRequest()
        #expect(none == nil)
        let query = try QueryParser.parse("diffusion")
        #expect(try Self.listedIds(&model) == model.store.rankedIds(query, limit: RankedPageSource.cap))

        var broad = try Self.search("diffusion", limit: 10)
        let taken = broad.takeRankingRequest()
        let request = try #require(taken).query
        broad.rankingFailed(for: request, StoreError.failed("disk gone"))
        #expect(!broad.isRanking && broad.list.count == 40)
        #expect(broad.message?.kind == .error && broad.message?.text.contains("disk gone") == true)
    }
}

/// Filters whose exact count would check too many papers one at a time: an upper bound at
/// once, the exact count from a worker, the paper on show kept.
@Suite struct ProvisionalCountModelTests {
    static func filter(_ text: String, budget: Int) throws -> BrowserModel {
        var model = try UIFixtures.browser(height: 35, width: 120)
        let ids = try model.store.rankedIds(.all, limit: 100)
        try model.store.addTags(["to-read"], to: Array(ids.prefix(12)))
        model.countCheckBudget = budget
        model.handle(.character("/"))
        OrganiseModelTests.type(text, into: &model)
        model.handle(.enter)
        return model
    }

    @Test func anExpensiveCountIsAnUpperBoundUntilTheWorkerCounts() throws {
        // 12 tagged papers, of which the three dated 2024 match: intersecting the sets is
        // cheap, so a budget of 0 is what leaves it for later.
        var model = try Self.filter("tag:to-read year:2024", budget: 0)
        #expect(model.countAwaited != nil)
        #expect(BrowserView.render(model).rowText(0).contains("up to 3 of 44 papers · counting…"))
        let taken = model.takeCountRequest()
        let query = try #require(taken)
        #expect(model.takeCountRequest() == nil)
        let exact = try model.store.paperCount(matching: query)
        #expect(exact == 3)
        model.receiveCount(for: query, count: exact)
        #expect(model.countAwaited == nil && model.list.count == 3)
        let header = BrowserView.render(model).rowText(0)
        #expect(header.contains("3 of 44 papers") && !header.contains("counting"))

        // A count for another filter is dropped.
        model.receiveCount(for: .all, count: 99)
        #expect(model.list.count == 3)
    }

    @Test func aCheapCountIsExactAtOnce() throws {
        let model = try Self.filter("tag:to-read year:2024", budget: 100)
        #expect(model.countAwaited == nil && model.list.count == 3)
        #expect(BrowserView.render(model).rowText(0).contains("3 of 44 papers"))
    }

    @Test func aBroadSearchWithAnExpensiveCountIsCountedWithItsRanking() throws {
        var model = try UIFixtures.browser(height: 35, width: 120)
        model.rankNowLimit = 10
        model.countCheckBudget = 2
        model.handle(.character("/"))
        // Capitals: the case of each of the 40 "filler" matches is checked one at a time.
        OrganiseModelTests.type("Filler", into: &model)
        model.handle(.enter)
        #expect(BrowserView.render(model).rowText(0).contains("up to 40 of 44 papers · ranking…"))
        let taken = model.takeRankingRequest()
        let request = try #require(taken)
        #expect(request.needsCount)
        let ids = try model.store.rankedIds(request.query, limit: RankedPageSource.cap)
        model.receiveRanking(for: request.query, ids: ids, count: try model.store.paperCount(matching: request.query))
        #expect(ids.count == 40)
        #expect(BrowserView.render(model).rowText(0).contains("40 of 44 papers"))
        #expect(!model.isRanking)
    }
}
