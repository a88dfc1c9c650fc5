import Foundation
import PaperboatCore
import Similarity
import Testing
@testable import PaperboatUI

/// A related paper by one of the same authors says so, before its shared terms.
@Suite struct SharedAuthorsTests {
    @Test func aRelatedPaperByTheSameAuthorSaysSo() throws {
        let store = try PaperStore.inMemory()
        let abstract = "Selective state space models for long sequence modeling with linear time."
        _ = try store.importDrafts([
            PaperDraft(title: "Mamba: selective state spaces", abstract: abstract, authors: ["Albert Gu", "Tri Dao"], date: "2024-01-05"),
            PaperDraft(title: "Structured state spaces for sequences", abstract: abstract, authors: ["ALBERT GU", "Karan Goel"], date: "2023-01-05"),
            PaperDraft(title: "State space models revisited", abstract: abstract, authors: ["Someone Else"], date: "2023-02-05"),
        ] + (1...20).map { PaperDraft(title: "Filler \($0) on image segmentation", abstract: "Segmentation of images \($0).",
                                        authors: ["Author \($0)"], date: "2022-01-01") },
            source: "fixture.jsonl", now: UIFixtures.epoch)
        var builder = IndexBuilder()
        for paper in try store.indexableText(afterId: 0, limit: 100) {
            builder.add(id: paper.id, title: paper.title, abstract: paper.abstract,
                        extraTerms: paper.authors.map { "au:" + $0.lowercased() })
        }
        builder.finish()
        let lookup = RelatedLookup(index: builder.index, store: store)
        var model = try BrowserModel(store: store, height: 35, width: 120, relatedEnabled: true)
        let request = model.takeRelatedRequest()
        let id = try #require(request)
        #expect(model.detail?.title == "Mamba: selective state spaces")
        let rows = try lookup.rows(for: id)
        let byGu = try #require(rows.first { $0.title.hasPrefix("Structured") })
        let other = try #require(rows.first { $0.title.hasPrefix("State space models") })
        #expect(byGu.sharedAuthors == ["ALBERT GU"])     // as the related paper spells it
        #expect(other.sharedAuthors.isEmpty)
        #expect(byGu.reasons.first == "by ALBERT GU" && byGu.reasons.dropFirst() == byGu.terms[...])
        #expect(rows.allSatisfy { $0.terms.allSatisfy { !$0.hasPrefix("au:") && !$0.hasPrefix("cat:") } })
        model.receiveRelated(for: id, rows: rows)
        let line = BrowserView.render(model).text.split(separator: "\n").last { $0.contains("Structured state") }
        #expect(line?.contains("by ALBERT GU") == true, "\(BrowserView.render(model).text)")
    }
}
