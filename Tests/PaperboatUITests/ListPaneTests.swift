import PaperboatCore
import Testing
@testable import PaperboatUI

/// The list's rows: title, first author and date in their columns.
@Suite struct ListPaneTests {
    static let longTitle = "A Remarkably Long Title About Representation Rank in Deep Reinforcement Learning"

    static func browser(width: Int) throws -> BrowserModel {
        let store = try PaperStore.inMemory()
        let drafts = [
            PaperDraft(arxivId: "2501.00001", title: longTitle, abstract: "With an author.", authors: ["Ada Lovelace"],
                       date: "2025-01-05"),
            PaperDraft(arxivId: "2501.00002", title: longTitle + " Again", abstract: "Without one.", date: "2025-01-04"),
        ]
        _ = try store.importDrafts(drafts, source: "t.jsonl", now: UIFixtures.epoch)
        return try BrowserModel(store: store, height: 30, width: width)
    }

    /// A paper without authors gives its blank author cell to the title; the dates stay in
    /// one column. (The bundled corpus has no authors, and its titles were cut at 31 cells
    /// beside 22 blank ones.)
    @Test func aTitleRunsOnIntoABlankAuthorCell() throws {
        let model = try Self.browser(width: 120)
        let screen = BrowserView.render(model)
        let rows = (0..<screen.height).map { screen.rowText($0) }
        guard let withAuthor = rows.first(where: { $0.contains("Ada Lovelace") }),
              let without = rows.first(where: { $0.contains("2025-01-04") }) else {
            Issue.record("rows not found:\n\(rows.joined(separator: "\n"))")
            return
        }
        let shownWith = withAuthor.prefix(while: { $0 != "…" }).count
        let shownWithout = without.prefix(while: { $0 != "…" }).count
        #expect(shownWithout >= shownWith + 14, "\(withAuthor)\n\(without)")
        let dateColumn = { (row: String) in row.range(of: "2025-01-0").map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        #expect(dateColumn(withAuthor) != nil && dateColumn(withAuthor) == dateColumn(without), "\(withAuthor)\n\(without)")
    }
}
