import PaperboatCore

/// The "why related" overlay (`w`): a related paper's score taken apart, from the related
/// pane (at once: the row carries it) or from the graph (asked of the worker, since the
/// paper may be hops away from the centre and in none of its lists).
extension BrowserModel {
    /// Opens the overlay on the related pane's selected paper, or asks for the graph's
    /// selected paper against the centre.
    mutating func openWhy() {
        if focus == .graph, let graph {
            guard graph.nodes.indices.contains(graph.selected), graph.selected > 0 else {
                message = StatusMessage(graph.nodes.isEmpty ? "Still finding the neighbourhood"
                    : "This is the paper at the centre: select another (arrows) to see why it is linked")
                return
            }
            pendingWhyRequest = WhyRequest(centre: graph.originId, paper: graph.nodes[graph.selected].id)
            return
        }
        guard focus == .related, let row = related.selectedRow else {
            message = StatusMessage(related.rows.isEmpty
                ? (related.isLoading ? "Still finding the related papers" : "No related papers to explain")
                : "Select a related paper first (\(keyMap.firstKey(for: .focusNext)) to the related pane)")
            return
        }
        whyRelated = why(for: row, position: related.window.selected, count: related.rows.count,
                         source: related.recommendedFor == nil ? .related : .recommendation)
    }

    /// Takes the pending graph "why" request (the run loop hands it to the worker).
    public mutating func takeWhyRequest() -> WhyRequest? {
        defer { pendingWhyRequest = nil }
        return pendingWhyRequest
    }

    /// Opens the overlay on the worker's answer, if the graph still has that paper selected
    /// around that centre (else the answer is dropped).
    public mutating func receiveWhy(for request: WhyRequest, row: RelatedRow?) {
        guard let graph, graph.originId == request.centre, graph.nodes.indices.contains(graph.selected),
              graph.nodes[graph.selected].id == request.paper, focus == .graph else { return }
        guard let row else {
            message = StatusMessage("The index does not relate these two papers")
            return
        }
        whyRelated = why(for: row, position: graph.selected, count: graph.nodes.count,
                         source: .graph(hops: graph.nodes[graph.selected].depth))
    }

    /// Keys while the overlay is open: j/k step through the related papers (from the pane),
    /// Enter opens the one on show (in the graph: centres on it), Esc/q/w close.
    mutating func applyToWhy(_ action: Action) {
        guard let shown = whyRelated else { return }
        switch action {
        case .moveDown, .moveUp:
            // The graph's papers have no order to step through: the arrows walk it.
            if case .graph = shown.source { return }
            related.window.perform(action)
            if let row = related.selectedRow {
                whyRelated = why(for: row, position: related.window.selected, count: related.rows.count, source: shown.source)
            }
        case .open:
            whyRelated = nil
            open()
        case .whyRelated, .closeOverlay: whyRelated = nil
        default: break
        }
    }

    /// The overlay's content for `row`: the row, and its paper's authors and date.
    private mutating func why(for row: RelatedRow, position: Int, count: Int, source: WhyRelated.Source) -> WhyRelated {
        var paper: Paper?
        do {
            paper = try store.paper(id: row.id)
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
        return WhyRelated(row: row, position: position, count: count, authors: paper?.authors ?? [],
                          date: paper.map(\.displayDate) ?? "", source: source)
    }
}
