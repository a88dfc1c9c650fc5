import PaperboatCore
import Similarity

/// What the "why related" overlay (`w`) shows: one paper of the related pane, its authors
/// and date, and what its score is made of.
public struct WhyRelated: Sendable, Equatable {
    /// The pane's row, with its score parts and scored words.
    public var row: RelatedRow
    /// The row's place in the pane (from 0) and the pane's number of rows.
    public var position: Int
    public var count: Int
    /// The related paper's authors and date as the list shows it.
    public var authors: [String]
    public var date: String
    /// Whether the pane lists papers like a tag's ("like these") rather than related papers.
    public var isRecommendation: Bool

    public init(row: RelatedRow, position: Int, count: Int, authors: [String] = [], date: String = "",
                isRecommendation: Bool = false) {
        self.row = row
        self.position = position
        self.count = count
        self.authors = authors
        self.date = date
        self.isRecommendation = isRecommendation
    }
}
