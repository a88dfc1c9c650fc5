import PaperboatCore

/// Draws the trail overlay: the papers visited by following links, oldest first, the one
/// on show marked, the cursor on the one Enter goes to.
public enum TrailOverlay {
    /// Entry rows shown at once in a box for `entries` papers on a screen `screenHeight` tall.
    static func visibleRows(entries: Int, screenHeight: Int) -> Int {
        max(1, boxHeight(entries: entries, screenHeight: screenHeight) - 3)
    }

    private static func boxHeight(entries: Int, screenHeight: Int) -> Int {
        min(screenHeight - 2, max(entries, 1) + 3)
    }

    /// Draws the overlay centred on `screen`, if the trail is open.
    public static func draw(_ model: BrowserModel, on screen: inout Screen) {
        guard let listing = model.trailListing else { return }
        let width = min(screen.width - 2, 96)
        let height = boxHeight(entries: listing.entries.count, screenHeight: screen.height)
        guard width >= 24, height >= 4 else { return }
        let box = Rect(row: (screen.height - height) / 2, column: (screen.width - width) / 2, height: height, width: width)
        screen.fill(box, style: .normal)
        HelpOverlay.drawBorder(box, on: &screen)
        let heading = " Trail \(listing.current + 1)/\(listing.entries.count) "
        screen.write(heading, row: box.row, column: box.column + 2, maxWidth: width - 4, style: .heading)
        let inner = box.inset(by: 1)
        let numberWidth = String(listing.entries.count).count
        let mark = model.asciiArt ? ">" : "▸"
        for index in listing.window.visible {
            let entry = listing.entries[index]
            let row = inner.row + index - listing.window.top
            let style: CellStyle = index == listing.cursor ? .selected : .normal
            screen.fill(Rect(row: row, column: inner.column, height: 1, width: inner.width), style: style)
            if index == listing.current {
                screen.write(mark, row: row, column: inner.column + 1, maxWidth: 1, style: index == listing.cursor ? style : .marker)
            }
            let number = String(repeating: " ", count: numberWidth - String(index + 1).count) + String(index + 1)
            screen.write(number, row: row, column: inner.column + 3, maxWidth: numberWidth, style: index == listing.cursor ? style : .dim)
            let dateWidth = entry.date.isEmpty ? 0 : CellWidth.of(entry.date) + 2
            let titleColumn = inner.column + 5 + numberWidth
            let titleWidth = max(0, inner.column + inner.width - titleColumn - dateWidth - 1)
            screen.write(TextLayout.truncate(entry.title, width: titleWidth), row: row, column: titleColumn,
                         maxWidth: titleWidth, style: style)
            if dateWidth > 0 {
                screen.write(entry.date, row: row, column: inner.column + inner.width - dateWidth + 1, maxWidth: dateWidth - 2,
                             style: index == listing.cursor ? style : .dim)
            }
        }
        let keys = model.keyMap
        screen.write("\(keys.firstKey(for: .open, in: .trail)) goes there  \(keys.spoken([.closeOverlay, .showTrail], in: .trail)) closes", row: inner.row + inner.height - 1, column: inner.column + 1,
                     maxWidth: inner.width - 1, style: .dim)
    }
}
