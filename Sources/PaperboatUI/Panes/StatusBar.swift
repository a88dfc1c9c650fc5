import PaperboatCore

/// Draws the status bar: position, filter, message and key hints.
public enum StatusBar {
    /// Key hints, shortest last so they can be dropped when space is short.
    static let hints = "?:help  Tab:pane  q:quit"

    /// Draws the status bar of `model` into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.fill(rect, style: .status)
        if let input = model.input {
            let used = screen.write(input.prompt + input.text, row: rect.row, column: rect.column, maxWidth: rect.width - 1,
                                    style: .status)
            screen.cursor = (rect.row, min(rect.width - 1, rect.column + used))
            let suggestions = input.suggestions
            if model.message == nil, !suggestions.isEmpty {
                let room = rect.width - used - 3
                screen.write(TextLayout.truncate("Tab: " + suggestions.prefix(8).joined(separator: "  "), width: room),
                             row: rect.row, column: rect.column + used + 2, maxWidth: room, style: .dim)
            }
            if let message = model.message {
                let room = rect.width - used - 3
                screen.write(TextLayout.truncate(message.text, width: room), row: rect.row, column: rect.column + used + 2,
                             maxWidth: room, style: message.kind == .error ? .error : .status)
            }
            return
        }
        let position = model.list.count == 0 ? "0/0" : "\(CountText.grouped(model.list.selected + 1))/\(CountText.grouped(model.list.count))"
        var left = " \(position)  [\(model.filterDescription)]"
        if !model.marked.isEmpty { left += "  \(model.marked.count) marked" }
        if model.focus == .abstract && !model.detailLines.isEmpty {
            let shown = min(model.detailLines.count, model.detailTop + model.layout.abstract.height)
            left += "  abstract \(shown)/\(model.detailLines.count)"
        }
        if model.trail.ids.count > 1 {
            left += "  trail \(model.trail.position + 1)/\(model.trail.ids.count)"
        }
        let used = screen.write(left, row: rect.row, column: rect.column, maxWidth: rect.width, style: .status)
        var hintsWidth = 0
        // A message that would not fit beside the hints takes their place: it matters more.
        let messageWidth = model.message.map { CellWidth.of(TerminalText.sanitize($0.text)) + 2 } ?? 0
        if rect.width - used - messageWidth > hints.count + 2 {
            hintsWidth = hints.count + 1
            screen.write(hints, row: rect.row, column: rect.column + rect.width - hintsWidth, maxWidth: hints.count,
                         style: .status)
        }
        if let message = model.message {
            let room = rect.width - used - hintsWidth - 2
            let style: CellStyle = message.kind == .error ? .error : .status
            screen.write(TextLayout.truncate(message.text, width: room), row: rect.row,
                         column: rect.column + used + 2, maxWidth: room, style: style)
        }
    }
}
