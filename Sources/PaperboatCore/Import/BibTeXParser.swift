import Foundation

/// Reads BibTeX (`.bib`) files, as Zotero, Google Scholar, arXiv and `paperboat export` write
/// them: every entry with a title becomes a paper; its arXiv id comes from `eprint`, a link
/// or a note; `keywords` become tags and `annote` the note, so an export imports back whole.
///
/// Values may be braced, quoted, numbers, `@string` macros or month names, joined by `#`.
/// Protective braces (`{LLMs}`), the exporter's escapes (`\&`) and accents (`{\"o}`) are
/// undone outside math; math stays TeX, as the store keeps it. An entry that does not parse
/// is rejected with the line it starts on, and reading goes on at the next line that starts
/// with `@`, so a value whose brace is never closed does not swallow the entries after it.
public struct BibTeXParser: PaperParser {
    public init() {}

    public func parse(_ bytes: [UInt8], emit: (ParsedRecord) throws -> Void) rethrows {
        var reader = BibTeXReader(bytes)
        while let start = reader.nextEntry() {
            switch reader.entry() {
            case let .success(entry):
                guard let entry else { continue }
                switch BibTeXFields.draft(from: entry.fields) {
                case let .success((draft, notes)):
                    for note in notes { try emit(.warning(line: start, note: note)) }
                    try emit(.paper(line: start, draft))
                case let .failure(problem):
                    try emit(.rejected(line: start, reason: "entry \(entry.key.isEmpty ? "without a key" : entry.key): \(problem.reason)"))
                }
            case let .failure(problem):
                try emit(.rejected(line: start, reason: problem.reason))
                reader.resumeAfterBrokenEntry()
            }
        }
    }
}

/// Why an entry cannot be read.
struct BibTeXProblem: Error {
    var reason: String
}

