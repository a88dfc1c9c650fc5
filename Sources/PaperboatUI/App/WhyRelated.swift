import PaperboatCore
import Similarity

/// What the "why related" overlay (`w`) shows: one related paper, its authors and date,
/// and what its score is made of.
public struct WhyRelated: Sendable, Equatable {
    /// Where the paper was picked.
    public enum Source: Sendable, Equatable {
        /// The related pane (its related papers).
        case related
        /// The related pane listing papers like a tag's ("like these").
        case recommendation
        /// The graph: a paper `hops` out from the one at its centre, scored against it.
        case graph(hops: Int)
    }

    /// The paper as a related row of the paper it is explained against, with its score
    /// parts and scored words.
    public var row: RelatedRow
    /// The row's place in the pane or the graph (from 0), and how many there are.
    public var position: Int
    public var count: Int
    /// The related paper's authors and date as the list shows it.
    public var authors: [String]
    public var date: String
    public var source: Source

    public init(row: RelatedRow, position: Int, count: Int, authors: [String] = [], date: String = "",
                source: Source = .related) {
        self.row = row
        self.position = position
        self.count = count
        self.authors = authors
        self.date = date
        self.source = source
    }
}

/// A request for the graph's "why": how `paper` relates to `centre` (answered on a worker).
public struct WhyRequest: Sendable, Equatable {
    /// The paper at the centre of the graph.
    public var centre: Int64
    /// The graph's paper to explain against it.
    public var paper: Int64

    public init(centre: Int64, paper: Int64) {
        self.centre = centre
        self.paper = paper
    }
}
