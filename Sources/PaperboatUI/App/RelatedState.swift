/// The related pane: which paper it is for, its rows, and selection.
public struct RelatedState: Sendable, Equatable {
    /// The paper the rows belong to.
    public var paperId: Int64?
    /// The neighbours, best first.
    public var rows: [RelatedRow] = []
    /// Whether an answer is awaited.
    public var isLoading = false
    /// For recommendations: what they are for (`tag:x`), shown in the pane's title.
    public var recommendedFor: String?
    /// For recommendations: the window of days they keep (`nil`: all time).
    public var recommendationDays: Int?
    /// Selection and scroll within the rows.
    public var window = ListWindow(count: 0, height: 1)

    /// The selected neighbour, if any.
    public var selectedRow: RelatedRow? {
        rows.indices.contains(window.selected) ? rows[window.selected] : nil
    }
}
