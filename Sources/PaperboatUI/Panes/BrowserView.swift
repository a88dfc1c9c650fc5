/// Draws the whole browser for a model: the `view` half of update/view.
public enum BrowserView {
    /// A fresh screen showing `model`.
    public static func render(_ model: BrowserModel) -> Screen {
        var screen = Screen(height: model.height, width: model.width)
        let layout = model.layout
        if layout.arrangement == .tooSmall {
            drawTooSmall(model, on: &screen)
            return screen
        }
        HeaderBar.draw(model, in: layout.header, on: &screen)
        SidebarPane.draw(model, in: layout.sidebar, on: &screen)
        if !layout.sidebar.isEmpty, !layout.list.isEmpty || !layout.graph.isEmpty {
            for row in layout.sidebar.row..<(layout.sidebar.row + layout.sidebar.height) {
                screen.write("│", row: row, column: layout.sidebar.column + layout.sidebar.width, maxWidth: 1, style: .border)
            }
        }
        ListPane.draw(model, in: layout.list, on: &screen)
        GraphPane.draw(model, in: layout.graph, on: &screen)
        drawSeparator(layout, focus: model.focus, on: &screen)
        AbstractPane.draw(model, in: layout.abstract, on: &screen)
        RelatedPane.drawHeader(model, in: layout.relatedHeader, on: &screen)
        RelatedPane.draw(model, in: layout.related, on: &screen)
        StatusBar.draw(model, in: layout.status, on: &screen)
        TrailOverlay.draw(model, on: &screen)
        WhyOverlay.draw(model, on: &screen)
        if model.showingHelp { HelpOverlay.draw(model, on: &screen) }
        return screen
    }

    private static func drawSeparator(_ layout: Layout, focus: Pane, on screen: inout Screen) {
        let rect = layout.separator
        if layout.arrangement == .sideBySide {
            for row in rect.row..<(rect.row + rect.height) {
                screen.write("│", row: row, column: rect.column, maxWidth: 1, style: .border)
                if !layout.graph.isEmpty && !layout.list.isEmpty {
                    screen.write("│", row: row, column: layout.graph.column - 1, maxWidth: 1, style: .border)
                }
            }
        } else {
            for column in rect.column..<(rect.column + rect.width) {
                screen.write("─", row: rect.row, column: column, maxWidth: 1, style: .border)
            }
            screen.write(focus == .abstract ? " Abstract (focused) " : " Abstract ", row: rect.row,
                         column: rect.column + 2, maxWidth: rect.width - 4, style: .heading)
        }
    }

    private static func drawTooSmall(_ model: BrowserModel, on screen: inout Screen) {
        let lines = [
            "Terminal too small",
            "\(model.width)x\(model.height), need \(Layout.minimumWidth)x\(Layout.minimumHeight)",
            "q quits",
        ]
        for (i, line) in lines.enumerated() where i < screen.height {
            screen.write(line, row: i, column: 0, maxWidth: screen.width, style: i == 0 ? .error : .normal)
        }
    }
}
