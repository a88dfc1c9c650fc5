import PaperboatCore

extension BrowserModel {
    /// `d`: asks whether to remove the marked papers (else the one on show).
    mutating func askToRemove() {
        let count = targets.count
        guard count > 0 else { message = StatusMessage("No paper to remove"); return }
        input = InputLine(purpose: .confirmRemove(count: count))
    }

    /// Removes the marked papers (else the one on show) from the library, with their tags
    /// and notes, and shows the paper now at the list's selection (a new trail). The
    /// related-papers index of this session still knows the removed papers, but they are
    /// no longer in the library, so the related pane and the graph leave them out; the
    /// index itself is rebuilt when Paperboat next starts.
    mutating func removeTargets() {
        let ids = targets
        guard !ids.isEmpty else { return }
        do {
            let removed = try store.removePapers(ids)
            removedIds.formUnion(ids)
            libraryCount = try store.paperCount()
            marked.removeAll()
            let selected = list.selected
            // A ranking keeps its order without them (one still awaited leaves them out when
            // it arrives); a list in date order is counted again.
            if let ranked = pager.source as? RankedPageSource {
                pager = try PaperPager(source: ranked.removing(removedIds), pageSize: pager.pageSize)
            } else {
                try pager.reset(recount: true)
            }
            list.setCount(pager.total)
            noteProvisionalCount()
            list.select(min(selected, max(0, pager.total - 1)))
            refresh(reshowing: true)
            // The list's paper on show has an open graph centred on it; found again, since
            // the removed papers may have been in it (an empty list closed it).
            if let id = detail?.id { recentreGraph(on: id) }
            if sidebar != nil { reloadSidebar() }
            message = StatusMessage("Removed \(removed) paper\(removed == 1 ? "" : "s") (the related-papers index is rebuilt when Paperboat next starts)")
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }
}
