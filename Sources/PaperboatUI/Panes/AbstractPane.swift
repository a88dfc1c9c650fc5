/// Draws the selected paper's details and abstract, scrolled.
public enum AbstractPane {
    /// Draws `model`'s detail lines into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        guard model.detail != nil else {
            screen.write("No paper selected", row: rect.row, column: rect.column, maxWidth: rect.width, style: .dim)
            return
        }
        let lines = model.detailLines
        let highlighter = model.highlighter
        for offset in 0..<rect.height {
            let index = model.detailTop + offset
            guard index < lines.count else { break }
            let line = lines[index]
            let row = rect.row + offset
            if !line.label.isEmpty {
                screen.write(line.label, row: row, column: rect.column, maxWidth: line.indent, style: .label)
            }
            screen.write(line.text, row: row, column: rect.column + line.indent,
                         maxWidth: rect.width - line.indent, style: line.style)
            screen.highlight(highlighter.ranges(in: line.text), row: row, column: rect.column + line.indent,
                             limit: rect.column + rect.width)
        }
        if model.focus == .abstract { screen.cursor = (rect.row, rect.column) }
    }
}
