import PaperboatCore
/// Draws the sidebar: built-in views, tags and saved views with their counts.
public enum SidebarPane {
    /// Draws `model`'s sidebar into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty, let state = model.sidebar else { return }
        let focused = model.focus == .sidebar
        for (offset, index) in state.window.visible.enumerated() where offset < rect.height {
            let entry = state.entries[index]
            let row = rect.row + offset
            let selected = index == state.window.selected
            if entry.kind == .heading {
                screen.write("── \(entry.name) ", row: row, column: rect.column, maxWidth: rect.width, style: .border)
                continue
            }
            let style: CellStyle = selected ? (focused ? .selected : .selectedInactive) : .normal
            screen.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), style: style)
            let mark = state.markedTags.contains(entry.name) && entry.kind == .tag ? "+" : " "
            let count = CountText.grouped(entry.count)
            let nameWidth = rect.width - count.count - 3
            screen.write(mark + TextLayout.truncate(entry.name, width: nameWidth), row: row, column: rect.column,
                         maxWidth: nameWidth + 1, style: style)
            screen.write(count, row: row, column: rect.column + rect.width - count.count, maxWidth: count.count,
                         style: style == .normal ? .dim : style)
            if selected && focused { screen.cursor = (row, rect.column) }
        }
    }
}
