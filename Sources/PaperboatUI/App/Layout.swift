/// Where each pane goes for a terminal size.
public struct Layout: Sendable, Equatable {
    /// The smallest size at which everything works.
    public static let minimumHeight = 12
    public static let minimumWidth = 40
    /// From this width on, list and abstract sit side by side.
    public static let sideBySideWidth = 110

    /// How the panes are arranged.
    public enum Arrangement: Sendable, Equatable {
        /// List on the left, abstract on the right.
        case sideBySide
        /// List above, abstract below.
        case stacked
        /// Below the minimum size: only a message.
        case tooSmall
    }

    public var arrangement: Arrangement
    /// The header line.
    public var header: Rect
    /// The paper list.
    public var list: Rect
    /// The separator between list and abstract (a column or a row).
    public var separator: Rect
    /// The abstract pane.
    public var abstract: Rect
    /// The status bar.
    public var status: Rect

    /// The layout for a screen of `height` rows and `width` columns.
    public init(height: Int, width: Int) {
        status = Rect(row: height - 1, column: 0, height: 1, width: width)
        header = Rect(row: 0, column: 0, height: 1, width: width)
        let bodyHeight = height - 2
        if height < Self.minimumHeight || width < Self.minimumWidth {
            arrangement = .tooSmall
            list = Rect(row: 0, column: 0, height: 0, width: 0)
            separator = list
            abstract = list
        } else if width >= Self.sideBySideWidth {
            arrangement = .sideBySide
            let listWidth = width * 11 / 20
            list = Rect(row: 1, column: 0, height: bodyHeight, width: listWidth - 1)
            separator = Rect(row: 1, column: listWidth, height: bodyHeight, width: 1)
            abstract = Rect(row: 1, column: listWidth + 2, height: bodyHeight, width: width - listWidth - 3)
        } else {
            arrangement = .stacked
            let listHeight = max(3, (bodyHeight - 1) * 9 / 20)
            list = Rect(row: 1, column: 0, height: listHeight, width: width)
            separator = Rect(row: 1 + listHeight, column: 0, height: 1, width: width)
            abstract = Rect(row: 2 + listHeight, column: 1, height: bodyHeight - listHeight - 1, width: width - 2)
        }
    }
}
