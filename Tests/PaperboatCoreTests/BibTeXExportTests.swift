import Foundation
import Testing
@testable import PaperboatCore

/// BibTeX entries and citation keys, against entries written by hand.
@Suite struct BibTeXExportTests {
    static func paper(_ draft: PaperDraft) throws -> Paper {
        let store = try PaperStore.inMemory()
        _ = try store.importDrafts([draft], source: "t.jsonl", now: Date(timeIntervalSince1970: 0))
        let key = draft.arxivId ?? PaperIdentity.titleHashKey(PaperIdentity.normalizedTitle(draft.title))
        return try #require(try store.paper(key: key))
    }

    static let attention = PaperDraft(
        arxivId: "1706.03762", title: "Attention Is All You Need",
        abstract: "The dominant sequence transduction models\nare based on RNNs & CNNs.",
        authors: ["Ashish Vaswani", "Noam Shazeer"], categories: ["cs.CL", "cs.LG"], primaryCategory: "cs.CL",
        date: "2017-06-12")

    @Test func anArxivPaperReadsAsArxivWritesIt() throws {
        let entry = BibTeXEntry(paper: try Self.paper(Self.attention), key: "vaswani2017attention",
                                tags: ["to-read", "transformers"], note: "Read §3 first.\nThen 5.")
        #expect(entry.text == """
            @misc{vaswani2017attention,
              title = {Attention Is All You Need},
              author = {Ashish Vaswani and Noam Shazeer},
              year = {2017},
              month = jun,
              date = {2017-06-12},
              eprint = {1706.03762},
              archivePrefix = {arXiv},
              primaryClass = {cs.CL},
              url = {https://arxiv.org/abs/1706.03762},
              abstract = {The dominant sequence transduction models are based on RNNs \\& CNNs.},
              keywords = {to-read, transformers},
              annote = {Read §3 first. Then 5.}
            }

            """)
    }

    @Test func aPaperWithoutArxivIdAuthorsOrYearHasOnlyWhatIsKnown() throws {
        let paper = try Self.paper(PaperDraft(title: "Mixture of Volumetric Primitives", abstract: "", date: "--09-08"))
        #expect(BibTeXEntry(paper: paper, key: "mixture").text == "@misc{mixture,\n  title = {Mixture of Volumetric Primitives}\n}\n")
    }

    @Test func monthsAreBibTeXsMacros() {
        #expect(PaperDate.monthAbbreviation("2017-06-12") == "jun")
        #expect(PaperDate.monthAbbreviation("--09-08") == "sep")
        #expect(PaperDate.monthAbbreviation("") == nil)
    }

    @Test func specialCharactersAreEscapedOutsideMathOnly() {
        #expect(BibTeXEntry.text("50% of R&D #1 in snake_case") == "50\\% of R\\&D \\#1 in snake\\_case")
        #expect(BibTeXEntry.text("$a_i \\% b$ and c_d") == "$a_i \\% b$ and c\\_d")
        #expect(BibTeXEntry.text("already \\& escaped") == "already \\& escaped")
        #expect(BibTeXEntry.text("costs $5 & up") == "costs \\$5 \\& up")
        #expect(BibTeXEntry.text("red \u{1B}[31mtext\u{7}") == "red text")
    }

    /// One unbalanced brace must not swallow the rest of the file.
    @Test func unmatchedBracesAreDropped() {
        #expect(BibTeXEntry.text("{a} b} c") == "{a} b c")
        #expect(BibTeXEntry.text("x {y {z}") == "x y {z}")
        #expect(BibTeXEntry.text("}{") == "")
    }

    @Test func wordsWithInnerCapitalsKeepTheirCase() {
        #expect(BibTeXEntry.title("DriveVGGT: Scaling LLMs with an iPhone and Mamba")
                == "{DriveVGGT}: Scaling {LLMs} with an {iPhone} and Mamba")
        #expect(BibTeXEntry.title("GenM$^3$: Motion") == "GenM$^3$: Motion")
        #expect(BibTeXEntry.title("Linear-Time LLM-Based Agents") == "Linear-Time {LLM-Based} Agents")
    }

    @Test func keysFollowGoogleScholarAndStayUnique() throws {
        var keys = CitationKeys()
        let attention = try Self.paper(Self.attention)
        #expect(keys.key(for: attention) == "vaswani2017attention")
        #expect(keys.key(for: attention) == "vaswani2017attentiona")
        #expect(keys.key(for: attention) == "vaswani2017attentionb")
        let accented = try Self.paper(PaperDraft(arxivId: "2401.00001", title: "On the Müller Loss", abstract: "",
                                                 authors: ["Jörg Müller Jr."], date: "2024-01-02"))
        #expect(keys.key(for: accented) == "muller2024muller")
        let comma = try Self.paper(PaperDraft(arxivId: "2401.00002", title: "Towards 3D Worlds", abstract: "",
                                              authors: ["Lovelace, Ada"], date: "2024-01-02"))
        #expect(keys.key(for: comma) == "lovelace20243d")
        let bare = try Self.paper(PaperDraft(title: "—", abstract: ""))
        #expect(keys.key(for: bare) == "paper")
        #expect(CitationKeys.suffix(27) == "aa")
    }
}
