import PaperboatCore
import Testing
@testable import PaperboatUI

/// Read papers are dimmed in the list and the related pane, so the unread stand out.
@Suite struct ReadDimmingTests {
    /// The style of the first cell of `text` on the screen (nil when it is not on show).
    static func style(of text: String, on screen: Screen) -> CellStyle? {
        for row in 0..<screen.height {
            let line = screen.rowText(row)
            guard let range = line.range(of: text) else { continue }
            return screen[row, line.distance(from: line.startIndex, to: range.lowerBound)].style
        }
        return nil
    }

    @Test func readPapersAreDimInTheList() throws {
        let store = try UIFixtures.library()
        let fourth = try #require(try BrowserModel(store: store, height: 35, width: 120).pager.row(at: 3))
        #expect(fourth.title == "Filler paper number 40 about diffusion models")
        try store.setRead(fourth.id, true)
        var model = try BrowserModel(store: store, height: 35, width: 120)
        var screen = BrowserView.render(model)
        #expect(Self.style(of: "Filler paper number 40", on: screen) == .dim)
        #expect(Self.style(of: "Filler paper number 39", on: screen) == .normal)
        #expect(Self.style(of: "Evil", on: screen) == .normal)
        // The paper on show is read after three seconds; leaving it, its row is dim at once.
        #expect(Self.style(of: "Mamba", on: screen) == .selectedInactive || Self.style(of: "Mamba", on: screen) == .selected)
        model.tick(now: 0)
        model.tick(now: 3.5)
        #expect(model.detail?.readAt != nil)
        model.handle(.character("j"))
        screen = BrowserView.render(model)
        #expect(Self.style(of: "Mamba", on: screen) == .dim)
        // The selected row keeps the selection's style, read or not.
        model.handle(.character("k"))
        #expect(Self.style(of: "Mamba", on: BrowserView.render(model)) == .selected)
    }

    @Test func readPapersAreDimInTheRelatedPane() throws {
        var (model, _) = try RelatedFlowTests.browser()
        let request = model.takeRelatedRequest()
        let id = try #require(request)
        model.receiveRelated(for: id, rows: [
            RelatedRow(id: 1, key: "a", title: "An unread neighbour", score: 0.5, terms: ["rank"]),
            RelatedRow(id: 2, key: "b", title: "A read neighbour", score: 0.4, terms: ["rank"], isRead: true),
            RelatedRow(id: 3, key: "c", title: "Another unread one", score: 0.3, terms: ["rank"]),
        ])
        let screen = BrowserView.render(model)
        #expect(Self.style(of: "A read neighbour", on: screen) == .dim)
        #expect(Self.style(of: "Another unread one", on: screen) == .normal)
    }

    /// The related rows carry the store's read state.
    @Test func relatedRowsKnowWhatIsRead() throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        let request = model.takeRelatedRequest()
        let id = try #require(request)
        let first = try #require(try lookup.rows(for: id).first)
        #expect(!first.isRead)
        try model.store.setRead(first.id, true)
        let rows = try lookup.rows(for: id)
        #expect(rows.first?.isRead == true && rows.dropFirst().allSatisfy { !$0.isRead })
    }
}
