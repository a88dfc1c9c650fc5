import PaperboatCore

/// Draws the related-papers graph: edges (strong and weak), node marks (origin,
/// starred, others), labels that never overlap, and the selection. Below
/// ``minimumWidth`` × ``minimumHeight`` it draws the same neighbourhood as an outline.
public enum GraphPane {
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    /// Draws `model`'s graph into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty, let graph = model.graph else { return }
        let focused = model.focus == .graph
        // While the worker finds the neighbourhood there is no count to give yet.
        let count = graph.isLoading ? "" : ", \(graph.nodes.count) papers"
        // The keys are in the status line's hints, which follow the bindings in force.
        let title = " Graph: depth \(graph.depth), breadth \(graph.breadth)\(count)"
        screen.write(title, row: rect.row, column: rect.column, maxWidth: rect.width, style: .heading)
        let body = Rect(row: rect.row + 1, column: rect.column, height: rect.height - 1, width: rect.width)
        if graph.isLoading {
            screen.write("Finding the neighbourhood…", row: body.row, column: body.column, maxWidth: body.width, style: .dim)
            return
        }
        if body.width < minimumWidth || body.height < minimumHeight {
            drawOutline(graph, ascii: model.asciiArt, focused: focused, in: body, on: &screen)
            return
        }
        var state = graph
        state.layOut(height: body.height, width: body.width)
        guard let layout = state.layout else { return }
        let marks = Marks(ascii: model.asciiArt)
        for (a, b, _, strong) in state.drawnEdges {
            let p = layout.placements[a], q = layout.placements[b]
            drawLine(from: (p.row, p.column), to: (q.row, q.column), strong: strong, marks: marks, in: body, on: &screen)
        }
        let originDate = state.nodes.first?.date ?? ""
        for (index, p) in layout.placements.enumerated() {
            let node = state.nodes[index]
            let mark = index == 0 ? marks.origin : (node.isStarred ? marks.starred : marks.node)
            let selected = index == state.selected
            let markStyle: CellStyle = selected ? (focused ? .selected : .selectedInactive) : (index == 0 ? .heading : .marker)
            screen.write(mark, row: body.row + p.row, column: body.column + p.column, maxWidth: 1, style: markStyle)
            guard !p.label.isEmpty else { continue }
            var style: CellStyle = index == 0 ? .heading : (isOlder(node.date, than: originDate) ? .dim : .normal)
            if selected { style = focused ? .selected : .selectedInactive }
            screen.write(p.label, row: body.row + p.labelRow, column: body.column + p.labelColumn,
                         maxWidth: body.width - p.labelColumn, style: style)
            if selected { screen.cursor = (body.row + p.row, body.column + p.column) }
        }
    }

    /// Whether `date` is known and earlier than the origin's.
    static func isOlder(_ date: String, than origin: String) -> Bool {
        guard date.count == 10, origin.count == 10, !date.hasPrefix("-"), !origin.hasPrefix("-") else { return false }
        return date < origin
    }

    /// The characters the graph is drawn with.
    struct Marks {
        var origin, starred, node, weak, horizontal, vertical, rising, falling: String

        init(ascii: Bool) {
            if ascii {
                (origin, starred, node, weak) = ("@", "*", "o", ".")
                (horizontal, vertical, rising, falling) = ("-", "|", "/", "\\")
            } else {
                (origin, starred, node, weak) = ("◉", "★", "●", "·")
                (horizontal, vertical, rising, falling) = ("─", "│", "╱", "╲")
            }
        }
    }

    /// A straight line between two cells (Bresenham), drawn by slope; weak edges dotted.
    static func drawLine(from a: (Int, Int), to b: (Int, Int), strong: Bool, marks: Marks, in rect: Rect,
                         on screen: inout Screen) {
        let dx = b.1 - a.1, dy = b.0 - a.0
        let glyph: String
        if !strong {
            glyph = marks.weak
        } else if abs(dx) >= 3 * abs(dy) {
            glyph = marks.horizontal
        } else if abs(dy) * 2 >= 3 * abs(dx) {
            glyph = marks.vertical
        } else {
            glyph = (dx > 0) == (dy > 0) ? marks.falling : marks.rising
        }
        let steps = max(abs(dx), abs(dy))
        guard steps > 1 else { return }
        for step in 1..<steps {
            let row = a.0 + Int((Double(dy) * Double(step) / Double(steps)).rounded())
            let column = a.1 + Int((Double(dx) * Double(step) / Double(steps)).rounded())
            if !strong && step % 2 == 1 { continue }
            screen.write(glyph, row: rect.row + row, column: rect.column + column, maxWidth: 1, style: .border)
        }
    }

    /// The neighbourhood as an indented outline, for small panes.
    static func drawOutline(_ graph: GraphState, ascii: Bool, focused: Bool, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let marks = Marks(ascii: ascii)
        let top = max(0, min(graph.selected - rect.height / 2, graph.nodes.count - rect.height))
        for offset in 0..<rect.height {
            let index = top + offset
            guard index < graph.nodes.count else { break }
            let node = graph.nodes[index]
            let mark = index == 0 ? marks.origin : (node.isStarred ? marks.starred : marks.node)
            let indent = String(repeating: "  ", count: node.depth)
            let selected = index == graph.selected
            let style: CellStyle = selected ? (focused ? .selected : .selectedInactive) : (index == 0 ? .heading : .normal)
            if selected { screen.fill(Rect(row: rect.row + offset, column: rect.column, height: 1, width: rect.width), style: style) }
            screen.write(TextLayout.truncate("\(indent)\(mark) \(TeXText.plain(node.title))", width: rect.width), row: rect.row + offset,
                         column: rect.column, maxWidth: rect.width, style: style)
        }
    }
}
