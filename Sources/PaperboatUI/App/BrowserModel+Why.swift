import PaperboatCore

/// The "why related" overlay (`w`): the selected related paper's score taken apart.
extension BrowserModel {
    /// Opens the overlay on the related pane's selected paper.
    mutating func openWhy() {
        guard focus == .related, let row = related.selectedRow else {
            message = StatusMessage(related.rows.isEmpty
                ? (related.isLoading ? "Still finding the related papers" : "No related papers to explain")
                : "Select a related paper first (\(keyMap.spoken([.focusNext], in: .browser, firstKeys: true)) to the related pane)")
            return
        }
        whyRelated = why(for: row)
    }

    /// Keys while the overlay is open: j/k step through the related papers, Enter opens
    /// the one on show, Esc/q/w close.
    mutating func applyToWhy(_ action: Action) {
        switch action {
        case .moveDown, .moveUp:
            related.window.perform(action)
            if let row = related.selectedRow { whyRelated = why(for: row) }
        case .open:
            whyRelated = nil
            open()
        case .whyRelated, .closeOverlay: whyRelated = nil
        default: break
        }
    }

    /// The overlay's content for `row`: the row, and its paper's authors and date.
    private mutating func why(for row: RelatedRow) -> WhyRelated {
        var paper: Paper?
        do {
            paper = try store.paper(id: row.id)
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
        return WhyRelated(row: row, position: related.window.selected, count: related.rows.count,
                          authors: paper?.authors ?? [], date: paper.map(\.displayDate) ?? "",
                          isRecommendation: related.recommendedFor != nil)
    }
}
