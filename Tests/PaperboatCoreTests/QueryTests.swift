import Foundation
import GRDB
import Testing
@testable import PaperboatCore

@Suite struct QueryParserTests {
    @Test func parsesTheExampleFromTheIssue() throws {
        let query = try QueryParser.parse(#"tag:to-read -tag:done is:starred diffusion "state space" author:gu year:>=2024 cat:cs.CL is:unread"#)
        #expect(query == .and([
            .tag("to-read"), .not(.tag("done")), .state(.starred), .text("diffusion", phrase: false),
            .text("state space", phrase: true), .field(.author, "gu"), .year(.atLeast(2024)), .category("cs.CL"),
            .state(.unread),
        ]))
    }

    /// An arXiv id, however it is pasted, finds that paper; `id:` takes `t-` keys too.
    @Test func idsPastedAsTheyAreNameThePaper() throws {
        for text in ["2503.11677", "2503.11677v2", "arXiv:2503.11677", "https://arxiv.org/abs/2503.11677v1",
                     "arxiv.org/pdf/2503.11677.pdf", "id:2503.11677v3", "ID:arXiv:2503.11677"] {
            #expect(try QueryParser.parse(text) == .key("2503.11677"), "\(text)")
        }
        #expect(try QueryParser.parse("id:T-5C4B79102182") == .key("t-5c4b79102182"))
        #expect(try QueryParser.parse("hep-th/9901001 tag:x") == .and([.key("hep-th/9901001"), .tag("x")]))
        #expect(try QueryParser.parse("2503.116") == .text("2503.116", phrase: false), "not an id: four digits after the dot are the least")
        #expect(try QueryParser.parse("https://www.arxiv.org/abs/2503.11677") == .key("2503.11677"))
    }

    @Test func addedTakesDaysAndWeeks() throws {
        #expect(try QueryParser.parse("added:today") == .added(days: 1))
        #expect(try QueryParser.parse("added:7d -is:read") == .and([.added(days: 7), .not(.state(.read))]))
        #expect(try QueryParser.parse("added:4W") == .added(days: 28))
        #expect(throws: QueryError.self) { try QueryParser.parse("added:soon") }
        #expect(throws: QueryError.self) { try QueryParser.parse("added:0d") }
        // The last N days by the calendar: one day is since today's midnight.
        let noon = try #require(Calendar.current.date(bySettingHour: 12, minute: 0, second: 0, of: Date()))
        let midnight = Calendar.current.startOfDay(for: noon)
        #expect(QueryCompiler.addedSince(1, now: noon) == ISO8601DateFormatter().string(from: midnight))
        let weekAgo = try #require(Calendar.current.date(byAdding: .day, value: -6, to: midnight))
        #expect(QueryCompiler.addedSince(7, now: noon) == ISO8601DateFormatter().string(from: weekAgo))
    }

    @Test func orAndParenthesesGroup() throws {
        #expect(try QueryParser.parse("a OR b c") == .or([.text("a", phrase: false), .and([.text("b", phrase: false), .text("c", phrase: false)])]))
        #expect(try QueryParser.parse("(a OR b) -(c)") == .and([.or([.text("a", phrase: false), .text("b", phrase: false)]), .not(.text("c", phrase: false))]))
        #expect(try QueryParser.parse("year:2020..2022 tag:\"to read\"") == .and([.year(.between(2020, 2022)), .tag("to read")]))
        #expect(try QueryParser.parse("   ") == .all)
        #expect(try QueryParser.parse("self-supervised") == .text("self-supervised", phrase: false))
    }

    /// `field:( … )` puts every bare word and phrase of the group in that field.
    @Test func aFieldAppliesToAGroup() throws {
        #expect(try QueryParser.parse(#"title:(graph OR "neural field") -author:zhang"#) == .and([
            .or([.field(.title, "graph"), .field(.title, "neural field")]), .not(.field(.author, "zhang")),
        ]))
        #expect(try QueryParser.parse("tag:(a OR b) -is:(read OR noted)") == .and([
            .or([.tag("a"), .tag("b")]), .not(.or([.state(.read), .state(.noted)])),
        ]))
        #expect(try QueryParser.parse("author:(gu -dao) diffusion") == .and([
            .and([.field(.author, "gu"), .not(.field(.author, "dao"))]), .text("diffusion", phrase: false),
        ]))
        #expect(try QueryParser.parse("year:(2020 OR 2024..)") == .or([.year(.equal(2020)), .year(.atLeast(2024))]))
        #expect(try QueryParser.parse("id:(2503.11677v2 OR t-ABC)") == .or([.key("2503.11677"), .key("t-abc")]))
        // Every field a group takes is one the parser knows alone (the two lists agree).
        for name in QueryParser.fieldNames {
            for text in ["\(name):x", "\(name):(x)"] {
                do { _ = try QueryParser.parse(text) } catch { #expect(!error.message.hasPrefix("unknown field"), "\(text)") }
            }
        }
        #expect(throws: QueryError.self) { try QueryParser.parse("titel:(x)") }
        // Open-ended year ranges.
        #expect(try QueryParser.parse("year:2024..") == .year(.atLeast(2024)))
        #expect(try QueryParser.parse("year:..2022") == .year(.atMost(2022)))
    }

    @Test(arguments: [
        ("title:(a OR author:b)", "a field inside title:( ) — write author:b outside the parentheses", 12),
        ("is:(starred OR hungry)", "is: takes starred, read, unread, tagged or noted", 15),
        ("tag:(a title:(b))", "fields do not nest: title:( inside tag:( )", 7),
        ("foo:(a)", "unknown field foo: (fields: tag, is, author, title, abstract, year, cat, id, added)", 0),
        ("title:(a", "unclosed (", 6), ("title:()", "empty parentheses", 6), ("year:(20x4)", "year: needs a four-digit year, like year:>=2024 or year:2020..2022", 6),
        ("year:..", "year: needs a four-digit year, like year:>=2024 or year:2020..2022", 5),
    ])
    func malformedFieldGroupsSayWhatAndWhere(text: String, message: String, position: Int) {
        #expect(throws: QueryError(message, at: position)) { try QueryParser.parse(text) }
    }

    @Test(arguments: [
        ("(diffusion", "unclosed (", 0), ("diffusion)", "unmatched )", 9), ("\"state space", "unclosed quote", 0),
        ("a OR", "OR needs something after it", 2), ("OR a", "OR needs something before it", 0),
        ("is:hungry", "is: takes starred, read, unread, tagged or noted", 3), ("year:>=20x4", "year: needs a four-digit year, like year:>=2024 or year:2020..2022", 5),
        ("foo:bar", "unknown field foo: (fields: tag, is, author, title, abstract, year, cat, id, added)", 0), ("tag:", "tag: needs a value", 4),
        ("()", "empty parentheses", 0), ("year:2024..2020", "year range is backwards", 5),
    ])
    func malformedQueriesSayWhatAndWhere(text: String, message: String, position: Int) {
        #expect(throws: QueryError(message, at: position)) { try QueryParser.parse(text) }
    }

    /// The examples the help and `search --help` show are queries the parser takes.
    @Test func theHelpsExamplesParse() throws {
        for entry in QueryExamples.entries {
            #expect(throws: Never.self, "\(entry.example)") { try QueryParser.parse(entry.example) }
        }
        #expect(try QueryParser.parse("title:(a OR b)") == .or([.field(.title, "a"), .field(.title, "b")]))
        #expect(QueryExamples.text.split(separator: "\n").count == QueryExamples.entries.count)
    }

    @Test func hostileInputNeverCrashes() {
        let nasty = ["\"", "((((((", String(repeating: "(", count: 500) + "a", "- - -", "-", "\u{0}\u{1B}[2J",
                     "a\" OR \"b", "tag:'; DROP TABLE paper; --", "NEAR(a b)", "a AND b", "*", "title:\"\"", String(repeating: "x ", count: 1500),
                     "title:(", "title:()", "title:(((((a", "is:(", "tag:(-)", "title:(a OR)", "title:(\"\")", "year:(..)",
                     "title:(" + String(repeating: "(", count: 40) + "a", "-:(a)", ":(a)", "title::(a)"]
        for text in nasty {
            _ = try? QueryParser.parse(text)
        }
        #expect(throws: QueryError.self) { try QueryParser.parse(String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)) }
    }
}

