import Foundation
import Testing
@testable import PaperboatCore

@Suite struct LibraryImporterTests {
    @Test func importsTheSeedsMergingRepeatsAndIsIdempotent() throws {
        let store = try PaperStore.inMemory()
        let importer = LibraryImporter(store: store)
        #expect(Fixtures.seedFiles.count == 5)
        let first = importer.importFiles(Fixtures.seedFiles)
        #expect(first.added == 560)
        #expect(first.merged == 76)
        #expect(first.rejected.isEmpty)
        let second = importer.importFiles(Fixtures.seedFiles)
        #expect(second.added == 0)
        #expect(second.merged == 636)
        #expect(try store.paperCount() == 560)
    }

    @Test func mergesATitleOnlyPaperWithItsArxivRecord() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([PaperDraft(title: "Pointer Networks", abstract: "Short.", date: "--09-08")], source: "a.txt")
        let outcome = try store.importDrafts([PaperDraft(
            arxivId: "1506.03134", title: "Pointer  networks", abstract: "A longer abstract than before.",
            authors: ["Oriol Vinyals"], categories: ["stat.ML", "cs.LG"], date: "2015-06-09")], source: "b.jsonl")
        #expect(outcome == [.merged])
        #expect(try store.paperCount() == 1)
        let paper = try #require(try store.paper(key: "1506.03134v2"))
        #expect(paper.key == "1506.03134")
        #expect(paper.title == "Pointer Networks")
        #expect(paper.abstract == "A longer abstract than before.")
        #expect(paper.authors == ["Oriol Vinyals"])
        #expect(paper.date == "2015-06-09")
        #expect(paper.source == "a.txt")
    }

    @Test func differentArxivIdsWithTheSameTitleStayApart() throws {
        let store = try PaperStore.inMemory()
        let outcome = try store.importDrafts([
            PaperDraft(arxivId: "2401.00001", title: "Introduction"),
            PaperDraft(arxivId: "2401.00002", title: "Introduction"),
        ], source: "x")
        #expect(outcome == [.added, .added])
    }

    @Test func reportsFileProblemsAndImportsTheGoodLines() throws {
        let path = try Fixtures.temporaryFile("""
            {"id": "2401.00001", "title": "Good one"}
            not json at all
            {"id": "2401.00002", "title": "Good two"}
            """)
        let store = try PaperStore.inMemory()
        let report = LibraryImporter(store: store).importFiles([path, "/no/such/file.jsonl"])
        #expect(report.added == 2)
        #expect(report.rejected.map(\.description) == [
            "\(path):2: not valid JSON (\(report.rejected[0].reason.dropFirst("not valid JSON (".count).dropLast()))",
            "/no/such/file.jsonl: cannot read file (no such file)",
        ])
        #expect(report.rejected[0].line == 2)
    }

    /// An export's stars, read marks, tags and notes import with the papers, adding to what
    /// the library has and never taking from it; fields of the wrong type are warned of.
    @Test func annotationsImportWithoutLosingTheLibrarysOwn() throws {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([PaperDraft(arxivId: "2401.00001", title: "Kept note")], source: "a")
        let id = try #require(try store.paper(key: "2401.00001")?.id)
        try store.setNote(id, "My own thoughts.")
        try store.addTags(["mine"], to: [id])
        let path = try Fixtures.temporaryFile("""
            {"id": "2401.00001", "title": "Kept note", "starred": true, "tags": ["to-read", "mine"], "note": "From the other machine."}
            {"id": "2401.00002", "title": "New one", "read": true, "tags": ["to-read"], "note": "A note."}
            {"id": "2401.00003", "title": "Odd types", "starred": "yes", "tags": "to-read", "note": 3}
            """)
        let report = LibraryImporter(store: store).importFiles([path])
        #expect(report.added == 2 && report.merged == 1 && report.rejected.isEmpty)
        #expect(report.warnings.map(\.description) == [
            "\(path):3: \"starred\" is a string, not true or false; ignored",
            "\(path):3: \"tags\" is a string, not a list of strings; imported without tags",
            "\(path):3: \"note\" is a number or boolean, not a string; imported without a note",
        ])
        #expect(try store.paper(id: id)?.starredAt != nil)
        #expect(try store.tags(of: id) == ["mine", "to-read"])
        #expect(try store.note(of: id) == "My own thoughts.\n\nFrom the other machine.")
        let other = try #require(try store.paper(key: "2401.00002"))
        #expect(other.readAt != nil && other.starredAt == nil)
        #expect(try store.note(of: other.id ?? 0) == "A note." && (try store.tags(of: other.id ?? 0)) == ["to-read"])
        // The same file again: nothing doubles.
        _ = LibraryImporter(store: store).importFiles([path])
        #expect(try store.note(of: id) == "My own thoughts.\n\nFrom the other machine.")
        #expect(try store.tagCounts().map(\.count) == [1, 2])
    }

    @Test func rejectsFilesOfUnknownFormat() throws {
        let path = try Fixtures.temporaryFile("just some words\n", name: "notes.txt")
        let report = LibraryImporter(store: try PaperStore.inMemory()).importFile(path)
        #expect(report.rejected.count == 1)
        #expect(report.rejected[0].reason.hasPrefix("unknown format"))
    }

    @Test func reportsProgressToTheEnd() throws {
        let path = try Fixtures.temporaryFile((1...5).map { "{\"title\": \"Paper \($0)\"}" }.joined(separator: "\n"))
        let seen = ProgressLog()
        var importer = LibraryImporter(store: try PaperStore.inMemory())
        importer.batchSize = 2
        _ = importer.importFile(path) { _, done, total in seen.append(done, total) }
        #expect(seen.values.last?.0 == seen.values.last?.1)
        #expect(seen.values.count >= 3)
    }
}

/// Collects progress callbacks.
final class ProgressLog: @unchecked Sendable {
    private(set) var values: [(Int, Int)] = []
    func append(_ done: Int, _ total: Int) { values.append((done, total)) }
}