/// A cursor over a `.bib` file's bytes that reads one entry at a time.
struct BibTeXReader {
    /// One entry: its citation key and fields (names lower-cased), values as written inside
    /// their delimiters, macros expanded.
    struct Entry {
        var key: String
        var fields: [String: String]
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    /// Where the entry being read starts (just past its `@`), and its line.
    private var entryStart = (offset: 0, line: 1)
    private var macros: [String: String] = [
        "jan": "1", "feb": "2", "mar": "3", "apr": "4", "may": "5", "jun": "6",
        "jul": "7", "aug": "8", "sep": "9", "oct": "10", "nov": "11", "dec": "12",
    ]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Moves to the next `@` and past it; the line it is on, or `nil` at the end.
    mutating func nextEntry() -> Int? {
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "@") {
                i += 1
                entryStart = (i, line)
                return line
            }
            advance()
        }
        return nil
    }

    /// Goes back to the start of the entry that failed and on to the next line that starts
    /// with `@` (after white space), where the next entry most likely begins.
    mutating func resumeAfterBrokenEntry() {
        (i, line) = entryStart
        var atLineStart = false
        while i < bytes.count {
            let b = bytes[i]
            if atLineStart && b == UInt8(ascii: "@") { return }
            if b == 0x0A { atLineStart = true } else if !isSpace(b) { atLineStart = false }
            advance()
        }
    }

    /// Reads the entry after an `@`: `nil` (success) for `@comment`, `@preamble` and `@string`.
    mutating func entry() -> Result<Entry?, BibTeXProblem> {
        let type = identifier().lowercased()
        guard !type.isEmpty else { return .failure(BibTeXProblem(reason: "@ without an entry type")) }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "(") else {
            return .failure(BibTeXProblem(reason: "@\(type) is not followed by { or ("))
        }
        let closer = bytes[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        advance()
        if type == "comment" || type == "preamble" {
            return skipBalanced(until: closer) ? .success(nil) : .failure(BibTeXProblem(reason: "@\(type) is never closed"))
        }
        if type == "string" {
            skipSpace()
            let name = identifier().lowercased()
            skipSpace()
            guard !name.isEmpty, take(UInt8(ascii: "=")) else { return .failure(BibTeXProblem(reason: "@string needs name = value")) }
            switch concatenation() {
            case let .success(text): macros[name] = text
            case let .failure(problem): return .failure(BibTeXProblem(reason: "@string \(name): \(problem.reason)"))
            }
            return take(closer) ? .success(nil) : .failure(BibTeXProblem(reason: "@string is never closed"))
        }
        skipSpace()
        let keyStart = i
        while i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != closer, !isSpace(bytes[i]) { advance() }
        let key = String(decoding: bytes[keyStart..<i], as: UTF8.self)
        var fields: [String: String] = [:]
        while true {
            skipSpace()
            if take(closer) { return .success(Entry(key: key, fields: fields)) }
            guard i < bytes.count else { return .failure(BibTeXProblem(reason: "entry \(key) is never closed")) }
            if take(UInt8(ascii: ",")) { continue }
            let name = identifier().lowercased()
            skipSpace()
            guard !name.isEmpty, take(UInt8(ascii: "=")) else {
                return .failure(BibTeXProblem(reason: "entry \(key): expected a field (name = value) on line \(line)"))
            }
            switch concatenation() {
            case let .success(text): fields[name] = text
            case let .failure(problem): return .failure(BibTeXProblem(reason: "entry \(key), field \(name): \(problem.reason)"))
            }
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == closer else {
                return .failure(BibTeXProblem(reason: "entry \(key): expected , or \(Character(UnicodeScalar(closer))) after field \(name) on line \(line)"))
            }
        }
    }

    /// Values joined by `#`, and the space after them.
    private mutating func concatenation() -> Result<String, BibTeXProblem> {
        var text = ""
        repeat {
            skipSpace()
            switch value() {
            case let .success(part): text += part
            case let .failure(problem): return .failure(problem)
            }
            skipSpace()
        } while take(UInt8(ascii: "#"))
        return .success(text)
    }

    /// A braced or quoted value, a number, or a macro.
    private mutating func value() -> Result<String, BibTeXProblem> {
        guard i < bytes.count else { return .failure(BibTeXProblem(reason: "the file ends before the value")) }
        let open = bytes[i]
        if open == UInt8(ascii: "{") || open == UInt8(ascii: "\"") {
            let openLine = line
            advance()
            let start = i
            var depth = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "{") { depth += 1 }
                if b == UInt8(ascii: "}") {
                    if depth == 0 {
                        guard open == UInt8(ascii: "{") else { return .failure(BibTeXProblem(reason: "unbalanced } in a quoted value")) }
                        let text = String(decoding: bytes[start..<i], as: UTF8.self)
                        advance()
                        return .success(text)
                    }
                    depth -= 1
                }
                if b == UInt8(ascii: "\""), open == UInt8(ascii: "\""), depth == 0, bytes[i - 1] != UInt8(ascii: "\\") {
                    let text = String(decoding: bytes[start..<i], as: UTF8.self)
                    advance()
                    return .success(text)
                }
                advance()
            }
            let delimiter = open == UInt8(ascii: "{") ? "{" : "\""
            return .failure(BibTeXProblem(reason: "the \(delimiter) that opens its value on line \(openLine) is never closed"))
        }
        let word = identifier()
        guard !word.isEmpty else { return .failure(BibTeXProblem(reason: "expected {, \" or a name on line \(line)")) }
        if word.allSatisfy(\.isNumber) { return .success(word) }
        guard let text = macros[word.lowercased()] else { return .failure(BibTeXProblem(reason: "unknown @string \(word)")) }
        return .success(text)
    }

    /// Letters, digits and `_-:.+/` (names, keys, macros, numbers).
    private mutating func identifier() -> String {
        let start = i
        while i < bytes.count, bytes[i] >= 0x80 || Self.nameBytes.contains(bytes[i]) { advance() }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private static let nameBytes = Set(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-:.+/'".utf8))

    /// Skips to just past the `closer` that balances the body, counting braces.
    private mutating func skipBalanced(until closer: UInt8) -> Bool {
        var depth = 0
        while i < bytes.count {
            let b = bytes[i]
            advance()
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") && depth > 0 { depth -= 1 } else if b == closer && depth == 0 { return true }
        }
        return false
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        advance()
        return true
    }

    private mutating func skipSpace() {
        while i < bytes.count, isSpace(bytes[i]) { advance() }
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private mutating func advance() {
        if bytes[i] == 0x0A { line += 1 }
        i += 1
    }
}
