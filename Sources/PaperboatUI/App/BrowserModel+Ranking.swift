import PaperboatCore

/// Where the ranking of the search in force stands.
public enum RankingStatus: Sendable, Equatable {
    /// The matches show in list order while a worker ranks them.
    case awaited(Query, matches: Int)
    /// Ranked, keeping only the best ``RankedPageSource/cap`` of `matches`.
    case capped(matches: Int)
}

/// Broad searches ranked off the UI thread: the request leaves the model, the ranked ids
/// come back, and the list switches to relevance order if the search is still in force.
extension BrowserModel {
    /// Takes the search to rank (the run loop hands it to a worker).
    public mutating func takeRankingRequest() -> Query? {
        defer { pendingRanking = nil }
        return pendingRanking
    }

    /// Whether a ranking is awaited.
    public var isRanking: Bool {
        if case .awaited = ranking { return true }
        return false
    }

    /// Accepts the ranked ids of `query`, best first; dropped unless that search is still
    /// the one awaiting its ranking. The best match is selected — unless the reader had
    /// moved on to another paper meanwhile, which then stays selected where it ranks.
    public mutating func receiveRanking(for query: Query, ids: [Int64]) {
        guard case let .awaited(awaited, matches) = ranking, awaited == query else { return }
        let shown = list.selected > 0 ? detail?.id : nil
        do {
            let source = RankedPageSource(store: store, ids: ids, matchCount: matches)
            pager = try PaperPager(source: source, pageSize: pager.pageSize)
            list = ListWindow(count: pager.total, height: max(1, layout.list.height))
            ranking = matches > ids.count ? .capped(matches: matches) : nil
            if let shown, let index = source.index(of: shown), index > 0 {
                list.select(index)
                shownListRowId = shown
            } else {
                shownListRowId = nil
            }
            refresh()
        } catch {
            ranking = nil
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// The ranking of `query` failed: the matches stay in list order, and the status says why.
    public mutating func rankingFailed(for query: Query, _ error: Error) {
        guard case let .awaited(awaited, _) = ranking, awaited == query else { return }
        ranking = nil
        message = StatusMessage("could not rank the matches (they are in list order): \(error)", kind: .error)
    }

    /// Papers the filter matches (more than the list holds when the ranking was capped).
    public var matchingCount: Int {
        switch ranking {
        case let .awaited(_, matches), let .capped(matches): return matches
        case nil: return pager.total
        }
    }

    /// What the header adds about the ranking, if anything.
    public var rankingNote: String? {
        switch ranking {
        case .awaited: return "ranking…"
        case .capped: return "the best \(pager.total) by relevance"
        case nil: return nil
        }
    }
}
