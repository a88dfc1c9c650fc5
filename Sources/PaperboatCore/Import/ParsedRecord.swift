/// One item an input parser yields: a paper, a rejected record, or a repair note.
public enum ParsedRecord: Sendable, Equatable {
    /// A paper read from `line`.
    case paper(line: Int, PaperDraft)
    /// A record at `line` that cannot be imported, and why.
    case rejected(line: Int, reason: String)
    /// A paper at `line` was imported after a repair, described by `note`.
    case warning(line: Int, note: String)
}

/// A parser for one input format.
public protocol PaperParser: Sendable {
    /// Reads `text` (the whole file) and calls `emit` for each record, in file order.
    func parse(_ bytes: [UInt8], emit: (ParsedRecord) throws -> Void) rethrows
}