@Suite struct QuerySearchTests {
    static func library() throws -> (PaperStore, [String: Int64]) {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([
            PaperDraft(arxivId: "2401.00001", title: "Mamba: selective state space models", abstract: "Linear-time sequence modelling.",
                       authors: ["Albert Gu", "Tri Dao"], categories: ["cs.LG"], date: "2024-01-05"),
            PaperDraft(arxivId: "2301.00002", title: "Denoising diffusion for images", abstract: "Diffusion models generate images; state of the art.",
                       authors: ["Jonathan Ho"], categories: ["cs.CV"], date: "2023-01-02"),
            PaperDraft(arxivId: "2402.00003", title: "Diffusion language models", abstract: "Text diffusion with state space backbones.",
                       authors: ["Ann Gu"], categories: ["cs.CL"], date: "2024-02-03"),
            PaperDraft(title: "Résumé parsing with transformers", abstract: "Café example.", date: "--09-08"),
        ], source: "t")
        var ids: [String: Int64] = [:]
        for key in ["2401.00001", "2301.00002", "2402.00003"] { ids[key] = try store.paper(key: key)?.id }
        return (store, ids)
    }

    static func keys(_ store: PaperStore, _ text: String) throws -> [String] {
        try store.search(try QueryParser.parse(text), limit: 50).map(\.key)
    }

