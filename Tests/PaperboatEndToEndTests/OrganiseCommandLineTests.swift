import Foundation
import Testing

/// Stars, tags, search, views and recommendations from the command line, across runs.
@Suite struct OrganiseCommandLineTests {
    static func library() throws -> String {
        let folder = try Harness.temporaryFolder()
        let file = folder + "/papers.jsonl"
        let lines = [
            #"{"id": "2401.00001", "title": "Diffusion models for image synthesis", "abstract": "Denoising diffusion models generate images.", "authors": ["Jonathan Ho"], "date": "2024-01-01"}"#,
            #"{"id": "2401.00002", "title": "Latent diffusion for images", "abstract": "Diffusion models in a latent space generate images.", "authors": ["Robin Rombach"], "date": "2024-01-02"}"#,
            #"{"id": "2401.00003", "title": "State space models", "abstract": "Selective state space models for long sequences.", "authors": ["Albert Gu"], "date": "2024-01-03"}"#,
            #"{"id": "2401.00004", "title": "Mamba state spaces", "abstract": "State space sequence models scale linearly.", "authors": ["Albert Gu", "Tri Dao"], "date": "2024-01-04"}"#,
            #"{"id": "2401.00005", "title": "Image diffusion transformers", "abstract": "Transformers for diffusion image generation.", "authors": ["William Peebles"], "date": "2024-01-05"}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        let db = folder + "/x.sqlite"
        _ = try Harness.run(["import", "--db", db, file])
        return db
    }

    static func ids(_ output: Harness.Output) -> [String] {
        output.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        }
    }

