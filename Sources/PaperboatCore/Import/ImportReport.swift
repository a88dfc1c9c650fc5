/// One problem found in an input file, with where it was.
public struct ImportIssue: Sendable, Equatable, CustomStringConvertible {
    /// The file's path as given.
    public var file: String
    /// The 1-based line number, or 0 for the file as a whole.
    public var line: Int
    /// What was wrong, in words a user can act on.
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}

/// The outcome of importing one or more files.
public struct ImportReport: Sendable, Equatable {
    /// Papers new to the library.
    public var added = 0
    /// Records that matched a paper already in the library (or earlier in the input).
    public var merged = 0
    /// Records that could not be imported, each with file, line and reason.
    public var rejected: [ImportIssue] = []
    /// Records imported after a repair (such as invalid UTF-8 replaced).
    public var warnings: [ImportIssue] = []

    public init() {}

    /// Adds another report's counts and issues to this one.
    public mutating func absorb(_ other: ImportReport) {
        added += other.added
        merged += other.merged
        rejected += other.rejected
        warnings += other.warnings
    }

    /// `added 560, merged 76, rejected 0`.
    public var summary: String {
        "added \(added), merged \(merged), rejected \(rejected.count)"
    }
}
