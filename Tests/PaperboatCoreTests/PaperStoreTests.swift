import Foundation
import GRDB
import Testing
@testable import PaperboatCore

@Suite struct PaperStoreTests {
    /// A store of `count` papers over three dates.
    static func store(count: Int) throws -> PaperStore {
        let store = try PaperStore.inMemory()
        let drafts = (0..<count).map { i in
            PaperDraft(title: "Paper \(i)", date: ["2024-01-0\(1 + i % 3)", "", "--09-08"][i % 3 == 2 ? 2 : (i % 5 == 0 ? 1 : 0)])
        }
        _ = try store.importDrafts(drafts, source: "test")
        return store
    }

    /// A page's tags and notes in two queries agree with asking paper by paper.
    @Test func annotationsOfAPageMatchEachPapersTagsAndNote() throws {
        let store = try Self.store(count: 6)
        let ids = try store.rows(after: nil, limit: 6).map(\.id)
        try store.addTags(["zeta"], to: [ids[0], ids[2]])
        try store.addTags(["alpha"], to: [ids[2], ids[3]])
        try store.setNote(ids[3], "Read the appendix.")
        try store.setNote(ids[4], "Only a note.")
        let annotations = try store.annotations(ids: ids)
        for id in ids {
            #expect(annotations[id]?.tags ?? [] == (try store.tags(of: id)), "tags of \(id)")
            #expect(annotations[id]?.note == (try store.note(of: id)), "note of \(id)")
        }
        #expect(annotations[ids[2]]?.tags == ["zeta", "alpha"], "in the order the tags were made")
        #expect(annotations[ids[1]] == nil && annotations[ids[5]] == nil)
        #expect(try store.annotations(ids: []).isEmpty)
    }

