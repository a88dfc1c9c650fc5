import PaperboatCore

/// Papers like those of a tag or the starred ones, to compute on a worker.
public struct RecommendationRequest: Sendable, Equatable {
    /// What they are for, as the sidebar names it (`tag:x`, `is:starred`).
    public var text: String
    /// The papers to start from.
    public var query: Query
    /// Only papers dated within this many days (`nil`: all time).
    public var days: Int?
}
