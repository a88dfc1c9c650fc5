import Foundation
import Testing

/// The command line of the real binary.
@Suite struct CommandLineEndToEndTests {
    var seeds: [String] {
        let folder = Harness.root.appendingPathComponent("Resources/seeds")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    @Test func importingTheSeedsTwiceAddsNothingTheSecondTime() throws {
        let db = try Harness.temporaryFolder() + "/x.sqlite"
        let first = try Harness.run(["import", "--db", db] + seeds)
        #expect(first.status == 0)
        #expect(first.stdout.contains("added 560, merged 76, rejected 0"))
        let second = try Harness.run(["import", "--db", db] + seeds)
        #expect(second.stdout.contains("added 0, merged 636, rejected 0"))
        let stats = try Harness.run(["stats", "--db", db, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        #expect(object?["papers"] as? Int == 560)
    }

    @Test func badLinesAreReportedWithFileAndLineAndTheRestImports() throws {
        let folder = try Harness.temporaryFolder()
        let file = folder + "/mixed.jsonl"
        try Data("""
            {"id": "2401.00001v2", "title": "Good", "summary": "ok", "authors": "A. One, B. Two", "categories": "cs.CL cs.AI"}
            {"id": "2401.00002", "title": 
            {"id": "2401.00003", "title": "Also good \\u001b[31mred"}
            """.utf8).write(to: URL(fileURLWithPath: file))
        let result = try Harness.run(["import", "--db", folder + "/x.sqlite", file])
        #expect(result.status == 0)
        #expect(result.stdout.contains("added 2, merged 0, rejected 1"))
        #expect(result.stderr.contains("rejected: \(file):2: not valid JSON"))
        let shown = try Harness.run(["show", "--db", folder + "/x.sqlite", "arXiv:2401.00001v5"])
        #expect(shown.stdout.contains("Authors     A. One, B. Two"))
        let listed = try Harness.run(["list", "--db", folder + "/x.sqlite"])
        #expect(listed.stdout.contains("Also good red"))
        #expect(!listed.stdout.contains("\u{1B}"))
        let json = try Harness.run(["show", "--db", folder + "/x.sqlite", "--json", "2401.00003"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == "Also good \u{1B}[31mred")
    }

    @Test func listAndShowSpeakJSONLines() throws {
        let db = try Harness.temporaryFolder() + "/x.sqlite"
        _ = try Harness.run(["import", "--db", db] + seeds)
        let listed = try Harness.run(["list", "--db", db, "--limit", "5", "--json"])
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["id"] is String && object?["title"] is String)
        }
        let id = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])["id"] as? String
        let shown = try Harness.run(["show", "--db", db, "--json", id ?? ""])
        #expect(shown.stdout.contains("\"abstract\""))
        let missing = try Harness.run(["show", "--db", db, "2999.99999"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no paper with id 2999.99999"))
        // A mistyped library path is an error, not a new empty library (or folder).
        let typo = try Harness.temporaryFolder() + "/no-such-folder/x.sqlite"
        for command in [["list"], ["stats"], ["search", "diffusion"], ["star", "2401.00001"], ["views"]] {
            let result = try Harness.run([command[0], "--db", typo] + command.dropFirst())
            #expect(result.status != 0 && result.stderr.contains("no library at \(typo)"), "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: (typo as NSString).deletingLastPathComponent))
    }

    /// Text output shows TeX as plain text for people; JSON keeps what arXiv wrote.
    @Test func texReadsPlainInTextAndStaysRawInJSON() throws {
        let folder = try Harness.temporaryFolder()
        let file = folder + "/tex.jsonl"
        try Data(#"""
            {"id": "2501.00001", "title": "GenM$^3$: Generative Motion", "abstract": "A $3\\times$ speed-up on \\textbf{MoS$_2$}.", "date": "2025-01-05"}
            """#.utf8).write(to: URL(fileURLWithPath: file))
        let db = folder + "/x.sqlite"
        #expect(try Harness.run(["import", "--db", db, file]).status == 0)
        let shown = try Harness.run(["show", "--db", db, "2501.00001"]).stdout
        #expect(shown.contains("GenM³: Generative Motion") && shown.contains("A 3× speed-up on MoS₂."))
        #expect(try Harness.run(["list", "--db", db]).stdout.contains("GenM³: Generative Motion"))
        let json = try Harness.run(["show", "--db", db, "--json", "2501.00001"]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == "GenM$^3$: Generative Motion")
        #expect(object?["abstract"] as? String == #"A $3\times$ speed-up on \textbf{MoS$_2$}."#)
    }

    @Test func theBrowserRefusesToStartWithoutATerminal() throws {
        let db = try Harness.temporaryFolder() + "/x.sqlite"
        let noTTY = try Harness.run(["--db", db])
        #expect(noTTY.status != 0)
        #expect(noTTY.stderr.contains("cannot start the browser"))
        let dumb = try Harness.runProcess("/usr/bin/script", ["-qec", "\(Harness.binary) --db \(db)", "/dev/null"],
                                          environment: ["TERM": "dumb"])
        #expect(dumb.status != 0)
        #expect(dumb.stdout.contains("TERM is \"dumb\""))
    }

    @Test func configChecksTheSettingsFileAndPrintsTheDefaults() throws {
        let folder = try Harness.temporaryFolder()
        let file = folder + "/config.toml"
        try Data("[browser]\norder = \"sideways\"\n".utf8).write(to: URL(fileURLWithPath: file))
        let bad = try Harness.run(["config", "--config", file])
        #expect(bad.status == 1 && bad.stderr.contains("\(file):2: order must be"), "\(bad.stderr)")
        let defaults = try Harness.run(["config", "--defaults"])
        #expect(defaults.status == 0 && defaults.stdout.contains("quit = [\"q\", \"C-c\"]"))
        try Data(defaults.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let good = try Harness.run(["config", "--config", file])
        #expect(good.status == 0 && good.stdout.contains("no problems"), "\(good.stdout) \(good.stderr)")
        let missing = try Harness.run(["config"], environment: ["XDG_CONFIG_HOME": folder + "/none"])
        #expect(missing.status == 0 && missing.stdout.contains("not there"))
    }

    @Test func relatedSpeaksJSONLinesForIdsAndStandardInput() throws {
        let folder = try Harness.temporaryFolder()
        let db = folder + "/x.sqlite"
        let file = folder + "/papers.jsonl"
        let lines = [
            #"{"id": "2401.00001", "title": "Diffusion models for image synthesis", "abstract": "Denoising diffusion models generate images."}"#,
            #"{"id": "2401.00002", "title": "Latent diffusion for images", "abstract": "Diffusion models trained in a latent space generate images."}"#,
            #"{"id": "2401.00003", "title": "State space models", "abstract": "Selective state space models for long sequences."}"#,
            #"{"id": "2401.00004", "title": "Mamba state spaces", "abstract": "State space sequence models scale linearly."}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try Harness.run(["import", "--db", db, file]).status == 0)
        let result = try Harness.run(["related", "--db", db, "--k", "2", "--json", "2401.00001v1", "2401.00003"])
        let objects = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 2)
        #expect(objects[0]["id"] as? String == "2401.00001")
        let related = objects[0]["related"] as? [[String: Any]] ?? []
        #expect(related.count == 2)
        #expect(related.first?["id"] as? String == "2401.00002")
        #expect((related.first?["score"] as? Double ?? 0) > 0)
        let firstTerms = related.first?["terms"] as? [String] ?? []
        #expect(firstTerms.contains("diffus"))
        // The same terms as the papers write them, in the same order.
        let firstWords = related.first?["words"] as? [String] ?? []
        #expect(firstWords.count == firstTerms.count)
        let stem = firstTerms.firstIndex(of: "diffus"), word = firstWords.firstIndex(of: "diffusion")
        #expect(stem != nil && stem == word, "\(firstTerms) \(firstWords)")
        let second = objects[1]["related"] as? [[String: Any]] ?? []
        #expect(second.first?["id"] as? String == "2401.00004")

        let piped = try Harness.runProcess("/bin/sh", ["-c", "printf '2401.00002\\n2401.00004\\n' | \(shellQuote(Harness.binary)) related --db \(shellQuote(db)) --json -"])
        #expect(piped.stdout.split(separator: "\n").count == 2)
        let missing = try Harness.run(["related", "--db", db, "9999.99999"])
        #expect(missing.status != 0 && missing.stderr.contains("no paper with id 9999.99999"))

        // --explain: under each neighbour, its score's parts, which add up to its score, then
        // its shared terms as the papers spell them, each with its weight, strongest first.
        let explained = try Harness.run(["related", "--db", db, "--k", "1", "--explain", "2401.00001"])
        let rows = explained.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 4, "\(explained.stdout)")
        let score = rows.count > 1 ? Double(rows[1].split(separator: " ").first ?? "") : nil
        let parts = rows.count > 2 ? rows[2].split(separator: " ").compactMap { Double($0) } : []
        #expect(rows.count > 2 && rows[2].trimmingCharacters(in: .whitespaces).hasPrefix("words ") && rows[2].contains(" + topic "), "\(rows)")
        #expect(parts.count == 3 && abs(parts.reduce(0, +) - (score ?? -1)) < 0.002, "\(rows)")
        // Entries are two spaces apart: the term (one or two words), a space, the weight.
        let entries = (rows.last ?? "").trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")
        let terms = entries.map { $0.split(separator: " ").dropLast().joined(separator: " ") }
        let weights = entries.compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        #expect(weights.count == entries.count && terms.contains("diffusion"), "\(rows)")
        #expect(weights.allSatisfy { $0 > 0 } && weights == weights.sorted(by: >), "\(weights)")
    }

    /// A library deleted and made again at the same path leaves the old one's index file
    /// beside it; the new library must rebuild it, not extend another library's index.
    @Test func anIndexLeftByAnotherLibraryIsRebuiltNotExtended() throws {
        let folder = try Harness.temporaryFolder()
        let db = folder + "/x.sqlite"
        let first = folder + "/first.jsonl", second = folder + "/second.jsonl"
        try Data([
            #"{"id": "2401.00001", "title": "Diffusion models for image synthesis", "abstract": "Denoising diffusion models generate images."}"#,
            #"{"id": "2401.00002", "title": "Latent diffusion for images", "abstract": "Diffusion models in a latent space generate images."}"#,
        ].joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: first))
        try Data([
            #"{"id": "2402.00001", "title": "State space models", "abstract": "Selective state space models for long sequences."}"#,
            #"{"id": "2402.00002", "title": "Protein folding", "abstract": "Predicting protein structure from sequences of amino acids."}"#,
            #"{"id": "2402.00003", "title": "Mamba state spaces", "abstract": "State space sequence models scale linearly."}"#,
        ].joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: second))
        #expect(try Harness.run(["import", "--db", db, first]).status == 0)
        #expect(FileManager.default.fileExists(atPath: db + ".related"))
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let again = try Harness.run(["import", "--db", db, second])
        #expect(again.stderr.contains("Related-papers index rebuilt (it was built for another library"), "\(again.stderr)")
        let related = try Harness.run(["related", "--db", db, "--k", "1", "--json", "2402.00001"])
        #expect(related.stdout.contains(#""id":"2402.00003""#), "\(related.stdout)")
        #expect(!related.stderr.contains("rebuilt"), "the rebuilt index is current: \(related.stderr)")
    }

    @Test func importTakesADirectoryAndStandardInput() throws {
        let folder = try Harness.temporaryFolder()
        let db = folder + "/x.sqlite"
        let dumps = folder + "/dumps"
        try FileManager.default.createDirectory(atPath: dumps + "/empty", withIntermediateDirectories: true)
        for seed in seeds.prefix(2) {
            try FileManager.default.copyItem(atPath: seed, toPath: dumps + "/" + (seed as NSString).lastPathComponent)
        }
        let imported = try Harness.run(["import", "--db", db, dumps])
        #expect(imported.status == 0 && imported.stdout.contains("Imported 2 files: added 88, merged 17, rejected 0"), "\(imported.stdout)")
        let empty = try Harness.run(["import", "--db", db, dumps + "/empty"])
        #expect(empty.status == 1 && empty.stderr.contains("rejected: \(dumps)/empty: a directory with no files to import"), "\(empty.stderr)")
        let line = #"{"id": "2401.00009", "title": "Piped in", "abstract": "A paper read from standard input."}"#
        let piped = try Harness.runProcess("/bin/sh", ["-c", "echo \(shellQuote(line)) | \(shellQuote(Harness.binary)) import --db \(shellQuote(db)) -"])
        #expect(piped.status == 0 && piped.stdout.contains("added 1, merged 0"), "\(piped.stdout) \(piped.stderr)")
        #expect(try Harness.run(["show", "--db", db, "2401.00009"]).stdout.contains("Source      stdin"))
    }

    @Test func graphPrintsJSONAndDotThatGraphvizRenders() throws {
        let db = try Harness.temporaryFolder() + "/x.sqlite"
        let seeds = Harness.root.appendingPathComponent("Resources/seeds/002_9d533ba750abefce.txt").path
        _ = try Harness.run(["import", "--db", db, seeds])
        let first = try Harness.run(["list", "--db", db, "--limit", "1", "--json"]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        let id = try #require(object?["id"] as? String)

        let json = try Harness.run(["graph", "--db", db, "--format", "json", id])
        let graph = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let nodes = graph?["nodes"] as? [[String: Any]] ?? []
        let edges = graph?["edges"] as? [[String: Any]] ?? []
        #expect((15...41).contains(nodes.count))
        #expect(nodes.first?["id"] as? String == id && nodes.first?["depth"] as? Int == 0)
        #expect(nodes.contains { $0["depth"] as? Int == 2 })
        #expect(!edges.isEmpty && edges.allSatisfy { ($0["weight"] as? Double ?? 0) > 0 })

        let dot = try Harness.run(["graph", "--db", db, "--format", "dot", "--depth", "1", id])
        let folder = try Harness.temporaryFolder()
        try Data(dot.stdout.utf8).write(to: URL(fileURLWithPath: folder + "/g.dot"))
        let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let renderer = try #require(dotPath, "Graphviz dot is not installed (.ci/run installs graphviz)")
        let rendered = try Harness.runProcess(renderer, ["-Tsvg", folder + "/g.dot", "-o", folder + "/g.svg"])
        #expect(rendered.status == 0, "dot failed: \(rendered.stderr)")
        let svg = String(decoding: FileManager.default.contents(atPath: folder + "/g.svg") ?? Data(), as: UTF8.self)
        #expect(svg.contains("<svg") && svg.contains("class=\"edge\""))
    }
}