    @Test func keysetPagesWalkTheWholeListInOrderWithoutRepeats() throws {
        let store = try Self.store(count: 137)
        var seen: [PaperListRow] = []
        var cursor: ListCursor?
        while true {
            let page = try store.rows(after: cursor, limit: 10)
            guard let last = page.last else { break }
            #expect(page.count <= 10)
            seen += page
            cursor = last.cursor
        }
        #expect(seen.count == 137)
        #expect(Set(seen.map(\.id)).count == 137)
        let order = seen.map { ($0.date, $0.id) }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) })
        #expect(seen.first?.date == "2024-01-02")
        #expect(seen.last?.date == "")
    }

    @Test func pagesBackwardsMatchPagesForwards() throws {
        let store = try Self.store(count: 50)
        let all = try store.rows(after: nil, limit: 100)
        let tail = try store.rows(before: nil, limit: 7)
        #expect(tail == Array(all.suffix(7)))
        let middle = try store.rows(before: all[20].cursor, limit: 5)
        #expect(middle == Array(all[15..<20]))
    }

    @Test func aFileLibraryUsesWALAndSurvivesReopening() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = root.appendingPathComponent("nested")
        let path = dir.appendingPathComponent("library.sqlite").path
        do {
            let store = try PaperStore(path: path)
            _ = try store.importDrafts([PaperDraft(title: "Kept")], source: "t")
            let mode = try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
            let foreignKeys = try store.writer.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") }
            #expect(foreignKeys == true)
        }
        let reopened = try PaperStore(path: path)
        #expect(try reopened.paperCount() == 1)
    }

    @Test func theFullTextIndexFollowsThePaperTable() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([
            PaperDraft(title: "Transformers for translation", abstract: "Attention."),
            PaperDraft(title: "Diffusion models", abstract: "Denoising.", authors: ["Jonathan Ho"]),
        ], source: "t")
        let hits = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT paper.title FROM paper_ft JOIN paper ON paper.id = paper_ft.rowid WHERE paper_ft MATCH ?",
                                arguments: [FTS5Pattern(matchingAllTokensIn: "transformer")])
        }
        #expect(hits == ["Transformers for translation"])
        let byAuthor = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper_ft WHERE paper_ft MATCH 'authors:ho'")
        }
        #expect(byAuthor == 1)
    }

    /// The store keeps dates in one of three forms, whatever a draft carries, so year ranges
    /// over the date strings are exact.
    @Test func datesAreStoredInTheirNormalForm() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([
            PaperDraft(title: "A", date: "2024-03-05T10:00:00Z"), PaperDraft(title: "B", date: "--09-08"),
            PaperDraft(title: "C", date: "Sep 8, 2023"), PaperDraft(title: "D", date: "2x24-01-01"),
            PaperDraft(title: "E", date: "--13-40"), PaperDraft(title: "F", date: ""),
        ], source: "t")
        let dates = try store.writer.read { try [String: String](uniqueKeysWithValues:
            Row.fetchAll($0, sql: "SELECT title, date FROM paper").map { ($0["title"], $0["date"]) }) }
        #expect(dates == ["A": "2024-03-05", "B": "--09-08", "C": "2023-09-08", "D": "", "E": "", "F": ""])
        #expect(try store.paperCount(matching: QueryParser.parse("year:>=2024")) == 1)
        #expect(try store.paperCount(matching: QueryParser.parse("year:<2024")) == 1)
    }

    /// The kept count follows imports, merges (not counted twice) and deletions, and a
    /// library that already had papers when the count was added starts right.
    @Test func theKeptPaperCountFollowsEveryChange() throws {
        let store = try PaperStore.inMemory()
        func rows() throws -> Int { try store.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper") ?? -1 } }
        _ = try store.importDrafts([PaperDraft(arxivId: "2401.00001", title: "A"), PaperDraft(title: "B")], source: "t")
        _ = try store.importDrafts([PaperDraft(arxivId: "2401.00001", title: "A again"), PaperDraft(title: "C")], source: "t")
        #expect(try rows() == 3)
        #expect(try store.paperCount() == 3)
        try store.writer.write { try $0.execute(sql: "DELETE FROM paper WHERE title = 'B'") }
        #expect(try rows() == 2)
        #expect(try store.paperCount() == 2)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        _ = try PaperStore(path: path).importDrafts([PaperDraft(title: "X"), PaperDraft(title: "Y")], source: "t")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            // As before v3: no kept count and no triggers.
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3-paper-count'")
            try db.execute(sql: "DROP TRIGGER paper_count_insert; DROP TRIGGER paper_count_delete; DELETE FROM library_meta WHERE name = 'paper_count'")
        }
        #expect(try PaperStore(path: path).paperCount() == 2)
    }

    /// Removing papers takes their tags, notes and search entries with them, keeps the
    /// rest, and marks the library rewritten, so the related index is rebuilt, not extended.
    @Test func removingPapersTakesTheirAnnotationsAndMarksTheTextRewritten() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([
            PaperDraft(title: "Transformers for translation", abstract: "Attention."),
            PaperDraft(title: "Diffusion models", abstract: "Denoising."),
            PaperDraft(title: "State space models", abstract: "Selective scans."),
        ], source: "t")
        // In the order imported: the transformers paper first.
        let ids = try store.rows(after: nil, limit: 3).map(\.id).sorted()
        try store.addTags(["keep"], to: ids)
        try store.setNote(ids[0], "gone with it")
        try store.setNote(ids[1], "stays")
        let before = try store.generations()
        #expect(try store.removePapers([ids[0], ids[0], 999]) == 1)
        #expect(try store.paperCount() == 2)
        #expect(try store.rows(after: nil, limit: 3).map(\.id).sorted() == Array(ids.dropFirst()))
        #expect(try store.paperCount(matching: QueryParser.parse("tag:keep")) == 2)
        #expect(try store.note(of: ids[0]) == nil && store.note(of: ids[1]) == "stays")
        let orphans = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM paper_tag WHERE paper_id = ?) + (SELECT COUNT(*) FROM note WHERE paper_id = ?)",
                             arguments: [ids[0], ids[0]])
        }
        #expect(orphans == 0)
        #expect(try store.paperCount(matching: QueryParser.parse("transformers")) == 0)
        #expect(try store.paperCount(matching: QueryParser.parse("diffusion")) == 1)
        let after = try store.generations()
        #expect(after.generation == before.generation + 1 && after.rewrite == before.rewrite + 1)
        #expect(try store.removePapers([ids[0]]) == 0)
        #expect(try store.generations() == after, "removing nothing changes nothing")
    }

    @Test func rejectsALibraryFromANewerVersion() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        _ = try PaperStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
        #expect(throws: StoreError.newerSchema(path: path)) { try PaperStore(path: path) }
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])
                == "/x/data/paperboat/library.sqlite")
        #expect(StoreLocation.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/paperboat/library.sqlite")
    }

    /// The outside-change counter moves when another connection (another program) commits,
    /// and not for the store's own writes.
    @Test func theOutsideChangeCounterMovesOnlyForOtherWriters() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-outside-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let browser = try PaperStore(path: path)
        _ = try browser.importDrafts([PaperDraft(title: "One", abstract: "First.")], source: "a.jsonl")
        let start = try browser.outsideChangeCounter()
        _ = try browser.importDrafts([PaperDraft(title: "Two", abstract: "Second.")], source: "a.jsonl")
        #expect(try browser.outsideChangeCounter() == start, "its own import")
        let other = try PaperStore(path: path)
        try other.setStarred(try #require(try other.rankedIds(.all, limit: 1).first), true)
        let after = try browser.outsideChangeCounter()
        #expect(after != start, "another connection's star")
        #expect(try browser.outsideChangeCounter() == after, "nothing new since")
    }

    /// A library of an earlier version is known to need its one-time upgrade before opening.
    @Test func anEarlierLibraryIsKnownToNeedAnUpgrade() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-upgrade-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        #expect(!PaperStore.needsUpgrade(path: path), "no file")
        try StoreMigrations.migrator.migrate(try DatabaseQueue(path: path), upTo: "v4-library-id")
        #expect(PaperStore.needsUpgrade(path: path))
        _ = try PaperStore(path: path)
        #expect(!PaperStore.needsUpgrade(path: path))
    }
}
