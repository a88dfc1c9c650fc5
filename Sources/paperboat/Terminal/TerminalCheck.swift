import Foundation

/// Decides whether the browser can run here, before curses is touched.
enum TerminalCheck {
    /// Why the browser cannot start, or `nil` when the terminal is usable.
    static func problem(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if isatty(STDIN_FILENO) == 0 { return "standard input is not a terminal" }
        if isatty(STDOUT_FILENO) == 0 { return "standard output is not a terminal" }
        guard let term = environment["TERM"], !term.isEmpty else { return "TERM is not set" }
        if term == "dumb" { return "TERM is \"dumb\", which cannot show a full-screen browser" }
        return nil
    }
}
