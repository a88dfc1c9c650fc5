import Foundation
import Testing

/// `paperboat export`: BibTeX that a BibTeX parser reads without a warning, and JSON lines
/// that `import` reads back into the same library.
@Suite struct ExportCommandLineTests {
    var seeds: [String] {
        let folder = Harness.root.appendingPathComponent("Resources/seeds")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    /// Papers whose text would break a careless .bib file.
    static let awkward = [
        #"{"id": "2501.00001", "title": "R&D at 50% {unbalanced", "abstract": "Costs $5 and #1 in snake_case}.", "authors": ["Jörg Müller"], "categories": ["cs.CL"], "date": "2025-01-05"}"#,
        #"{"id": "2501.00002", "title": "GenM$^3$: LLMs \u001b[31mred", "abstract": "A $3\\times$ speed-up.", "authors": ["Jörg Müller"], "date": "2025-01-06"}"#,
    ]

    func library() throws -> (folder: String, db: String) {
        let folder = try Harness.temporaryFolder()
        let file = folder + "/awkward.jsonl"
        try Data(Self.awkward.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        let db = folder + "/x.sqlite"
        #expect(try Harness.run(["import", "--db", db, "--skip-related-index"] + seeds + [file]).status == 0)
        return (folder, db)
    }

    @Test func bibTeXParsesCleanlyAndCarriesTags() throws {
        let (folder, db) = try library()
        #expect(try Harness.run(["tag", "--db", db, "2501.00001", "thesis"]).status == 0)
        #expect(try Harness.run(["tag", "--db", db, "2501.00002", "thesis"]).status == 0)

        let tagged = try Harness.run(["export", "--db", db, "--query", "tag:thesis"])
        #expect(tagged.status == 0, "\(tagged.stderr)")
        #expect(tagged.stdout.components(separatedBy: "@misc{").count - 1 == 2)
        #expect(tagged.stdout.contains("@misc{muller2025genm,") && tagged.stdout.contains("@misc{muller2025rd,"))
        #expect(tagged.stdout.contains("title = {R\\&D at 50\\% unbalanced}"))
        #expect(tagged.stdout.contains("abstract = {Costs \\$5 and \\#1 in snake\\_case.}"))
        #expect(tagged.stdout.contains("title = {GenM$^3$: {LLMs} red}"))
        #expect(tagged.stdout.contains("keywords = {thesis}") && tagged.stdout.contains("month = jan"))
        #expect(!tagged.stdout.contains("\u{1B}"))

        let all = try Harness.run(["export", "--db", db])
        let file = folder + "/all.bib"
        try Data(all.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let bibtool = ["/usr/bin/bibtool", "/usr/local/bin/bibtool"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let parser = try #require(bibtool, "bibtool is not installed (.ci/run installs it)")
        let parsed = try Harness.runProcess(parser, [file, "-o", folder + "/out.bib"])
        #expect(parsed.status == 0 && parsed.stderr.isEmpty, "bibtool: \(parsed.stderr.prefix(2000))")
        let out = String(decoding: FileManager.default.contents(atPath: folder + "/out.bib") ?? Data(), as: UTF8.self)
        #expect(out.lowercased().components(separatedBy: "@misc{").count - 1 == 562, "every paper is one entry bibtool reads")
        let keys = all.stdout.split(separator: "\n").filter { $0.hasPrefix("@misc{") }
        #expect(Set(keys).count == keys.count, "keys are unique")

        let both = try Harness.run(["export", "--db", db, "--query", "x", "2501.00001"])
        #expect(both.status != 0 && both.stderr.contains("give ids or --query, not both"))
    }

    @Test func jsonLinesImportBackIntoTheSameLibrary() throws {
        let (folder, db) = try library()
        // What a reader added goes along: stars, read marks, tags and notes.
        #expect(try Harness.run(["tag", "--db", db, "2501.00001", "to-read", "deep learning"]).status == 0)
        #expect(try Harness.run(["star", "--db", db, "2501.00001", "2501.00002"]).status == 0)
        let exported = try Harness.run(["export", "--db", db, "--format", "jsonl"])
        #expect(exported.status == 0)
        let file = folder + "/library.jsonl"
        try Data(exported.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let copy = folder + "/copy.sqlite"
        let imported = try Harness.run(["import", "--db", copy, "--skip-related-index", file])
        #expect(imported.stdout.contains("added 562, merged 0, rejected 0"), "\(imported.stdout)\(imported.stderr)")
        let original = try Harness.run(["list", "--db", db, "--json"]).stdout
        let restored = try Harness.run(["list", "--db", copy, "--json"]).stdout
        let fields = { (text: String) -> [String] in
            text.split(separator: "\n").compactMap { line -> String? in
                guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
                return [o["id"], o["title"], o["date"], o["authors"], o["categories"]].map { "\($0 ?? "")" }.joined(separator: "|")
            }
        }
        // The same papers with the same fields (within a day, the copy lists them in the
        // order they were imported, which export wrote newest first).
        let before = fields(original).sorted(), after = fields(restored).sorted()
        #expect(before.count == 562 && after.count == 562)
        let firstDifference = zip(before, after).first { $0 != $1 }
        #expect(firstDifference == nil, "\(String(describing: firstDifference))")
        #expect(try Harness.run(["tags", "--db", copy]).stdout == "to-read  (1)\ndeep learning  (1)\n")
        #expect(try Harness.run(["show", "--db", copy, "2501.00001"]).stdout.contains("Starred     yes\nRead        no\nTags        to-read, deep learning\n"))
        #expect(Self.keys(try Harness.run(["search", "--db", copy, "--json", "is:starred"])).sorted() == ["2501.00001", "2501.00002"])
        // Importing the export again into the original loses and doubles nothing.
        let again = try Harness.run(["import", "--db", db, "--skip-related-index", file])
        #expect(again.stdout.contains("added 0, merged 562"), "\(again.stdout)")
        #expect(try Harness.run(["tags", "--db", db]).stdout == "to-read  (1)\ndeep learning  (1)\n")
    }

    /// A .bib file as Zotero writes one imports through the command line: the broken entry
    /// is reported with file and line, the good ones around it are kept, and `show` prints
    /// the TeX accents as the letters they stand for.
    @Test func bibTeXFileImportsAndReportsItsBrokenEntry() throws {
        let folder = try Harness.temporaryFolder()
        let file = folder + "/zotero.bib"
        let bib = """
            % Exported by Zotero
            @article{muller2021,
              title = {Sparse {Attention} for Long Documents},
              author = {M{\\"u}ller, J{\\"o}rg and Chollet, Fran{\\c c}ois},
              year = {2021}, month = mar,
              eprint = {2103.00042}, archivePrefix = {arXiv}, primaryClass = {cs.CL},
              keywords = {to-read, attention},
            }
            @misc{broken,
              title = {Never closed
              author = {Nobody}
            @inproceedings{second,
              title = "Graph Networks at Scale",
              author = "Ada Lovelace",
              year = 2019,
            }
            """
        try Data(bib.utf8).write(to: URL(fileURLWithPath: file))
        let db = folder + "/bib.sqlite"
        let imported = try Harness.run(["import", "--db", db, "--skip-related-index", file])
        #expect(imported.stdout.contains("added 2, merged 0, rejected 1"), "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stderr.contains("zotero.bib:9: entry broken, field title: the { that opens its value on line 10 is never closed"), "\(imported.stderr)")
        let shown = try Harness.run(["show", "--db", db, "2103.00042"])
        #expect(shown.stdout.contains("Sparse Attention for Long Documents"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Jörg Müller, François Chollet"), "\(shown.stdout)")
        #expect(try Harness.run(["tags", "--db", db]).stdout == "to-read  (1)\nattention  (1)\n")
        #expect(Self.keys(try Harness.run(["search", "--db", db, "--json", "graph networks"])).count == 1)
    }

    static func keys(_ output: Harness.Output) -> [String] {
        output.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        }
    }
}