    @Test func filtersCombine() throws {
        let (store, ids) = try Self.library()
        try store.addTags(["to-read"], to: [ids["2401.00001"]!, ids["2402.00003"]!])
        try store.addTags(["done"], to: [ids["2402.00003"]!])
        try store.setStarred(ids["2402.00003"]!, true)
        #expect(try Self.keys(store, "tag:to-read -tag:done") == ["2401.00001"])
        #expect(try Self.keys(store, "is:starred") == ["2402.00003"])
        #expect(try Self.keys(store, "diffusion year:>=2024") == ["2402.00003"])
        #expect(try Self.keys(store, "author:gu").sorted() == ["2401.00001", "2402.00003"])
        #expect(try Self.keys(store, "cat:cs.cv") == ["2301.00002"])
        #expect(try Self.keys(store, "\"state space\"").sorted() == ["2401.00001", "2402.00003"])
        #expect(try Self.keys(store, "mamba OR images").sorted() == ["2301.00002", "2401.00001"])
        #expect(try Self.keys(store, #"title:(mamba OR "diffusion language")"#).sorted() == ["2401.00001", "2402.00003"])
        #expect(try Self.keys(store, "title:(diffusion -images)") == ["2402.00003"])
        #expect(try Self.keys(store, "author:(ho OR dao) year:..2023") == ["2301.00002"])
        #expect(try Self.keys(store, "resume cafe").count == 1)
        #expect(try Self.keys(store, "2301.00002v3") == ["2301.00002"])
        #expect(try Self.keys(store, "https://arxiv.org/abs/2402.00003 OR id:2401.00001").sorted() == ["2401.00001", "2402.00003"])
        #expect(try Self.keys(store, "diffusion -2301.00002") == ["2402.00003"])
        let titleKey = try #require(try Self.keys(store, "resume").first)
        #expect(try Self.keys(store, "id:" + titleKey.uppercased()) == [titleKey])
        #expect(try store.paperCount(matching: try QueryParser.parse("is:unread")) == 4)
        // added: counts from the import's time: all four were added just now, one more long ago.
        _ = try store.importDrafts([PaperDraft(arxivId: "1901.00009", title: "An old import", date: "2019-01-01")], source: "old",
                                   now: Date(timeIntervalSinceNow: -30 * 86_400))
        #expect(try Self.keys(store, "added:today").count == 4)
        #expect(try Self.keys(store, "added:4w").count == 4 && (try Self.keys(store, "added:5w")).count == 5)
        #expect(try Self.keys(store, "-added:7d") == ["1901.00009"])
    }

