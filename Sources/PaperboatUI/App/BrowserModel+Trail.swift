import PaperboatCore

/// The trail overlay (`H`): every paper visited by following links, to go back to any.
extension BrowserModel {
    /// Rows the overlay shows at once for the current screen height (as ``TrailOverlay`` lays it out).
    var trailRows: Int { TrailOverlay.visibleRows(entries: trailListing?.entries.count ?? 0, screenHeight: height) }

    /// Opens the overlay on the trail, the cursor on the paper on show.
    mutating func openTrail() {
        guard !trail.ids.isEmpty else {
            message = StatusMessage("No trail yet: open a related paper with Enter")
            return
        }
        do {
            let entries = try trail.ids.map { id -> TrailListing.Entry in
                let paper = try store.paper(id: id)
                return TrailListing.Entry(id: id, title: paper.map { TeXText.plain($0.title) } ?? "(no longer in the library)",
                                          date: paper.map { PaperDate.display($0.date) } ?? "")
            }
            trailListing = TrailListing(entries: entries, cursor: trail.position, current: trail.position)
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Keys while the overlay is open: move, Enter goes to the paper, Esc/q/H close.
    mutating func applyToTrail(_ action: Action) {
        guard var listing = trailListing else { return }
        switch action {
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
            listing.move(action, page: trailRows)
            trailListing = listing
        case .open:
            trailListing = nil
            guard listing.cursor != trail.position else { return }
            if let id = trail.jump(to: listing.cursor) {
                showPaper(id: id)
                recentreGraph(on: id)
            }
        case .showTrail, .closeOverlay: trailListing = nil
        default: break
        }
    }
}
