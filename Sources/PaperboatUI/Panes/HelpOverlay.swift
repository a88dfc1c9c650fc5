import PaperboatCore

/// Draws the help overlay: the key table, generated from ``KeyMap``, then the filter
/// language, so neither needs the README.
public enum HelpOverlay {
    /// Every row the help shows: the keys of the browser, then the filter language.
    static func entries(_ keyMap: KeyMap) -> [(keys: String, help: String)] {
        keyMap.helpEntries(for: .browser) + [("── / filters ──", "")]
            + QueryExamples.entries.map { (keys: $0.example, help: $0.meaning) }
    }

    /// Rows of the key table the box shows on a screen `screenHeight` rows high.
    static func visibleRows(screenHeight: Int, entries: Int) -> Int {
        max(1, min(screenHeight - 2, entries + 4) - 3)
    }

    /// Per row, the cells of its label column in a box `boxWidth` wide. Each section (the
    /// keys; after a heading, a row without a description, the filter examples) is as wide
    /// as its widest label and two blanks, at most a third of the box, so a label cut to fit
    /// ends in `…` and never runs into its description; a heading may take the whole row.
    static func labelWidths(_ entries: [(keys: String, help: String)], boxWidth: Int) -> [Int] {
        var widths = [Int](repeating: boxWidth - 4, count: entries.count)
        var start = 0
        while start < entries.count {
            var end = start
            while end < entries.count, !entries[end].help.isEmpty { end += 1 }
            let widest = entries[start..<end].map { CellWidth.of($0.keys) }.max() ?? 0
            for row in start..<end { widths[row] = max(2, min(widest + 2, boxWidth / 3)) }
            start = end + 1
        }
        return widths
    }

    /// Draws the help box centred on `screen`.
    public static func draw(_ model: BrowserModel, on screen: inout Screen) {
        let entries = Self.entries(model.keyMap)
        let width = min(screen.width - 2, 80)
        let height = min(screen.height - 2, entries.count + 4)
        guard width >= 20, height >= 5 else { return }
        let box = Rect(row: (screen.height - height) / 2, column: (screen.width - width) / 2, height: height, width: width)
        screen.fill(box, style: .normal)
        drawBorder(box, on: &screen)
        screen.write(" Keys ", row: box.row, column: box.column + 2, maxWidth: 6, style: .heading)
        let labelWidths = Self.labelWidths(entries, boxWidth: width)
        let inner = box.inset(by: 1)
        let visibleRows = Self.visibleRows(screenHeight: screen.height, entries: entries.count)
        for offset in 0..<max(0, visibleRows) {
            let index = model.helpTop + offset
            guard index < entries.count else { break }
            let row = inner.row + offset
            let labelWidth = labelWidths[index]
            screen.write(TextLayout.truncate(entries[index].keys, width: labelWidth - 1), row: row, column: inner.column + 1,
                         maxWidth: labelWidth - 1, style: .label)
            screen.write(TextLayout.truncate(entries[index].help, width: inner.width - labelWidth - 2), row: row,
                         column: inner.column + 1 + labelWidth, maxWidth: inner.width - labelWidth - 2)
        }
        let down = model.keyMap.keys(for: .moveDown, in: .help).first?.label ?? "", up = model.keyMap.keys(for: .moveUp, in: .help).first?.label ?? ""
        let more = model.helpTop + visibleRows < entries.count ? "  \(down)/\(up) scroll" : ""
        screen.write(model.keyMap.spoken([.closeOverlay, .toggleHelp], in: .help) + " closes" + more, row: inner.row + inner.height - 1, column: inner.column + 1,
                     maxWidth: inner.width - 1, style: .dim)
    }

    /// A box-drawing frame around `rect`.
    static func drawBorder(_ rect: Rect, on screen: inout Screen) {
        let right = rect.column + rect.width - 1
        let bottom = rect.row + rect.height - 1
        for column in rect.column...right {
            screen.write("─", row: rect.row, column: column, maxWidth: 1, style: .border)
            screen.write("─", row: bottom, column: column, maxWidth: 1, style: .border)
        }
        for row in rect.row...bottom {
            screen.write("│", row: row, column: rect.column, maxWidth: 1, style: .border)
            screen.write("│", row: row, column: right, maxWidth: 1, style: .border)
        }
        screen.write("┌", row: rect.row, column: rect.column, maxWidth: 1, style: .border)
        screen.write("┐", row: rect.row, column: right, maxWidth: 1, style: .border)
        screen.write("└", row: bottom, column: rect.column, maxWidth: 1, style: .border)
        screen.write("┘", row: bottom, column: right, maxWidth: 1, style: .border)
    }
}