    @Test func yearRangesCategoriesAndReadStateFollowEdits() throws {
        let (store, ids) = try Self.library()
        #expect(try Self.keys(store, "year:2024").sorted() == ["2401.00001", "2402.00003"])
        #expect(try Self.keys(store, "year:<2024") == ["2301.00002"])
        #expect(try Self.keys(store, "year:2023..2023") == ["2301.00002"])
        #expect(try Self.keys(store, "year:>2024").isEmpty)
        #expect(try Self.keys(store, "year:<=2024").count == 3)
        // The paper without a known year is in no year range, so only in the negation.
        #expect(try Self.keys(store, "-year:>=1000").count == 1)
        // cat: follows categories merged in by a later import, in any case.
        _ = try store.importDrafts([PaperDraft(arxivId: "2301.00002", title: "Denoising diffusion for images",
                                               categories: ["cs.LG"])], source: "t2")
        #expect(try Self.keys(store, "cat:cs.lg").sorted() == ["2301.00002", "2401.00001"])
        #expect(try Self.keys(store, "cat:CS.CV") == ["2301.00002"])
        // is:read and is:unread partition the library, and follow changes.
        try store.setRead(ids["2401.00001"]!, true)
        #expect(try Self.keys(store, "is:read") == ["2401.00001"])
        #expect(try store.paperCount(matching: try QueryParser.parse("is:unread")) == 3)
        try store.setRead(ids["2401.00001"]!, false)
        #expect(try Self.keys(store, "is:read").isEmpty)
    }

    @Test func titleMatchesRankAboveAbstractMatches() throws {
        let (store, _) = try Self.library()
        // "diffusion" is in two titles and one abstract only: titles first.
        let ranked = try Self.keys(store, "diffusion")
        #expect(Set(ranked.prefix(2)) == ["2301.00002", "2402.00003"])
    }

    @Test func smartCaseAndInjectionAttempts() throws {
        let (store, _) = try Self.library()
        #expect(try Self.keys(store, "Mamba") == ["2401.00001"])
        #expect(try Self.keys(store, "MAMBA").isEmpty)
        for hostile in ["\"a\" OR \"b\"", "title:\"x\" OR 1=1", "NEAR(diffusion images)", "diff*", "tag:'; DROP TABLE paper; --"] {
            _ = try? Self.keys(store, hostile)
        }
        #expect(try store.paperCount() == 4)
    }

    @Test func notesAreSearchableAndEverythingPersists() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", ".related"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try PaperStore(path: path)
            _ = try store.importDrafts([PaperDraft(arxivId: "2401.00009", title: "Some paper")], source: "t")
            let id = try #require(try store.paper(key: "2401.00009")?.id)
            try store.setNote(id, "remember the zebra ablation")
            try store.addTags(["keep"], to: [id])
            try store.toggleStar(id)
            try store.saveView(name: "Kept", query: "tag:keep is:starred")
            try store.recordSearch("zebra")
        }
        let store = try PaperStore(path: path)
        #expect(try Self.keys(store, "zebra") == ["2401.00009"])
        #expect(try store.tagCounts() == [TagCount(name: "keep", count: 1)])
        #expect(try store.savedViews() == [SavedView(name: "Kept", query: "tag:keep is:starred", count: 1)])
        #expect(try store.searchHistory() == ["zebra"])
        #expect(throws: QueryError.self) { try store.saveView(name: "Bad", query: "(oops") }
    }
}

@Suite struct QueryPlanTests {
    /// 300 papers over three topics, four categories, twelve years, with tags, stars, read
    /// papers and notes spread over them.
    static func library() throws -> PaperStore {
        let store = try PaperStore.inMemory()
        let topics = ["diffusion images denoising", "state space sequence", "language transformer text"]
        let categories = ["cs.CV", "cs.CL", "cs.LG", "cs.AI"]
        var drafts: [PaperDraft] = []
        for i in 0..<300 {
            let words = topics[i % 3].split(separator: " ").map(String.init)
            var abstract = topics[i % 3]
            if i % 7 == 0 { abstract += " Mamba" }
            if i % 11 == 0 { abstract += " transformer" }
            let author = i % 5 == 0 ? "Albert Gu" : "Ann Other"
            let date = "\(2015 + i % 12)-0\(i % 9 + 1)-1\(i % 10)"
            drafts.append(PaperDraft(arxivId: String(format: "24%02d.%05d", i % 12 + 1, i), title: "Paper \(i) on \(words[i % 2])",
                                     abstract: abstract, authors: [author], categories: [categories[i % 4]], date: date))
        }
        _ = try store.importDrafts(drafts, source: "t")
        let ids = try store.rankedIds(.all, limit: 1_000).sorted()
        try store.addTags(["to-read"], to: ids.enumerated().filter { $0.offset % 4 == 0 }.map(\.element))
        try store.addTags(["done"], to: ids.enumerated().filter { $0.offset % 9 == 0 }.map(\.element))
        for (n, id) in ids.enumerated() {
            if n % 6 == 0 { try store.setStarred(id, true) }
            if n % 5 == 0 { try store.setRead(id, true) }
            if n % 13 == 0 { try store.setNote(id, "zebra note about diffusion") }
        }
        return store
    }

