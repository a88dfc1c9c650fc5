import PaperboatCore

/// Draws the status bar: position, filter, message and key hints.
public enum StatusBar {
    /// Key hints for what has focus, most useful first (as newsboat's bottom line):
    /// `?:help`, then the keys of the focused pane. As many as fit are shown.
    static func hints(for model: BrowserModel) -> [String] {
        let pane: [String]
        switch model.focus {
        case .list: pane = ["/:filter", "s:star", "t:tag", "v:graph", "Tab:pane", "q:quit"]
        case .abstract: pane = ["j/k:scroll", "n/N:match", "e:note", "y:cite", "Tab:pane", "q:quit"]
        case .related: pane = ["Enter:open", "[/]:back/fwd", "H:trail", "Tab:pane", "q:quit"]
        case .graph: pane = ["arrows:walk", "Enter:centre", "+/-:hops", "{/}:breadth", "[:back", "v:close"]
        case .sidebar: pane = ["Enter:filter", "Space:mark", "|:any of", "W:like these", "T:close"]
        }
        return ["?:help"] + pane
    }

    /// The hints that fit in `room` cells, joined, most useful first.
    static func hintLine(_ hints: [String], room: Int) -> String {
        var line = ""
        for hint in hints {
            let next = line.isEmpty ? hint : line + "  " + hint
            guard next.count <= room else { break }
            line = next
        }
        return line
    }

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
        // The message matters more: hints only fill the room it leaves.
        let messageWidth = model.message.map { CellWidth.of(TerminalText.sanitize($0.text)) + 2 } ?? 0
        let hints = hintLine(hints(for: model), room: rect.width - used - messageWidth - 3)
        if !hints.isEmpty {
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
