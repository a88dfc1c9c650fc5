import PaperboatCore

/// An in-memory grid of cells that panes draw into; the terminal backend
/// presents it. Nothing here touches curses, so screens can be tested as text.
public struct Screen: Sendable, Equatable {
    /// Rows on the screen.
    public let height: Int
    /// Columns on the screen.
    public let width: Int
    /// Cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (the selected row, for screen readers).
    public var cursor: (row: Int, column: Int) = (0, 0)

    /// A blank screen of the given size.
    public init(height: Int, width: Int) {
        self.height = max(0, height)
        self.width = max(0, width)
        cells = Array(repeating: .blank(), count: self.height * self.width)
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.height == rhs.height && lhs.width == rhs.width && lhs.cells == rhs.cells
            && lhs.cursor == rhs.cursor
    }

    /// The cell at `row`, `column` (blank outside the screen).
    public subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < height, column >= 0, column < width else { return .blank() }
        return cells[row * width + column]
    }

    /// Fills `rect` (clipped to the screen) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle = .normal) {
        for r in max(0, rect.row)..<min(height, rect.row + rect.height) {
            for c in max(0, rect.column)..<min(width, rect.column + rect.width) {
                cells[r * width + c] = .blank(style)
            }
        }
    }

    /// Writes `text` (sanitised here, so untrusted text is safe) at `row`, `column`,
    /// cutting it by cells so it never passes `column + maxWidth`. A wide character
    /// that would straddle the limit is replaced by a space. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, maxWidth: Int, style: CellStyle = .normal) -> Int {
        guard row >= 0, row < height, maxWidth > 0 else { return 0 }
        let limit = min(width, column + maxWidth)
        var c = column
        let clean = TerminalText.sanitize(text)
        for scalar in clean.unicodeScalars {
            let w = CellWidth.of(scalar)
            if w == 0 {
                // Combining mark: joins the previous cell (if that cell is ours).
                if c > column, c - 1 < width, c - 1 >= 0 {
                    var index = row * width + c - 1
                    if cells[index].isContinuation, c - 2 >= 0 { index -= 1 }
                    if cells[index].text.unicodeScalars.count < 5 { cells[index].text.unicodeScalars.append(scalar) }
                }
                continue
            }
            if c + w > limit {
                if c < limit, w == 2 { cells[row * width + c] = .blank(style); c += 1 }
                break
            }
            if c >= 0 {
                cells[row * width + c] = Cell(text: String(scalar), style: style)
                if w == 2 { cells[row * width + c + 1] = Cell(text: "", style: style) }
            }
            c += w
        }
        return c - column
    }

    /// Changes the style of one cell, keeping its text.
    mutating func restyle(row: Int, column: Int, to style: CellStyle) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        cells[row * width + column].style = style
    }

    /// The screen as plain text, one line per row, trailing spaces kept.
    public var text: String {
        (0..<height).map { rowText($0) }.joined(separator: "\n")
    }

    /// One row as plain text.
    public func rowText(_ row: Int) -> String {
        var line = ""
        for c in 0..<width { line += cells[row * width + c].text }
        return line
    }

    /// The screen as text with trailing spaces trimmed from each row (for snapshots).
    public var trimmedText: String {
        (0..<height).map { row in
            var line = rowText(row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
