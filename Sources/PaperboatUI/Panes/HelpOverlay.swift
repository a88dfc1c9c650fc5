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
        let keysWidth = min(18, width / 3)
        let inner = box.inset(by: 1)
        let visibleRows = Self.visibleRows(screenHeight: screen.height, entries: entries.count)
        for offset in 0..<max(0, visibleRows) {
            let index = model.helpTop + offset
            guard index < entries.count else { break }
            let row = inner.row + offset
            screen.write(entries[index].keys, row: row, column: inner.column + 1, maxWidth: keysWidth, style: .label)
            screen.write(TextLayout.truncate(entries[index].help, width: inner.width - keysWidth - 2), row: row,
                         column: inner.column + 1 + keysWidth, maxWidth: inner.width - keysWidth - 2)
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
