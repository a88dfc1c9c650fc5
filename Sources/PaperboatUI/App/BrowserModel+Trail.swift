import PaperboatCore

/// The trail overlay (`H`): every paper visited by following links, to go back to any.
extension BrowserModel {
    /// Rows the overlay shows at once for `entries` papers at the current screen height.
    func trailRows(entries: Int) -> Int { TrailOverlay.visibleRows(entries: entries, screenHeight: height) }

    /// Opens the overlay on the trail, the cursor on the paper on show.
    mutating func openTrail() {
        guard !trail.ids.isEmpty else {
            message = StatusMessage("No trail yet: open a related paper with " + keyMap.firstKey(for: .open))
            return
        }
        do {
            let entries = try trail.ids.map { id -> TrailListing.Entry in
                let paper = try store.paper(id: id)
                return TrailListing.Entry(id: id, title: paper.map { TeXText.plain($0.title) } ?? "(no longer in the library)",
                                          date: paper.map { PaperDate.display($0.date) } ?? "")
            }
            trailListing = TrailListing(entries: entries, current: trail.position, rows: trailRows(entries: entries.count))
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Keys while the overlay is open: move, Enter goes to the paper, Esc/q/H close.
    mutating func applyToTrail(_ action: Action) {
        guard let listing = trailListing else { return }
        switch action {
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
            trailListing?.window.perform(action)
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
