import PaperboatCore

/// Where the ranking of the search in force stands.
public enum RankingStatus: Sendable, Equatable {
    /// The matches show in list order while a worker ranks them (and counts them, when
    /// `matches` is not known yet).
    case awaited(Query, matches: Int?)
    /// Ranked, keeping only the best ``RankedPageSource/cap`` of `matches`.
    case capped(matches: Int)
}

/// A search to rank on a worker, and whether its exact count is wanted too.
public struct RankingRequest: Sendable, Equatable {
    public var query: Query
    public var needsCount: Bool
}

/// Broad searches ranked, and expensive counts counted, off the UI thread: the request
/// leaves the model, the answer comes back, and is taken if the filter is still in force.
extension BrowserModel {
    /// Takes the search to rank (the run loop hands it to a worker).
    public mutating func takeRankingRequest() -> RankingRequest? {
        defer { pendingRanking = nil }
        guard let query = pendingRanking else { return nil }
        if case .awaited(_, nil) = ranking { return RankingRequest(query: query, needsCount: true) }
        return RankingRequest(query: query, needsCount: false)
    }

    /// Takes the filter to count exactly (the run loop hands it to a worker).
    public mutating func takeCountRequest() -> Query? {
        defer { pendingCount = nil }
        return pendingCount
    }

    /// After a filter's source counted: a provisional count (an upper bound) asks a worker
    /// for the exact one; a search awaiting its ranking keeps an exact count it got.
    mutating func noteProvisionalCount() {
        countAwaited = nil
        pendingCount = nil
        let listed = (pager.source as? ReversedPageSource)?.base ?? pager.source
        guard let source = listed as? QueryPageSource, let plan = source.plan else { return }
        if case let .awaited(query, _) = ranking {
            ranking = .awaited(query, matches: plan.countIsExact ? plan.count : nil)
        } else if !plan.countIsExact {
            countAwaited = source.query
            pendingCount = source.query
        }
    }

    /// Accepts the exact count of `query`; dropped unless that filter still awaits it. The
    /// list keeps the paper selected.
    public mutating func receiveCount(for query: Query, count: Int) {
        guard countAwaited == query else { return }
        countAwaited = nil
        let shift = pager.settle(total: count)
        list.setCount(pager.total)
        if shift != 0 { list.select(list.selected + shift) }
        refresh()
    }

    /// Whether a ranking is awaited.
    public var isRanking: Bool {
        if case .awaited = ranking { return true }
        return false
    }

    /// Accepts the ranked ids of `query`, best first; dropped unless that search is still
    /// the one awaiting its ranking. The best match is selected — unless the reader had
    /// moved on to another paper meanwhile, which then stays selected where it ranks.
    public mutating func receiveRanking(for query: Query, ids: [Int64], count: Int? = nil) {
        guard case let .awaited(awaited, known) = ranking, awaited == query else { return }
        let matches = count ?? known ?? ids.count
        let shown = list.selected > 0 ? detail?.id : nil
        do {
            let source = RankedPageSource(store: store, ids: ids, matchCount: matches).removing(removedIds)
            pager = try PaperPager(source: source, pageSize: pager.pageSize)
            list = ListWindow(count: pager.total, height: max(1, layout.list.height))
            ranking = matches > ids.count ? .capped(matches: matches) : nil
            // The paper on show stays on show where the ranking has it; else the top one shows.
            var keptOnShow = false
            if let shown, let index = source.index(of: shown), index > 0 {
                list.select(index)
                shownListRowId = shown
                keptOnShow = true
            }
            refresh(reshowing: !keptOnShow)
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

    /// How many papers the filter matches, as the header says it: exact, or "up to" an upper
    /// bound while the exact count is awaited (more than the list holds when capped).
    public var matchingDescription: String {
        switch ranking {
        case let .awaited(_, matches?), let .capped(matches): return CountText.grouped(matches)
        case .awaited(_, nil): return "up to \(CountText.grouped(pager.total))"
        case nil: return (countAwaited == nil ? "" : "up to ") + CountText.grouped(pager.total)
        }
    }

    /// What the header adds about ranking or counting, if anything.
    public var rankingNote: String? {
        switch ranking {
        case .awaited: return "ranking…"
        case .capped: return "the best \(CountText.grouped(pager.total)) by relevance"
        case nil: return countAwaited == nil ? nil : "counting…"
        }
    }
}
