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
    /// The paper list (empty while the graph takes its place).
    public var list: Rect
    /// The sidebar of tags and views (empty while it is closed).
    public var sidebar: Rect = Rect(row: 0, column: 0, height: 0, width: 0)
    /// The graph pane (empty while the graph is closed).
    public var graph: Rect = Rect(row: 0, column: 0, height: 0, width: 0)
    /// The separator between list and abstract (a column or a row).
    public var separator: Rect
    /// The abstract pane.
    public var abstract: Rect
    /// The title row above the related pane.
    public var relatedHeader: Rect
    /// The related-papers pane (empty when there is no room).
    public var related: Rect
    /// The status bar.
    public var status: Rect

    /// From this width on, an open graph sits between the list and the abstract.
    public static let threeColumnWidth = 150

    /// The layout with the sidebar and the graph open or not. The sidebar takes the left
    /// of the list (or the whole list area on narrow screens).
    public init(height: Int, width: Int, showGraph: Bool, showSidebar: Bool) {
        self.init(height: height, width: width, showGraph: showGraph)
        guard showSidebar, arrangement != .tooSmall else { return }
        let host = list.isEmpty ? graph : list
        if host.width >= 60 {
            sidebar = Rect(row: host.row, column: host.column, height: host.height, width: 24)
            let rest = Rect(row: host.row, column: host.column + 25, height: host.height, width: host.width - 25)
            if list.isEmpty { graph = rest } else { list = rest }
        } else {
            sidebar = host
            if list.isEmpty { graph = Rect(row: 0, column: 0, height: 0, width: 0) } else { list = Rect(row: 0, column: 0, height: 0, width: 0) }
        }
    }

    /// The layout for a screen of `height` rows and `width` columns, with the graph open or not.
    public init(height: Int, width: Int, showGraph: Bool) {
        self.init(height: height, width: width)
        guard showGraph, arrangement != .tooSmall else { return }
        if width >= Self.threeColumnWidth && arrangement == .sideBySide {
            // A quarter for the list, the graph to 65% (60 columns at 150, room to draw),
            // the abstract and related papers the rest.
            let listWidth = width / 4, graphEnd = width * 13 / 20
            let bodyHeight = list.height
            graph = Rect(row: list.row, column: listWidth + 1, height: bodyHeight, width: graphEnd - listWidth - 1)
            list = Rect(row: list.row, column: 0, height: bodyHeight, width: listWidth)
            separator = Rect(row: 1, column: graphEnd, height: bodyHeight, width: 1)
            let right = graphEnd + 2
            abstract = Rect(row: 1, column: right, height: abstract.height, width: width - right - 1)
            relatedHeader = Rect(row: relatedHeader.row, column: graphEnd + 1, height: 1, width: width - graphEnd - 1)
            related = Rect(row: related.row, column: right, height: related.height, width: width - right - 1)
        } else if arrangement == .sideBySide {
            graph = list
            list = Rect(row: 0, column: 0, height: 0, width: 0)
        } else {
            // Stacked: the graph takes about three fifths of the body, the abstract the rest.
            let bodyHeight = height - 2
            let graphHeight = max(3, bodyHeight * 3 / 5)
            graph = Rect(row: 1, column: 0, height: graphHeight, width: width)
            list = Rect(row: 0, column: 0, height: 0, width: 0)
            separator = Rect(row: 1 + graphHeight, column: 0, height: 1, width: width)
            abstract = Rect(row: 2 + graphHeight, column: 1, height: bodyHeight - graphHeight - 1, width: width - 2)
            relatedHeader = Rect(row: 0, column: 0, height: 0, width: 0)
            related = relatedHeader
        }
    }

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
            relatedHeader = list
            related = list
        } else if width >= Self.sideBySideWidth {
            arrangement = .sideBySide
            let listWidth = width * 11 / 20
            list = Rect(row: 1, column: 0, height: bodyHeight, width: listWidth - 1)
            separator = Rect(row: 1, column: listWidth, height: bodyHeight, width: 1)
            let abstractHeight = bodyHeight * 11 / 20
            let right = listWidth + 2
            abstract = Rect(row: 1, column: right, height: abstractHeight, width: width - right - 1)
            relatedHeader = Rect(row: 1 + abstractHeight, column: listWidth + 1, height: 1, width: width - listWidth - 1)
            related = Rect(row: 2 + abstractHeight, column: right, height: bodyHeight - abstractHeight - 1, width: width - right - 1)
        } else {
            arrangement = .stacked
            let hasRelated = bodyHeight >= 16
            let listHeight = max(3, (bodyHeight - 1) * (hasRelated ? 7 : 9) / 20)
            list = Rect(row: 1, column: 0, height: listHeight, width: width)
            separator = Rect(row: 1 + listHeight, column: 0, height: 1, width: width)
            let rest = bodyHeight - listHeight - 1
            let abstractHeight = hasRelated ? rest / 2 : rest
            abstract = Rect(row: 2 + listHeight, column: 1, height: abstractHeight, width: width - 2)
            relatedHeader = Rect(row: 2 + listHeight + abstractHeight, column: 0, height: hasRelated ? 1 : 0, width: width)
            related = Rect(row: 3 + listHeight + abstractHeight, column: 1, height: hasRelated ? rest - abstractHeight - 1 : 0,
                           width: width - 2)
        }
    }
}
