/// What a cell means, which the backend maps to colours or (monochrome) attributes.
public enum CellStyle: UInt8, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case normal
    /// Less important text: dates, authors in the list, hints.
    case dim
    /// Headings and the abstract pane's title.
    case heading
    /// The selected row of the focused pane.
    case selected
    /// The selected row of a pane without focus.
    case selectedInactive
    /// The status bar.
    case status
    /// Star and tag markers.
    case marker
    /// Pane borders and separators.
    case border
    /// Labels such as "Authors:".
    case label
    /// Error and warning messages.
    case error
    /// Words matching the search.
    case highlight
}

/// One terminal cell: a character (with any combining marks) and its style.
public struct Cell: Sendable, Hashable {
    /// The text in the cell; empty for the right half of a wide character.
    public var text: String
    /// How the cell is drawn.
    public var style: CellStyle

    /// A blank cell in `style`.
    public static func blank(_ style: CellStyle = .normal) -> Cell { Cell(text: " ", style: style) }

    public init(text: String, style: CellStyle) {
        self.text = text
        self.style = style
    }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}
