import PaperboatUI

/// What the terminal reported.
enum TerminalEvent: Equatable {
    /// A key press.
    case key(Key)
    /// The terminal changed size.
    case resize
}
