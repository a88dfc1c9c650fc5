import Foundation
import PaperboatCore
import Testing
@testable import PaperboatUI

/// Titles and abstracts with TeX read as plain text on screen, and are stored as written.
@Suite struct TeXDisplayTests {
    static let title = "GenM$^3$: Generative Motion with $\\times$ speed"
    static let abstract = "We propose \\textbf{GenM}, a $3\\times$ faster model for $x \\in \\mathbb{R}^{n}$."

    static func browser() throws -> BrowserModel {
        let store = try PaperStore.inMemory()
        var drafts = [PaperDraft(arxivId: "2501.00001", title: title, abstract: abstract, authors: ["A. Author"],
                                 categories: ["cs.CV"], date: "2025-01-05")]
        for i in 1...5 {
            drafts.append(PaperDraft(title: "Other paper \(i)", abstract: "Plain abstract \(i).", date: "2024-12-0\(i)"))
        }
        _ = try store.importDrafts(drafts, source: "t.jsonl", now: UIFixtures.epoch)
        return try BrowserModel(store: store, height: 30, width: 120)
    }

    @Test func theListTheAbstractAndTheGraphLabelShowPlainText() throws {
        var model = try Self.browser()
        let text = BrowserView.render(model).text
        #expect(text.contains("GenM³: Generative Motion with × speed"))
        #expect(!text.contains("$^3$"))
        #expect(text.contains("We propose GenM, a 3× faster model for x ∈ ℝⁿ."))
        #expect(GraphLabel.short(Self.title) == "GenM³")

        // A search highlights the word where it is drawn.
        model.handle(.character("/"))
        for c in "generative" { model.handle(.character(c)) }
        model.handle(.enter)
        let screen = BrowserView.render(model)
        let highlighted = screen.cells.filter { $0.style == .highlight }.map(\.text).joined()
        #expect(highlighted.lowercased().hasPrefix("generative"))

        // The store keeps what arXiv wrote (for the command line, JSON and search).
        let stored = try model.store.search(try QueryParser.parse("generative"), limit: 5)
        #expect(stored.first?.title == Self.title && stored.first?.abstract == Self.abstract)
    }
}
