import Foundation
import PaperboatCore
import Testing
@testable import PaperboatUI

/// A list of `count` synthetic rows that records how many rows each query returned.
final class CountingSource: PaperPageSource, @unchecked Sendable {
    let rows: [PaperListRow]
    private(set) var queries = 0
    private(set) var rowsReturned = 0
    private(set) var largestQuery = 0

    /// What ``rowCount()`` says: the true count, or more (a provisional upper bound).
    let claimedCount: Int

    init(count: Int, claiming claimed: Int? = nil) {
        // List order: id descending, all with the same date.
        rows = (0..<count).map { i in PaperListRow(id: Int64(count - i), key: "k\(count - i)", title: "Paper \(count - i)") }
        claimedCount = claimed ?? count
    }

    func rowCount() throws -> Int { claimedCount }

    func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        let start = cursor.map { c in rows.firstIndex { $0.id < c.id } ?? rows.count } ?? 0
        return record(Array(rows[start..<min(rows.count, start + limit)]))
    }

    func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        let end = cursor.map { c in rows.firstIndex { $0.id <= c.id } ?? rows.count } ?? rows.count
        return record(Array(rows[max(0, end - limit)..<end]))
    }

    private func record(_ page: [PaperListRow]) -> [PaperListRow] {
        queries += 1
        rowsReturned += page.count
        largestQuery = max(largestQuery, page.count)
        return page
    }
}

@Suite struct PaperPagerTests {
    @Test func loadsOnlyTheWindowItShows() throws {
        let source = CountingSource(count: 100_000)
        var pager = try PaperPager(source: source, pageSize: 50)
        try pager.load(0..<30)
        #expect(pager.row(at: 0)?.title == "Paper 100000")
        #expect(pager.row(at: 29)?.title == "Paper 99971")
        #expect(source.rowsReturned == 50)
    }

    @Test func walkingDownTheWholeListKeepsTheBufferBounded() throws {
        let source = CountingSource(count: 5_000)
        var pager = try PaperPager(source: source, pageSize: 40)
        var top = 0
        while top < 5_000 {
            try pager.load(top..<(top + 30))
            for i in top..<min(5_000, top + 30) {
                #expect(pager.row(at: i)?.id == Int64(5_000 - i))
            }
            #expect(pager.bufferedCount <= pager.capacity + 40)
            top += 30
        }
        #expect(source.largestQuery <= 40)
        #expect(source.rowsReturned < 5_000 + 200)
    }

    @Test func jumpingToTheEndFetchesFromTheBottom() throws {
        let source = CountingSource(count: 1_000_000)
        var pager = try PaperPager(source: source, pageSize: 100)
        try pager.load(0..<20)
        try pager.load(999_980..<1_000_000)
        #expect(pager.row(at: 999_999)?.title == "Paper 1")
        #expect(pager.row(at: 999_980)?.title == "Paper 20")
        // One fetch from each end, each only as far as wanted and a margin.
        #expect(source.rowsReturned == 2 * (20 + PaperPager.margin))
        // And back up one page from there, through keyset queries only.
        try pager.load(999_850..<999_880)
        #expect(pager.row(at: 999_850)?.id == 150)
        #expect(source.largestQuery <= 100)
    }

    /// With a provisional total above the truth, reaching either end of the list corrects it,
    /// and the exact count later settles it without moving rows fetched from the top.
    @Test func aProvisionalTotalIsCorrectedAtTheEndsAndSettles() throws {
        var short = try PaperPager(source: CountingSource(count: 30, claiming: 500), pageSize: 100)
        #expect(short.total == 500)
        try short.load(0..<20)
        #expect(short.total == 30 && short.row(at: 29)?.title == "Paper 1")

        // Paging down from the top meets the real end.
        var long = try PaperPager(source: CountingSource(count: 1_000, claiming: 1_500), pageSize: 100)
        var top = 0
        while top < long.total {
            try long.load(top..<(top + 35))
            top += 35
        }
        #expect(long.total == 1_000 && long.row(at: 999)?.title == "Paper 1")
        #expect(long.settle(total: 1_000) == 0)

        // From the bottom first: rows sit at the provisional end, then move with the exact one.
        var bottom = try PaperPager(source: CountingSource(count: 1_000, claiming: 1_200), pageSize: 100)
        try bottom.load(1_180..<1_200)
        #expect(bottom.row(at: 1_199)?.title == "Paper 1")
        #expect(bottom.settle(total: 1_000) == -200)
        #expect(bottom.row(at: 999)?.title == "Paper 1" && bottom.total == 1_000)
        // Or paging up from a provisional end meets the top, and the rows are renumbered.
        var climb = try PaperPager(source: CountingSource(count: 250, claiming: 400), pageSize: 100)
        var start = 380
        try climb.load(start..<400)
        while start > 0 && climb.total == 400 {
            start -= 35
            try climb.load(max(0, start)..<(max(0, start) + 35))
        }
        #expect(climb.total == 250)
        #expect(climb.row(at: 0)?.title == "Paper 250" && climb.row(at: 249)?.title == "Paper 1")
    }

    @Test func pagesThroughARealStoreInOrder() throws {
        let store = try UIFixtures.library()
        var pager = try PaperPager(source: store, pageSize: 7)
        try pager.load(0..<44)
        let titles = (0..<44).compactMap { pager.row(at: $0)?.title }
        #expect(titles.count == 44)
        #expect(titles.first?.hasPrefix("Mamba") == true)
        #expect(titles.last == "Pointer Networks")
    }

    /// Ranked ids of papers removed since (by another process) are skipped, and each page
    /// is filled from further on, so the pager walks every paper still there, either way.
    @Test func aRankingWithRemovedPapersStillPagesThroughTheRest() throws {
        let store = try UIFixtures.library()
        let ranked = try store.rankedIds(QueryParser.parse("paper"), limit: 1_000)
        #expect(ranked.count > 30)
        let gone = [ranked[3], ranked[4], ranked[5], ranked[11], ranked[ranked.count - 1]]
        try store.removePapers(gone)
        let kept = ranked.filter { !gone.contains($0) }
        var pager = try PaperPager(source: RankedPageSource(store: store, ids: ranked, matchCount: ranked.count), pageSize: 4)
        var forward: [Int64] = []
        var index = 0
        while index < pager.total {
            try pager.load(index..<(index + 1))
            guard let row = pager.row(at: index) else { break }
            forward.append(row.id)
            index += 1
        }
        #expect(forward == kept)
        #expect(pager.total == kept.count, "the count is put right at the end of the list")
        var backward: [Int64] = []
        for i in stride(from: pager.total - 1, through: 0, by: -1) {
            try pager.load(i..<(i + 1))
            if let row = pager.row(at: i) { backward.append(row.id) }
        }
        #expect(backward == kept.reversed())
    }
}
