import Testing
@testable import PaperboatCore

@Suite struct JSONLinesParserTests {
    @Test func readsTheArxivDevLayout() {
        let line = #"{"id": "2503.11677", "title": "Simulation of prosthetic vision", "abstract": "Objective.", "authors": ["Jungyeon Park", "Anna Kochnev Goldstein"], "categories": ["cs.HC", "cs.CV"], "primary_category": "cs.HC", "date": "2025-03-18"}"#
        let drafts = Fixtures.drafts(Fixtures.parse(line, with: JSONLinesParser()))
        #expect(drafts == [PaperDraft(arxivId: "2503.11677", title: "Simulation of prosthetic vision", abstract: "Objective.",
                                      authors: ["Jungyeon Park", "Anna Kochnev Goldstein"], categories: ["cs.HC", "cs.CV"],
                                      primaryCategory: "cs.HC", date: "2025-03-18")])
    }

    @Test func acceptsTheCommonVariants() {
        let line = #"{"id": "arXiv:2401.00001v3", "title": "A\n  wrapped title", "summary": "From summary.", "authors": "Ada Lovelace, Alan Turing and Grace Hopper", "categories": "cs.LG stat.ML", "published": "2024-01-02T00:00:00Z"}"#
        let draft = Fixtures.drafts(Fixtures.parse(line, with: JSONLinesParser()))[0]
        #expect(draft.arxivId == "2401.00001")
        #expect(draft.title == "A wrapped title")
        #expect(draft.abstract == "From summary.")
        #expect(draft.authors == ["Ada Lovelace", "Alan Turing", "Grace Hopper"])
        #expect(draft.categories == ["cs.LG", "stat.ML"])
        #expect(draft.primaryCategory == "cs.LG")
        #expect(draft.date == "2024-01-02")
    }

    /// A line of the Kaggle arXiv metadata snapshot (`arxiv-metadata-oai-snapshot.json`), the
    /// usual bulk download: authors in one string with TeX accents, categories in one string,
    /// the date of the first version rather than of the last update, old-style ids.
    @Test func readsTheKaggleArxivSnapshot() {
        let text = #"""
            {"id":"0704.0001","submitter":"Pavel Nadolsky","authors":"C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan","title":"Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies","comments":"37 pages","journal-ref":"Phys.Rev.D76:013009,2007","doi":"10.1103/PhysRevD.76.013009","categories":"hep-ph","license":null,"abstract":"  A fully differential calculation in perturbative quantum chromodynamics is\npresented.\n","versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"},{"version":"v2","created":"Tue, 24 Jul 2007 20:10:27 GMT"}],"update_date":"2008-11-13","authors_parsed":[["Bal\u00e1zs","C.",""]]}
            {"id":"math/0406001","authors":"A. Author and B. Author","title":"Old style","categories":"math.AG math.NT","abstract":"Old.","versions":[{"version":"v1","created":"someday"}],"update_date":"2009-01-01"}
            """#
        let records = Fixtures.parse(text, with: JSONLinesParser())
        let drafts = Fixtures.drafts(records)
        #expect(drafts.count == 2)
        #expect(drafts[0].arxivId == "0704.0001")
        #expect(drafts[0].authors == ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"])
        #expect(drafts[0].title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies")
        #expect(drafts[0].categories == ["hep-ph"] && drafts[0].date == "2007-04-02")
        #expect(drafts[1].arxivId == "math/0406001" && drafts[1].categories == ["math.AG", "math.NT"])
        #expect(drafts[1].date == "2009-01-01", "a first version without a readable date gives way to update_date")
    }

    @Test func reportsBadLinesWithTheirNumbersAndKeepsTheRest() {
        let text = """
            {"id": "2401.00001", "title": "First"}
            {"id": "2401.00002", "title": "Broken",
            [1, 2, 3]

            {"id": "2401.00003"}
            {"id": "2401.00004", "title": "\\u001b[2J"}
            {"id": "2401.00005", "title": "Last"}
            """
        let records = Fixtures.parse(text, with: JSONLinesParser())
        #expect(Fixtures.drafts(records).map(\.title) == ["First", "Last"])
        let rejected = records.compactMap { record -> (Int, String)? in
            if case let .rejected(line, reason) = record { return (line, reason) }
            return nil
        }
        #expect(rejected.map(\.0) == [2, 3, 5, 6])
        #expect(rejected[0].1.hasPrefix("not valid JSON"))
        #expect(rejected[1].1 == "expected a JSON object, found an array")
        #expect(rejected[2].1 == "missing \"title\"")
        #expect(rejected[3].1 == "\"title\" is empty or not a string")
    }

    @Test func warnsOfFieldsItCannotUseAndKeepsThePaper() {
        let text = #"""
            {"id": "2401.00001", "title": "Bad date", "abstract": "Kept.", "date": "2025-13-45"}
            {"id": "doi:10.1/xyz", "title": "Odd id", "abstract": {"x": 1}, "authors": 7, "categories": {"a": 1}}
            {"id": "t-89fd17b9f88a", "title": "Own key", "abstract": null, "summary": "From summary.", "date": "", "published": "2024-02-03"}
            {"title": "A later field's date", "date": "soon", "published": "2024-02-03"}
            """#
        let records = Fixtures.parse(text, with: JSONLinesParser())
        let drafts = Fixtures.drafts(records)
        #expect(drafts.map(\.title) == ["Bad date", "Odd id", "Own key", "A later field's date"])
        #expect(drafts[0].date == "" && drafts[0].abstract == "Kept.")
        #expect(drafts[1].arxivId == nil && drafts[1].abstract == "" && drafts[1].authors.isEmpty && drafts[1].categories.isEmpty)
        #expect(drafts[2].abstract == "From summary." && drafts[2].date == "2024-02-03")
        #expect(drafts[3].date == "2024-02-03")
        let warnings = records.compactMap { record -> String? in
            if case let .warning(line, note) = record { return "\(line): \(note)" }
            return nil
        }
        #expect(warnings == [
            #"1: "date" "2025-13-45" is not a date (e.g. 2025-03-18); imported without one"#,
            #"2: "id" "doi:10.1/xyz" is not an arXiv id; the paper is keyed by its title"#,
            #"2: "abstract" is an object, not a string; imported without an abstract"#,
            #"2: "authors" is a number or boolean, not a list or a string; imported without authors"#,
            #"2: "categories" is an object, not a list or a string; imported without categories"#,
        ])
    }

    @Test func rejectsHugeLines() {
        let huge = "{\"title\": \"" + String(repeating: "a", count: JSONLinesParser.maxLineBytes) + "\"}"
        let records = Fixtures.parse(huge + "\n{\"title\": \"ok\"}", with: JSONLinesParser())
        #expect(Fixtures.drafts(records).map(\.title) == ["ok"])
        guard case .rejected(line: 1, let reason) = records[0] else {
            Issue.record("expected a rejection, got \(records[0])")
            return
        }
        #expect(reason.contains("over the"))
    }

    @Test func keepsRawTextForTheStore() {
        let line = #"{"title": "Evil \u001b[31mred\u001b[0m \u202Etitle"}"#
        let draft = Fixtures.drafts(Fixtures.parse(line, with: JSONLinesParser()))[0]
        #expect(draft.title == "Evil \u{1B}[31mred\u{1B}[0m \u{202E}title")
        #expect(draft.arxivId == nil)
    }
}