    static let queries = [
        "diffusion", "zebra", "author:gu", "cat:cs.CL is:unread", "tag:to-read -is:starred", "is:unread", "is:read",
        "-is:unread", "diffusion -cat:cs.cv", "is:noted", "is:tagged diffusion", "\"state space\"", "tag:nothing",
        "cat:cs.CL OR cat:cs.CV", "tag:to-read -is:starred diffusion OR transformer", "Mamba", "Mamba year:>=2020",
        "year:2018..2021", "-tag:done -is:read", "(diffusion OR sequence) tag:to-read", "diffusion OR year:2016",
        "(tag:to-read OR is:starred) -cat:cs.ai", "title:paper -diffusion", "is:starred is:read cat:cs.lg",
        "transformer year:>=2024 -tag:done", "-(diffusion OR text)", "-tag:done", "Mamba -is:read",
        "diffusion OR transformer", "title:paper OR author:gu", "zebra OR is:starred", "Mamba OR tag:done",
        // Words planned as one FTS5 conjunction, some matched only through notes ("zebra").
        "diffusion images", "state space sequence", "zebra diffusion", "zebra state", "note zebra about",
        "title:paper diffusion", "diffusion images tag:to-read", "diffusion images -is:read", "language text year:>=2020",
        "(denoising images) OR sequence", "author:gu state space", "-diffusion images", "diffusion images Mamba",
        "tag:to-read zebra diffusion -is:starred", "\"state space\" sequence", "title:paper author:gu",
        // A paper by its id, alone and with other conditions.
        "2401.00000", "id:2402.00001 OR diffusion", "-id:2401.00000 tag:to-read", "arXiv:2403.00002v3 diffusion",
        "added:7d diffusion", "-added:today tag:to-read", "added:today OR is:starred",
        // A field over a group, and open year ranges.
        "title:(paper -diffusion)", "author:(gu OR other) diffusion", "-tag:(done OR to-read)", "year:2024.. Mamba",
        "year:..2016 OR is:starred",
    ]