    /// `note` prints, sets (from an argument or standard input) and clears the note that
    /// `show`, search and `is:noted` read; a paper without a note is an error, as is an
    /// unknown id.
    @Test func notesAreReadWrittenAndClearedFromTheCommandLine() throws {
        let db = try Self.library()
        let none = try Harness.run(["note", "--db", db, "2401.00003"])
        #expect(none.status == 1 && none.stdout.isEmpty && none.stderr.contains("2401.00003 has no note"))
        let piped = try Harness.runProcess("/bin/sh", ["-c", "printf 'Read for the selective scan.\\nCompare with S4 \\033[31mred\\033[0m.\\n\\n' | "
            + "\(shellQuote(Harness.binary)) note --db \(shellQuote(db)) 2401.00003 --set -"])
        #expect(piped.status == 0 && piped.stdout == "2401.00003: note saved (2 lines)\n", "\(piped.stdout)\(piped.stderr)")
        let printed = try Harness.run(["note", "--db", db, "2401.00003"])
        #expect(printed.stdout == "Read for the selective scan.\nCompare with S4 red.\n", "no escape reaches the terminal, no blank line after")
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "is:noted"])) == ["2401.00003"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "selective scan"])) == ["2401.00003"], "notes are searched")
        #expect(try Harness.run(["show", "--db", db, "2401.00003"]).stdout.contains("Compare with S4 red."))
        #expect(try Harness.run(["note", "--db", db, "2401.00003", "--set", "Only this."]).stdout == "2401.00003: note saved (1 line)\n")
        #expect(try Harness.run(["note", "--db", db, "2401.00003"]).stdout == "Only this.\n")
        #expect(try Harness.run(["note", "--db", db, "2401.00003", "--clear"]).stdout == "2401.00003: note removed\n")
        #expect(try Harness.run(["note", "--db", db, "2401.00003", "--clear"]).stdout == "2401.00003: had no note\n")
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "is:noted"])).isEmpty)
        let both = try Harness.run(["note", "--db", db, "2401.00003", "--set", "x", "--clear"])
        #expect(both.status != 0 && both.stderr.contains("--set and --clear cannot go together"))
        let unknown = try Harness.run(["note", "--db", db, "2401.09999", "--set", "x"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no paper with id 2401.09999"))
    }

    /// `read` and `unread` by id, and `read --query` for every unread paper a query matches.
    @Test func papersAreMarkedReadByIdOrByQuery() throws {
        let db = try Self.library()
        let byQuery = try Harness.run(["read", "--db", db, "--query", "diffusion -synthesis -transformers"])
        #expect(byQuery.status == 0 && byQuery.stdout == "marked 1 paper read\n", "\(byQuery.stdout)\(byQuery.stderr)")
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "is:read"])) == ["2401.00002"])
        let byId = try Harness.run(["read", "--db", db, "2401.00002", "2401.00003"])
        #expect(byId.stdout == "marked 1 paper read (1 already were)\n", "\(byId.stdout)")
        #expect(try Harness.run(["unread", "--db", db, "2401.00002"]).stdout == "marked 1 paper unread\n")
        let unknown = try Harness.run(["read", "--db", db, "2401.00001", "2401.09999"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no paper with id 2401.09999"))
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "is:read"])) == ["2401.00003"], "nothing changed")
        #expect(try Harness.run(["read", "--db", db, "--query", "-is:read"]).stdout == "marked 4 papers read\n")
        #expect(try Harness.run(["read", "--db", db]).stderr.contains("give paper ids, or --query"))
    }

    @Test func tagsAreListedRenamedMergedAndDeletedAndViewsDeleted() throws {
        let db = try Self.library()
        _ = try Harness.run(["tag", "--db", db, "2401.00001", "to-read", "nerf"])
        _ = try Harness.run(["tag", "--db", db, "2401.00002", "toread"])
        _ = try Harness.run(["views", "--db", db, "--save", "queue", "tag:toread"])
        #expect(try Harness.run(["tags", "--db", db]).stdout == "to-read  (1)\nnerf  (1)\ntoread  (1)\n")
        let renamed = try Harness.run(["tags", "--db", db, "--rename", "toread", "to-read"])
        #expect(renamed.status == 0 && renamed.stdout.contains("renamed tag toread to to-read: 2 papers"))
        #expect(renamed.stderr.contains("saved views that still name tag:toread: queue"))
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "tag:to-read"])) == ["2401.00002", "2401.00001"])
        #expect(try Harness.run(["tags", "--db", db, "--delete", "nerf"]).stdout.contains("deleted tag nerf from 1 paper"))
        #expect(try Harness.run(["untag", "--db", db, "2401.00002", "to-read"]).stdout == "2401.00002: no tags\n")
        // A query that starts with - after --query, and after -- for search.
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "-tag:to-read", "--limit", "2"])) == ["2401.00005", "2401.00004"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "--", "-tag:to-read", "diffusion"])).sorted() == ["2401.00002", "2401.00005"])
        let missing = try Harness.run(["tags", "--db", db, "--delete", "nerf"])
        #expect(missing.status != 0 && missing.stderr.contains("no tag nerf"))
        #expect(try Harness.run(["views", "--db", db, "--delete", "queue"]).stdout.contains("deleted saved view queue"))
        #expect(try Harness.run(["views", "--db", db, "--delete", "queue"]).stderr.contains("no saved view queue"))
        let unnamed = try Harness.run(["views", "--db", db, "--save", " ", "tag:to-read"])
        #expect(unnamed.status != 0 && unnamed.stderr.contains("a saved view needs a name"))
        #expect(try Harness.run(["views", "--db", db]).stdout.isEmpty)
    }

    @Test func starTagSearchAndViewsPersistAcrossRuns() throws {
        let db = try Self.library()
        #expect(try Harness.run(["star", "--db", db, "2401.00003"]).status == 0)
        #expect(try Harness.run(["tag", "--db", db, "2401.00001", "to-read", "diffusion"]).stdout.contains("to-read, diffusion"))
        _ = try Harness.run(["tag", "--db", db, "2401.00002", "to-read"])
        _ = try Harness.run(["tag", "--db", db, "2401.00002", "done"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "is:starred"])) == ["2401.00003"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "tag:to-read -tag:done"])) == ["2401.00001"])
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "tag:to-read"])) == ["2401.00002", "2401.00001"])
        // list --query keeps list order (newest first), --limit included: the first N listed,
        // not the N most relevant (which search gives).
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--query", "models"])) == ["2401.00004", "2401.00003", "2401.00002", "2401.00001"])
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json", "--limit", "1", "--query", "models"])) == ["2401.00004"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "--limit", "1", "models"])) == ["2401.00001"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "author:gu", "state"])).sorted() == ["2401.00003", "2401.00004"])
        _ = try Harness.run(["untag", "--db", db, "2401.00002", "done"])
        _ = try Harness.run(["unstar", "--db", db, "2401.00003"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "is:starred"])).isEmpty)
        #expect(try Harness.run(["views", "--db", db, "--save", "Reading", "tag:to-read"]).stdout.contains("Reading  (2)  tag:to-read"))
        let bad = try Harness.run(["search", "--db", db, "(diffusion"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unclosed (") && bad.stderr.contains("^"))
    }

    /// `remove` checks every id first, takes the papers out, and rebuilds the related index
    /// so a removed paper is never offered as related; the browser does not refill an
    /// emptied library with the bundled corpus (checked in the store: generation > 0).
    @Test func removeTakesPapersOutOfListsSearchAndRelated() throws {
        let db = try Self.library()
        func related(_ id: String) throws -> [String] {
            let out = try Harness.run(["related", "--db", db, "--json", "--k", "4", id]).stdout
            let object = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
            return (object?["related"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try related("2401.00001").contains("2401.00002"))
        let refused = try Harness.run(["remove", "--db", db, "2401.00002", "2409.99999"])
        #expect(refused.status != 0 && refused.stderr.contains("no paper with id 2409.99999"))
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json"])).count == 5, "nothing removed when one id is wrong")
        let removed = try Harness.run(["remove", "--db", db, "2401.00002"])
        #expect(removed.status == 0 && removed.stdout.contains("removed 1 paper; library now has 4 papers"))
        #expect(removed.stderr.contains("Related-papers index rebuilt (papers were removed"))
        #expect(Self.ids(try Harness.run(["list", "--db", db, "--json"])) == ["2401.00005", "2401.00004", "2401.00003", "2401.00001"])
        #expect(Self.ids(try Harness.run(["search", "--db", db, "--json", "latent"])).isEmpty)
        #expect(try related("2401.00001").contains("2401.00005"))
        #expect(!(try related("2401.00001").contains("2401.00002")))
        #expect(try Harness.run(["show", "--db", db, "2401.00002"]).status != 0)
    }

    @Test func recommendFromATagFindsTheSameTopicAndLeavesOutTaggedPapers() throws {
        let db = try Self.library()
        _ = try Harness.run(["tag", "--db", db, "2401.00001", "gen"])
        _ = try Harness.run(["tag", "--db", db, "2401.00002", "gen"])
        let result = try Harness.run(["recommend", "--db", db, "--tag", "gen", "--json", "--limit", "3"])
        let ids = Self.ids(result)
        #expect(ids.first == "2401.00005")
        #expect(!ids.contains("2401.00001") && !ids.contains("2401.00002"))
        #expect(result.stdout.contains("\"terms\""))
        // Each result's terms also come spelt as its text writes them, one word per term.
        let first = result.stdout.split(separator: "\n").first.flatMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let terms = first?["terms"] as? [String] ?? [], words = first?["words"] as? [String] ?? []
        #expect(!words.isEmpty && words.count == terms.count)
        #expect(!words.contains { $0.contains("_") }, "\(words)")
        let none = try Harness.run(["recommend", "--db", db, "--tag", "nothing"])
        #expect(none.status != 0 && none.stderr.contains("no papers tagged nothing"))
    }
}
