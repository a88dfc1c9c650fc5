import PaperboatCore

/// Draws the status bar: position, filter, message and key hints.
public enum StatusBar {
    /// One hint: the keys of one or two actions (as the key table binds them now) and a word.
    private enum Hint {
        case one(Action, String)
        case pair(Action, Action, String)
        case fixed(String)
    }

    /// Key hints for what has focus, most useful first (as newsboat's bottom line):
    /// help, then the keys of the focused pane, named as the key table in force binds them.
    static func hints(for model: BrowserModel) -> [String] {
        let pane: [Hint]
        switch model.focus {
        case .list:
            pane = [.one(.search, "filter"), .one(.toggleStar, "star"), .one(.editTags, "tag"), .one(.toggleGraph, "graph"),
                    .one(.focusNext, "pane"), .one(.quit, "quit")]
        case .abstract:
            pane = [.pair(.moveDown, .moveUp, "scroll"), .pair(.nextMatch, .previousMatch, "match"), .one(.editNote, "note"),
                    .one(.copyCitation, "cite"), .one(.focusNext, "pane"), .one(.quit, "quit")]
        case .related:
            pane = [.one(.open, "open"), .one(.whyRelated, "why"), .pair(.back, .forward, "back/fwd"), .one(.showTrail, "trail"),
                    .one(.focusNext, "pane"), .one(.quit, "quit")]
        case .graph:
            pane = [.fixed("arrows:walk"), .one(.open, "centre"), .one(.whyRelated, "why"), .pair(.deeper, .shallower, "hops"),
                    .pair(.narrower, .wider, "breadth"), .one(.back, "back"), .pair(.closeOverlay, .toggleGraph, "close")]
        case .sidebar:
            pane = [.one(.open, "filter"), .fixed("Space:mark"), .one(.editTags, "rename"), .one(.removePapers, "delete"),
                    .one(.anyOf, "any of"), .one(.recommend, "like these"),
                    .pair(.closeOverlay, .toggleSidebar, "close")]
        }
        func key(_ action: Action) -> String? { model.keyMap.keys(for: action, in: .browser).first?.label }
        return ([Hint.one(.toggleHelp, "help")] + pane).compactMap { hint in
            switch hint {
            case let .one(action, word): return key(action).map { "\($0):\(word)" }
            case let .pair(first, second, word):
                guard let a = key(first), let b = key(second) else { return nil }
                return "\(a)/\(b):\(word)"
            case let .fixed(text): return text
            }
        }
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
            // A line longer than the bar shows its end, where the cursor is, after the prompt.
            let room = rect.width - 1 - CellWidth.of(input.prompt)
            let shown = room >= 8 ? input.prompt + TextLayout.truncateLeading(input.text, width: room) : input.prompt + input.text
            let used = screen.write(shown, row: rect.row, column: rect.column, maxWidth: rect.width - 1, style: .status)
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
