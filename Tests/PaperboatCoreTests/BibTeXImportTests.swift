import Foundation
import Testing
@testable import PaperboatCore

/// Reading `.bib` files: the syntax BibTeX allows, TeX undone into plain text, bad entries
/// rejected with their line while the rest imports, and `export` read back whole.
@Suite struct BibTeXImportTests {
    static func records(_ text: String) -> [ParsedRecord] { Fixtures.parse(text, with: BibTeXParser()) }

    @Test func readsAnArxivEntryAsArxivWritesIt() throws {
        let drafts = Fixtures.drafts(Self.records("""
            @misc{vaswani2017attention,
                  title={Attention Is All You Need},
                  author={Ashish Vaswani and Noam Shazeer and Niki Parmar},
                  year={2017},
                  eprint={1706.03762},
                  archivePrefix={arXiv},
                  primaryClass={cs.CL},
                  url={https://arxiv.org/abs/1706.03762},
            }
            """))
        let draft = try #require(drafts.first)
        #expect(drafts.count == 1)
        #expect(draft.arxivId == "1706.03762" && draft.title == "Attention Is All You Need")
        #expect(draft.authors == ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"])
        #expect(draft.primaryCategory == "cs.CL" && draft.categories == ["cs.CL"])
        #expect(draft.date == "2017-01-01")
    }

    /// Zotero and hand-written files: macros, `#`, quotes, parentheses, "Last, First", accents,
    /// protective braces, escapes; math stays TeX.
    @Test func undoesTheTeXOfHandWrittenFiles() throws {
        let drafts = Fixtures.drafts(Self.records("""
            This file was created by hand.
            @string{ neurips = "Advances in Neural " # {Information Processing Systems} }
            @comment{ an {unbalanced} aside }
            @inproceedings(muller2020,
              author = "M{\\"u}ller, J{\\"o}rg and Fran\\c{c}ois Chollet and {Google Brain}",
              title  = "{BERT}s and {\\$}5 tricks: 50\\% of $O(n_i)$ \\& more",
              booktitle = neurips,
              month = mar, year = 2020,
              keywords = {to-read; transformers, thesis},
              annote = {Compare with {GPT}.},
              doi = {10.48550/arXiv.2003.01234}
            )
            """))
        let draft = try #require(drafts.first)
        #expect(draft.authors == ["Jörg Müller", "François Chollet", "Google Brain"])
        // The title keeps its TeX, as arXiv's do; the screen renders it.
        #expect(draft.title == "{BERT}s and {\\$}5 tricks: 50\\% of $O(n_i)$ \\& more")
        #expect(TeXText.plain(draft.title) == "BERTs and $5 tricks: 50% of O(nᵢ) & more")
        #expect(draft.date == "2020-03-01")
        #expect(draft.arxivId == "2003.01234")
        #expect(draft.annotations.tags == ["to-read", "transformers", "thesis"])
        #expect(draft.annotations.note == "Compare with {GPT}.")
    }

    /// A broken entry costs only itself: it is rejected with the line it starts on, the
    /// entries after it import, and an entry without a title is named by its key.
    @Test func aBrokenEntryIsRejectedWithItsLineAndTheRestImports() {
        let records = Self.records("""
            @article{good1, title = {First}, year = 2021}

            @article{broken, title = {Second} year = 2021}
            @article{untitled, author = {Nobody}}
            @article{good2, title = {Third}, year = {twenty}, month = {13}}
            @article{unknownmacro, title = nips}
            @article{open, title = {Never closed
              @article{good3, title = {Fourth}}
            """)
        // The brace left open does not swallow the entry on the next line.
        #expect(Fixtures.drafts(records).map(\.title) == ["First", "Third", "Fourth"])
        let problems = records.compactMap { record -> String? in
            switch record {
            case let .rejected(line, reason): return "\(line): \(reason)"
            case let .warning(line, note): return "\(line): warning: \(note)"
            default: return nil
            }
        }
        #expect(problems == [
            "3: entry broken: expected , or } after field title on line 3",
            "4: entry untitled: no title",
            "5: warning: \"year\" \"twenty\" is not a year; imported without a date",
            "6: entry unknownmacro, field title: unknown @string nips",
            "7: entry open, field title: the { that opens its value on line 7 is never closed",
        ])
    }

    @Test func isDetectedWithOrWithoutTextBeforeTheFirstEntry() {
        #expect(ImportFormat.detect(Array("@misc{a, title={A}}".utf8)) == .bibTeX)
        #expect(ImportFormat.detect(Array("% Zotero\n@misc{a, title={A}}".utf8)) == .bibTeX)
        #expect(ImportFormat.detect(Array("Created with JabRef.\n\n@Article{a,\n title={A}}".utf8)) == .bibTeX)
        #expect(ImportFormat.detect(Array("write to me @ home {soon}".utf8)) == nil)
    }

    /// `export` then `import` into an empty library gives back every paper with its title,
    /// abstract, authors, date, primary category, tags and note.
    @Test func anExportImportsBackWhole() throws {
        let source = try PaperStore.inMemory()
        _ = LibraryImporter(store: source).importFiles(Fixtures.seedFiles)
        _ = try source.importDrafts([
            PaperDraft(arxivId: "2401.00001", title: "R&D at 50% of $O(n_i)$ cost: LLMs #1",
                       abstract: "Uses snake_case and $\\alpha$.", authors: ["Jörg Müller", "Anne-Marie Ñúñez"],
                       categories: ["cs.CL", "cs.LG"], date: "2024-02-29"),
            PaperDraft(title: "No arXiv id, only a title", abstract: "Plain."),
        ], source: "awkward.jsonl")
        let awkward = try #require(try source.paper(key: "2401.00001")?.id)
        try source.addTags(["to-read", "méthodes"], to: [awkward])
        try source.setNote(awkward, "Check §3 & the 10% claim.")
        var keys = CitationKeys()
        let papers = try source.papers(after: nil, limit: 10_000)
        let bib = try source.bibTeXEntries(for: papers, keys: &keys).map(\.text).joined(separator: "\n")

        let target = try PaperStore.inMemory()
        let report = LibraryImporter(store: target).importContents(Array(bib.utf8), name: "export.bib")
        #expect(report.rejected.isEmpty && report.warnings.isEmpty)
        #expect(report.added == papers.count)
        let back = try target.papers(after: nil, limit: 10_000)
        func summary(_ paper: Paper) -> String {
            [paper.key, TeXText.plain(paper.title), TeXText.plain(paper.abstract), paper.authors.joined(separator: "; "), paper.primaryCategory ?? "",
             PaperDate.year(paper.date).map(String.init) ?? ""].joined(separator: " | ")
        }
        #expect(Set(back.map(summary)) == Set(papers.map(summary)))
        let copy = try #require(try target.paper(key: "2401.00001"))
        #expect(TeXText.plain(copy.title) == "R&D at 50% of O(nᵢ) cost: LLMs #1" && copy.authors == ["Jörg Müller", "Anne-Marie Ñúñez"])
        #expect(copy.date == "2024-02-29")
        #expect(try target.tags(of: copy.id ?? 0) == (try source.tags(of: awkward)) && (try source.tags(of: awkward)).count == 2)
        #expect(try target.note(of: copy.id ?? 0) == "Check §3 & the 10% claim.")
    }
}