    /// Every query, planned to walk or to start from a set, counts and pages exactly as the
    /// plain condition does (forward from the top and backward from the end).
    @Test func plansAnswerExactlyAsThePlainCondition() throws {
        let store = try Self.library()
        var walked = 0, driven = 0, scanned = 0, provisional = 0
        for text in Self.queries {
            let query = try QueryParser.parse(text)
            let plain = QueryCompiler.condition(query)
            let expected = try store.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM paper WHERE \(plain.sql) ORDER BY date DESC, id DESC", arguments: plain.arguments)
            }
            // Walking and driven pages, with exact counts and with counts left for later
            // (a budget of 5 checks makes most of them provisional).
            for (pageSize, budget) in [(1, Int?.none), (1_000_000_000, nil), (1, 5), (1_000_000_000, 5)] {
                let plan: QueryPlan
                do {
                    plan = try store.read { db in
                        try QueryPlan.make(query, pageSize: pageSize, exactCount: budget == nil, checkBudget: budget ?? 0, in: db)
                    }
                } catch {
                    Issue.record("\(text): \(error)")
                    continue
                }
                if plan.walksList { walked += 1 } else { driven += 1 }
                if plan.scansListIndex { scanned += 1 }
                if plan.countIsExact {
                    #expect(plan.count == expected.count, "\(text): count")
                } else {
                    provisional += 1
                    #expect(plan.count >= expected.count, "\(text): a provisional count must be an upper bound")
                }
                var forward: [Int64] = [], cursor: ListCursor?
                while true {
                    let page = try store.rows(planned: plan, after: cursor, limit: 7)
                    guard let last = page.last else { break }
                    forward += page.map(\.id)
                    cursor = last.cursor
                }
                #expect(forward == expected, "\(text): pages forward (walks: \(plan.walksList))")
                let tail = try store.rows(planned: plan, before: nil, limit: 7).map(\.id)
                #expect(tail == Array(expected.suffix(7)), "\(text): last page")
            }
        }
        #expect(walked > 5 && driven > 5, "both ways exercised: \(walked) walked, \(driven) driven")
        #expect(scanned > 5 && scanned < driven, "sets both scanned along the list and looked up: \(scanned) of \(driven)")
        #expect(provisional > 5, "counts left for later: \(provisional)")
        // Without a budget every count is exact, in both page styles.
        for text in Self.queries {
            #expect(try store.plan(for: try QueryParser.parse(text), exactCount: true).countIsExact)
        }
    }

    /// A search with other conditions ranks exactly as checking them on each match's row does
    /// (the reference below), whether they are tested as a set or, with capitals, on the row.
    @Test func rankingWithOtherConditionsMatchesTheRowCheck() throws {
        let store = try Self.library()
        var tested = 0
        for text in ["diffusion tag:to-read", "diffusion -is:starred", "state space -tag:done is:unread",
                     "language text year:>=2020", "diffusion images cat:cs.CV", "zebra diffusion tag:to-read",
                     "sequence -tag:to-read -is:read", "Mamba tag:to-read", "transformer (tag:done OR is:starred)"] {
            let query = try QueryParser.parse(text)
            let match = try #require(QueryCompiler.rankingMatch(query))
            let others = QueryCompiler.conditionsBesideRanking(query)
            let check = QueryCompiler.conjunction(others.map {
                QueryCompiler.caseCheck(of: $0) ?? QueryCompiler.condition($0, style: .probes)
            })
            let reference = try store.read { db in
                try Int64.fetchAll(db, sql: """
                    SELECT paper.id FROM paper_ft JOIN paper ON paper.id = paper_ft.rowid
                    WHERE paper_ft MATCH ? AND \(check.sql) ORDER BY bm25(paper_ft, 10.0, 1.0, 3.0), paper.id
                    """, arguments: [match] + check.arguments)
            }
            let ranked = try store.rankedIds(query, limit: 1_000)
            #expect(Array(ranked.prefix(reference.count)) == reference, "\(text)")
            // The set test ranks the same, where the conditions have one (on a large library it
            // is used when the set is small beside the matches).
            if let membership = PaperStore.membership(of: others) {
                tested += 1
                let bySet = try store.read { db in try PaperStore.ranked(match, testing: membership.condition, limit: 1_000, in: db) }
                #expect(bySet == reference, "\(text) by set")
            }
            // All of the query's matches, and nothing else (the notes' own matches come last).
            let plain = QueryCompiler.condition(query)
            let matches = try store.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM paper WHERE \(plain.sql)", arguments: plain.arguments)
            }
            #expect(Set(ranked) == Set(matches) && ranked.count == matches.count && !matches.isEmpty, "\(text)")
        }
        #expect(tested >= 7, "set tests exercised: \(tested)")
        #expect(PaperStore.membership(of: [.tag("x")]) != nil && PaperStore.membership(of: [.not(.state(.starred))]) != nil)
        #expect(PaperStore.membership(of: [.text("Mamba", phrase: false)]) == nil)
    }

    /// The ranking bound counts only as far as asked: exact below the cap, one past it above.
    @Test func rankingBoundStopsPastItsCap() throws {
        let store = try Self.library()
        let query = try QueryParser.parse("diffusion images")
        let all = try #require(try store.rankingBound(query))
        #expect(all == 100)
        #expect(try store.rankingBound(query, upTo: 10) == 11)
        #expect(try store.rankingBound(query, upTo: 500) == 100)
        #expect(try store.rankingBound(try QueryParser.parse("tag:to-read")) == nil)
    }

    /// Sets that fit the query whole are counted without a paper row (years from the date
    /// index); those that do not (capitals, nothing positive to start from) have no set.
    @Test func setsCoverWhatTheyCanAndNothingElse() throws {
        for text in ["diffusion", "cat:cs.CL OR cat:cs.CV", "tag:a -is:starred", "(a OR b) -c", "is:unread tag:x",
                     "year:2024", "a OR year:2020"] {
            #expect(QueryCompiler.set(of: try QueryParser.parse(text)) != nil, "\(text)")
        }
        for text in ["Diffusion", "-tag:x", "-a -b", "Mamba OR tag:x"] {
            #expect(QueryCompiler.set(of: try QueryParser.parse(text)) == nil, "\(text)")
        }
        #expect(QueryCompiler.caseFoldedSet(of: try QueryParser.parse("Diffusion")) != nil)
    }
}
