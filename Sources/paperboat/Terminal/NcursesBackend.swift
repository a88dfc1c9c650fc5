import CNcursesw
import Foundation
import PaperboatUI

/// The only code that talks to curses: starts and restores the terminal,
/// reads keys, and presents a ``Screen`` by writing the cells that changed.
final class NcursesBackend {
    private var window: UnsafeMutablePointer<WINDOW>?
    private var screenHandle: OpaquePointer?
    private var lastScreen: Screen?
    private var useColor = false
    private var attributes: [CellStyle: (attr: attr_t, pair: Int16)] = [:]

    /// Starts curses on the controlling terminal.
    ///
    /// - Parameters:
    ///   - monochrome: no colour (`NO_COLOR`, or a terminal without colours).
    ///   - colors: the settings' changes to styles (only their attributes apply in monochrome).
    init(monochrome: Bool, colors: [CellStyle: StyleColors] = [:]) throws {
        setlocale(LC_ALL, "")
        guard let handle = newterm(nil, pb_stdout(), pb_stdin()) else {
            throw TerminalError.cannotStart("curses could not start on TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "")")
        }
        screenHandle = handle
        window = pb_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        atexit { if isendwin() == false { endwin() } }
        useColor = !monochrome && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        setUpStyles(colors)
    }

    /// Leaves curses mode for a program that needs the terminal (the note editor).
    func suspend() {
        def_prog_mode()
        endwin()
    }

    /// Returns to curses mode and redraws everything.
    func resume() {
        reset_prog_mode()
        invalidate()
    }

    /// Restores the terminal. Safe to call more than once.
    func stop() {
        if isendwin() == false { endwin() }
        if let handle = screenHandle {
            delscreen(handle)
            screenHandle = nil
        }
    }

    deinit { stop() }

    /// The terminal size in rows and columns.
    var size: (height: Int, width: Int) { (Int(pb_lines()), Int(pb_cols())) }

    /// Forgets what is on screen so the next frame redraws every cell.
    func invalidate() {
        lastScreen = nil
        clearok(window, true)
    }

    /// Writes the cells of `screen` that differ from the last frame, then one `doupdate`.
    func present(_ screen: Screen) {
        let previous = lastScreen.flatMap { $0.height == screen.height && $0.width == screen.width ? $0 : nil }
        if previous == nil { werase(window) }
        for row in 0..<screen.height {
            var column = 0
            while column < screen.width {
                let cell = screen[row, column]
                if let previous, previous[row, column] == cell, !cell.isContinuation {
                    column += 1
                    continue
                }
                column += draw(cell, row: row, column: column, screen: screen)
            }
        }
        wmove(window, Int32(screen.cursor.row), Int32(screen.cursor.column))
        wnoutrefresh(window)
        doupdate()
        lastScreen = screen
    }

    /// Draws one cell; returns how many columns it advanced.
    private func draw(_ cell: Cell, row: Int, column: Int, screen: Screen) -> Int {
        if cell.isContinuation { return 1 }
        let style = attributes[cell.style] ?? (pb_a_normal(), 0)
        let wide = column + 1 < screen.width && screen[row, column + 1].isContinuation
        var scalars = Array(cell.text.unicodeScalars)
        let expected = wide ? 2 : 1
        if let first = scalars.first, Int(wcwidth(wchar_t(bitPattern: first.value))) != expected {
            // The terminal's idea of this character differs from ours (or the locale cannot show it).
            scalars = [TerminalFallback.replacement(for: first)]
        }
        var text = scalars.map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        _ = pb_put_cell(window, Int32(row), Int32(column), text, style.attr, style.pair)
        if wide && Int(wcwidth(wchar_t(bitPattern: scalars[0].value))) < 2 {
            var blank: [wchar_t] = [32, 0]
            _ = pb_put_cell(window, Int32(row), Int32(column + 1), &blank, style.attr, style.pair)
        }
        return wide ? 2 : 1
    }

    /// Waits up to `timeout` milliseconds for a key or a resize.
    func nextEvent(timeout: Int32) -> TerminalEvent? {
        wtimeout(window, timeout)
        var ch: wint_t = 0
        let result = wget_wch(window, &ch)
        if result == ERR { return nil }
        if result == pb_key_code_yes() {
            if Int32(ch) == KEY_RESIZE { return .resize }
            return KeyDecoder.functionKey(Int32(ch)).map(TerminalEvent.key)
        }
        return KeyDecoder.character(UInt32(ch)).map(TerminalEvent.key)
    }

    private func setUpStyles(_ overrides: [CellStyle: StyleColors]) {
        let bold = pb_a_bold(), reverse = pb_a_reverse(), normal = pb_a_normal()
        guard useColor else {
            let plain: [CellStyle: attr_t] = [
                .normal: normal, .dim: pb_a_dim(), .heading: bold, .selected: reverse,
                .selectedInactive: pb_a_underline(), .status: reverse, .marker: bold,
                .border: normal, .label: bold, .error: bold | reverse,
                .highlight: bold | pb_a_underline(),
            ]
            for (style, attr) in plain { attributes[style] = (Self.attributes(overrides[style]) ?? attr, 0) }
            return
        }
        let palette: [(CellStyle, Int16, Int16, attr_t)] = [
            (.normal, -1, -1, normal),
            (.dim, Int16(COLOR_CYAN), -1, normal),
            (.heading, Int16(COLOR_YELLOW), -1, bold),
            (.selected, Int16(COLOR_BLACK), Int16(COLOR_CYAN), normal),
            (.selectedInactive, Int16(COLOR_BLACK), Int16(COLOR_WHITE), normal),
            (.status, Int16(COLOR_WHITE), Int16(COLOR_BLUE), normal),
            (.marker, Int16(COLOR_YELLOW), -1, bold),
            (.border, Int16(COLOR_BLUE), -1, normal),
            (.label, Int16(COLOR_GREEN), -1, normal),
            (.error, Int16(COLOR_WHITE), Int16(COLOR_RED), bold),
            (.highlight, Int16(COLOR_BLACK), Int16(COLOR_YELLOW), normal),
        ]
        for (index, entry) in palette.enumerated() {
            let pair = Int16(index + 1)
            let change = overrides[entry.0]
            init_pair(pair, Self.color(change?.foreground, else: entry.1), Self.color(change?.background, else: entry.2))
            attributes[entry.0] = (Self.attributes(change) ?? entry.3, pair)
        }
    }

    /// A settings colour as curses numbers it; colours the terminal lacks fall back to `fallback`.
    private static func color(_ color: StyleColors.Color?, else fallback: Int16) -> Int16 {
        switch color {
        case .none: return fallback
        case .terminalDefault: return -1
        case let .indexed(n): return Int32(n) < pb_colors() ? n : fallback
        }
    }

    /// The curses attributes of a settings change, or `nil` when it gives none.
    private static func attributes(_ change: StyleColors?) -> attr_t? {
        guard let names = change?.attributes else { return nil }
        let table: [String: attr_t] = [
            "normal": pb_a_normal(), "bold": pb_a_bold(), "dim": pb_a_dim(), "underline": pb_a_underline(),
            "reverse": pb_a_reverse(), "standout": pb_a_standout(), "blink": pb_a_blink(),
        ]
        return names.reduce(pb_a_normal()) { $0 | (table[$1] ?? pb_a_normal()) }
    }
}

/// Errors starting the terminal.
enum TerminalError: Error, CustomStringConvertible {
    case cannotStart(String)
    var description: String {
        switch self { case let .cannotStart(reason): return reason }
    }
}
