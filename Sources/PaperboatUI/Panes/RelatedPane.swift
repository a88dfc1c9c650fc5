import Foundation
import PaperboatCore

/// Draws the related papers of the paper on show: score, title (dimmed once read), shared
/// authors ("by …") and shared terms.
public enum RelatedPane {
    /// Draws the title row above the pane.
    public static func drawHeader(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        for column in rect.column..<(rect.column + rect.width) {
            screen.write("─", row: rect.row, column: column, maxWidth: 1, style: .border)
        }
        var title = model.related.recommendedFor.map { " Like \($0), not yet tagged" } ?? " Related papers"
        if let days = model.related.recommendationDays { title += ", last \(days) days" }
        if !model.related.rows.isEmpty { title += " (\(model.related.rows.count))" }
        if model.focus == .related { title += " (focused)" }
        screen.write(title + " ", row: rect.row, column: rect.column + 2, maxWidth: rect.width - 4, style: .heading)
    }

    /// Draws the rows into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let state = model.related
        guard !state.rows.isEmpty else {
            let text: String
            if !model.relatedEnabled {
                text = "No related-papers index."
            } else if state.isLoading {
                text = state.recommendedFor == nil ? "Finding related papers…" : "Finding papers like these…"
            } else if state.recommendedFor != nil {
                text = state.recommendationDays.map { "None dated in the last \($0) days (W: next window)." }
                    ?? "Every paper like these is tagged already."
            } else {
                text = model.detail == nil ? "" : "No related papers found."
            }
            screen.write(text, row: rect.row, column: rect.column, maxWidth: rect.width, style: .dim)
            return
        }
        let focused = model.focus == .related
        func terms(_ entry: RelatedRow) -> String { entry.reasons.prefix(3).joined(separator: ", ") }
        // One terms column for the rows on show, so the titles line up.
        let visible = state.window.visible.prefix(rect.height)
        let widest = visible.map { CellWidth.of(terms(state.rows[$0])) }.max() ?? 0
        let termsWidth = rect.width >= 30 ? min(widest, rect.width * 2 / 5) : 0
        let titleWidth = rect.width - 6 - (termsWidth > 0 ? termsWidth + 2 : 0)
        for (offset, index) in visible.enumerated() {
            let row = rect.row + offset
            let entry = state.rows[index]
            let selected = index == state.window.selected
            let style: CellStyle = selected ? (focused ? .selected : .selectedInactive) : .normal
            screen.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), style: style)
            let score = String(format: "%.2f", entry.score)
            screen.write(score, row: row, column: rect.column, maxWidth: 4, style: style == .normal ? .dim : style)
            if entry.isStarred {
                screen.write("*", row: row, column: rect.column + 5, maxWidth: 1, style: style == .normal ? .marker : style)
            }
            let shown = terms(entry)
            screen.write(TextLayout.truncate(TeXText.plain(entry.title), width: titleWidth), row: row, column: rect.column + 6,
                         maxWidth: titleWidth, style: style == .normal && entry.isRead ? .dim : style)
            if termsWidth > 0 {
                screen.write(TextLayout.truncate(shown, width: termsWidth), row: row,
                             column: rect.column + rect.width - termsWidth, maxWidth: termsWidth,
                             style: style == .normal ? .label : style)
            }
            if selected && focused { screen.cursor = (row, rect.column) }
        }
    }
}
