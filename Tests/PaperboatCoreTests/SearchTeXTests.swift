import Foundation
import GRDB
import Testing
@testable import PaperboatCore

/// Search reads titles and abstracts as the screen shows them, TeX rendered: `Fréchet` and
/// `frechet` find `Fr\'echet`, and `α` finds `$\alpha$` — in new libraries, after every kind
/// of write, and in libraries made before search rendered TeX.
@Suite struct SearchTeXTests {
    static let texPaper = PaperDraft(
        arxivId: "2401.00001", title: #"Conditional Fr\'echet Distance"#,
        abstract: #"We solve the Schr{\"o}dinger bridge with an $\alpha$-divergence."#)
    static let unicodePaper = PaperDraft(arxivId: "2401.00002", title: "Fréchet Audio Distance", abstract: "No TeX here.")

    func titles(_ store: PaperStore, _ text: String) throws -> [String] {
        try store.search(QueryParser.parse(text), limit: 10).map(\.title).sorted()
    }

    /// The full-text index is consistent with itself (FTS5's own check).
    func indexIsIntact(_ store: PaperStore) throws {
        try store.writer.write { try $0.execute(sql: "INSERT INTO paper_ft(paper_ft) VALUES ('integrity-check')") }
    }

    @Test func searchFindsTeXAsTheScreenShowsIt() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([Self.texPaper, Self.unicodePaper], source: "t")
        let both = [#"Conditional Fr\'echet Distance"#, "Fréchet Audio Distance"]
        #expect(try titles(store, "frechet") == both)
        let accented = try titles(store, "Fréchet")
        #expect(accented == both)
        #expect(try titles(store, "title:fréchet") == both)
        #expect(try titles(store, "schrödinger bridge") == [#"Conditional Fr\'echet Distance"#])
        #expect(try titles(store, "α") == [#"Conditional Fr\'echet Distance"#])
        #expect(try titles(store, "\"no tex here\"") == ["Fréchet Audio Distance"])
        // The row keeps the text as imported; only search reads the rendered copy.
        let stored = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT title, search_title, search_abstract FROM paper ORDER BY id")
        }
        #expect(stored[0]["title"] == #"Conditional Fr\'echet Distance"#)
        #expect(stored[0]["search_title"] == "Conditional Fréchet Distance")
        #expect((stored[0]["search_abstract"] as String?)?.contains("Schrödinger") == true)
        #expect(stored[1]["search_title"] as String? == nil && stored[1]["search_abstract"] as String? == nil)
        try indexIsIntact(store)
    }

    /// A star leaves the index alone; a merge that brings a new abstract, and a removal,
    /// keep it in step.
    @Test func everyWriteKeepsTheRenderedIndexInStep() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([Self.texPaper, Self.unicodePaper], source: "t")
        let id = try #require(try store.search(QueryParser.parse("schrodinger"), limit: 1).first?.id)
        try store.setStarred(id, true)
        #expect(try titles(store, "frechet is:starred") == [#"Conditional Fr\'echet Distance"#])
        let longer = PaperDraft(arxivId: "2401.00001", title: #"Conditional Fr\'echet Distance"#,
                                abstract: #"We solve the Schr{\"o}dinger bridge with an $\alpha$-divergence, and M{\"u}ller's too."#)
        #expect(try store.importDrafts([longer], source: "t") == [.merged])
        #expect(try titles(store, "müller") == [#"Conditional Fr\'echet Distance"#])
        #expect(try titles(store, "schrödinger") == [#"Conditional Fr\'echet Distance"#])
        try indexIsIntact(store)
        #expect(try store.removePapers([id]) == 1)
        #expect(try titles(store, "frechet") == ["Fréchet Audio Distance"])
        #expect(try titles(store, "schrödinger").isEmpty)
        try indexIsIntact(store)
    }

    /// A library made before search rendered TeX is brought up to it when it is opened.
    @Test func anEarlierLibraryIsIndexedAgainOnItsUpgrade() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-tex-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue, upTo: "v5-added-index")
        try queue.write { db in
            for (key, title, abstract) in [("2401.00001", Self.texPaper.title, Self.texPaper.abstract),
                                           ("2401.00002", Self.unicodePaper.title, Self.unicodePaper.abstract)] {
                try db.execute(sql: """
                    INSERT INTO paper(key, arxiv_id, title_key, title, abstract, added_at)
                    VALUES (?, ?, ?, ?, ?, '2024-01-01T00:00:00Z')
                    """, arguments: [key, key, key, title, abstract])
            }
        }
        try queue.close()
        let old = try DatabaseQueue(path: path)
        let before = try old.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper_ft WHERE paper_ft MATCH 'frechet'") }
        #expect(before == 1, "the old index holds the TeX as written")
        try old.close()

        let store = try PaperStore(path: path)
        #expect(try titles(store, "frechet") == [#"Conditional Fr\'echet Distance"#, "Fréchet Audio Distance"])
        #expect(try titles(store, "schrödinger") == [#"Conditional Fr\'echet Distance"#])
        try indexIsIntact(store)
    }
}
