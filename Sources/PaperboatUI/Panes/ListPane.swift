import PaperboatCore

/// Draws the paper list: markers, title (dimmed once read), first author and date.
public enum ListPane {
    /// Columns before the title: selection mark, star mark, and a space.
    static let markerWidth = 3

    /// What an empty list says, a line each: how to import papers into an empty library,
    /// else what keeps the library's papers out of the list and the keys in force to undo it.
    static func emptyListLines(_ model: BrowserModel) -> [String] {
        guard model.libraryCount > 0, model.filter != nil || model.hidingRead else {
            return ["No papers. Import some with: paperboat import FILE"]
        }
        let keys = { (action: Action) in model.keyMap.firstKey(for: action) }
        var lines = [model.filter.map { "No papers match “" + TextLayout.truncate($0.text, width: 40) + "”." } ?? "No unread papers."]
        if model.filter != nil { lines.append(keys(.clearFilter) + " clears the filter.") }
        if model.hidingRead { lines.append(keys(.hideRead) + " shows read papers.") }
        return lines
    }

    /// Draws the visible rows of `model`'s list into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        if model.list.count == 0 {
            for (offset, line) in emptyListLines(model).prefix(rect.height).enumerated() {
                screen.write(line, row: rect.row + offset, column: rect.column + 1, maxWidth: rect.width - 1, style: .dim)
            }
            return
        }
        let focused = model.focus == .list
        let highlighter = model.highlighter
        for (offset, index) in model.list.visible.enumerated() where offset < rect.height {
            let row = rect.row + offset
            let isSelected = index == model.list.selected
            let style: CellStyle = isSelected ? (focused ? .selected : .selectedInactive) : .normal
            screen.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), style: style)
            guard let paper = model.pager.row(at: index) else { continue }
            drawRow(paper, row: row, rect: rect, style: style, highlighter: highlighter, on: &screen)
            if model.marked.contains(paper.id) {
                screen.write("+", row: row, column: rect.column + 2, maxWidth: 1, style: style == .normal ? .marker : style)
            }
            if isSelected { screen.write(">", row: row, column: rect.column, maxWidth: 1, style: style) }
            if isSelected { screen.cursor = (row, rect.column) }
        }
    }

    private static func drawRow(_ paper: PaperListRow, row: Int, rect: Rect, style: CellStyle, highlighter: Highlighter,
                                on screen: inout Screen) {
        let markerStyle: CellStyle = style == .normal ? .marker : style
        screen.write(paper.isStarred ? "*" : " ", row: row, column: rect.column + 1, maxWidth: 1, style: markerStyle)
        let meta = metaText(paper, available: rect.width)
        // A paper without authors leaves its author cell blank: the title runs on into it,
        // and the date stays in its column.
        let blankLead = meta.prefix(while: { $0 == " " }).count
        let shown = String(meta.dropFirst(blankLead))
        let metaWidth = CellWidth.of(shown)
        let titleWidth = rect.width - markerWidth - (metaWidth > 0 ? metaWidth + 2 : 0)
        let title = TextLayout.truncate(TeXText.plain(paper.title), width: titleWidth)
        // Read papers are dimmed, so the unread stand out (as newsboat and mail readers do).
        screen.write(title, row: row, column: rect.column + markerWidth, maxWidth: titleWidth,
                     style: style == .normal && paper.isRead ? .dim : style)
        screen.highlight(highlighter.ranges(in: title), row: row, column: rect.column + markerWidth,
                         limit: rect.column + markerWidth + titleWidth)
        if metaWidth > 0 {
            screen.write(shown, row: row, column: rect.column + rect.width - metaWidth, maxWidth: metaWidth,
                         style: style == .normal ? .dim : style)
        }
    }

    /// First author and date, shortened to fit the room there is.
    static func metaText(_ paper: PaperListRow, available: Int) -> String {
        let date = PaperDate.display(paper.date)
        guard available >= 50 else { return "" }
        let authorRoom = available >= 90 ? 20 : (available >= 56 ? 14 : 0)
        let author = TextLayout.truncate(paper.firstAuthor, width: authorRoom)
        let authorPart = authorRoom > 0 ? author + String(repeating: " ", count: authorRoom - CellWidth.of(author) + 2) : ""
        let datePart = date + String(repeating: " ", count: max(0, 10 - CellWidth.of(date)))
        return authorPart + datePart
    }
}
