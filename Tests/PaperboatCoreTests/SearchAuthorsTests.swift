import Foundation
import GRDB
import Testing
@testable import PaperboatCore

/// A phrase in the authors matches within one name, never across two: `author:"li wei"`
/// finds Li Wei, not "Xiao Li, Wei Zhang" — in new libraries, after every kind of write, and
/// in libraries made before the index kept names apart.
@Suite struct SearchAuthorsTests {
    static let drafts = [
        PaperDraft(arxivId: "2401.00001", title: "Sparse attention", abstract: "Fewer keys.", authors: ["Xiao Li", "Wei Zhang"]),
        PaperDraft(arxivId: "2401.00002", title: "Dense retrieval", abstract: "More keys.", authors: ["Li Wei", "Ann Gu"]),
        PaperDraft(arxivId: "2401.00003", title: "Wei and Li", abstract: "A paper that says li wei in its abstract.", authors: ["Bo Chen"]),
    ]

    func keys(_ store: PaperStore, _ text: String) throws -> [String] {
        try store.search(QueryParser.parse(text), limit: 10).map(\.key).sorted()
    }

    func indexIsIntact(_ store: PaperStore) throws {
        try store.writer.write { try $0.execute(sql: "INSERT INTO paper_ft(paper_ft) VALUES ('integrity-check')") }
    }

    @Test func aPhraseMatchesWithinOneName() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts(Self.drafts, source: "t")
        #expect(try keys(store, #"author:"li wei""#) == ["2401.00002"])
        #expect(try keys(store, #"author:"wei zhang""#) == ["2401.00001"])
        #expect(try keys(store, "author:li") == ["2401.00001", "2401.00002"])
        #expect(try keys(store, "author:li author:wei") == ["2401.00001", "2401.00002"])
        // A bare phrase searches the text too: the abstract's "li wei" is found, the two names are not.
        #expect(try keys(store, #""li wei""#) == ["2401.00002", "2401.00003"])
        #expect(try keys(store, #""zhang li""#).isEmpty)
        try indexIsIntact(store)
    }

    @Test func writesKeepTheNamesApart() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts(Self.drafts, source: "t")
        try store.writer.write { db in
            try db.execute(sql: #"UPDATE paper SET authors = '["Wei Zhang", "Xiao Li"]' WHERE key = '2401.00001'"#)
        }
        #expect(try keys(store, #"author:"zhang xiao""#).isEmpty)
        #expect(try keys(store, #"author:"xiao li""#) == ["2401.00001"])
        try indexIsIntact(store)
        let id = try #require(try store.paper(key: "2401.00002")?.id)
        #expect(try store.removePapers([id]) == 1)
        #expect(try keys(store, #"author:"li wei""#).isEmpty)
        #expect(try keys(store, "author:gu").isEmpty)
        try indexIsIntact(store)
    }

    /// A library whose index holds the authors' JSON text is indexed again when it is opened.
    @Test func anEarlierLibraryIsIndexedAgainOnItsUpgrade() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-authors-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue, upTo: "v6-search-rendered-tex")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO paper(key, arxiv_id, title_key, title, abstract, authors, added_at)
                VALUES ('2401.00001', '2401.00001', 'sparse attention', 'Sparse attention', 'Fewer keys.',
                        '["Xiao Li", "Wei Zhang"]', '2024-01-01T00:00:00Z')
                """)
        }
        let crossed = try queue.read { try Int.fetchOne($0, sql: #"SELECT COUNT(*) FROM paper_ft WHERE paper_ft MATCH 'authors : "li wei"'"#) }
        #expect(crossed == 1, "the old index runs one name into the next")
        try queue.close()

        let store = try PaperStore(path: path)
        #expect(try keys(store, #"author:"li wei""#).isEmpty)
        #expect(try keys(store, #"author:"xiao li""#) == ["2401.00001"])
        #expect(try keys(store, "sparse") == ["2401.00001"])
        try indexIsIntact(store)
    }
}
