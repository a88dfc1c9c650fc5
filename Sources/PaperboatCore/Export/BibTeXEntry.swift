import Foundation

/// One paper as a BibTeX entry, in the form arXiv and Zotero give (`@misc` with `eprint`,
/// `archivePrefix` and `primaryClass`), with the reader's tags as `keywords` and note as
/// `annote`.
///
/// Titles and abstracts keep their TeX (BibTeX is TeX), with LaTeX's special characters
/// escaped outside math, braces balanced so one odd title cannot swallow the rest of the
/// file, and words with inner capitals ("LLMs", "GenM") braced so styles keep their case.
public struct BibTeXEntry: Sendable {
    /// The citation key.
    public var key: String
    /// Field names and values, in the order they are written.
    public var fields: [(name: String, value: String)]

    /// The entry for `paper` under `key`, with the reader's `tags` and `note`.
    public init(paper: Paper, key: String, tags: [String] = [], note: String? = nil) {
        self.key = key
        var fields: [(String, String)] = [("title", Self.title(paper.title))]
        if !paper.authors.isEmpty {
            fields.append(("author", paper.authors.map(Self.text).joined(separator: " and ")))
        }
        if let year = PaperDate.year(paper.date) {
            fields.append(("year", String(year)))
            if let month = PaperDate.monthAbbreviation(paper.date) { fields.append(("month", month)) }
            // biblatex's full date, so an export imports back to the day (BibTeX styles ignore it).
            if paper.date.count == 10 { fields.append(("date", paper.date)) }
        }
        if let arxivId = paper.arxivId {
            fields.append(("eprint", arxivId))
            fields.append(("archivePrefix", "arXiv"))
            if let primary = paper.primaryCategory ?? paper.categories.first { fields.append(("primaryClass", primary)) }
            if let url = paper.arxivPageURL { fields.append(("url", url)) }
        }
        if !paper.abstract.isEmpty { fields.append(("abstract", Self.text(paper.abstract))) }
        if !tags.isEmpty { fields.append(("keywords", tags.map(Self.text).joined(separator: ", "))) }
        if let note, !note.isEmpty { fields.append(("annote", Self.text(note))) }
        self.fields = fields
    }

    /// The entry as BibTeX source, ending in a newline.
    public var text: String {
        var out = "@misc{\(key),\n"
        for (index, field) in fields.enumerated() {
            // Months are BibTeX's macros (`jan`), unbraced, so styles spell them out.
            let value = field.name == "month" ? field.value : "{\(field.value)}"
            out += "  \(field.name) = \(value)" + (index == fields.count - 1 ? "\n" : ",\n")
        }
        return out + "}\n"
    }

    private static let trailingPunctuation: Set<Character> = [":", ";", ",", ".", "?", "!"]
    private static let markup: Set<Character> = ["$", "{", "}", "\\"]

    /// A title: ``text(_:)`` with words that have capitals after their first letter braced.
    static func title(_ raw: String) -> String {
        text(raw).split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            let core = word.prefix { !trailingPunctuation.contains($0) }
            // "LLMs" and "LLM-Based" keep their case; "Linear-Time" is plain title case.
            let needsCase = core.split(separator: "-").contains { $0.dropFirst().contains(where: \.isUppercase) }
            let plain = !word.contains(where: markup.contains)
            return needsCase && plain ? "{\(core)}" + word.dropFirst(core.count) : String(word)
        }.joined(separator: " ")
    }

    /// Text for a braced field: one line without control characters, `& % # _` escaped
    /// outside `$…$` math (a `$` without a partner is escaped too), and unmatched braces
    /// dropped. Works on UTF-8 bytes: every character it looks at is ASCII, and no byte of
    /// a multi-byte character is.
    static func text(_ raw: String) -> String {
        let bytes = Array(TerminalText.sanitize(raw, keepNewlines: true).utf8)
        let backslash = UInt8(ascii: "\\"), dollar = UInt8(ascii: "$"), space = UInt8(ascii: " ")
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        func isEscaped(_ i: Int) -> Bool { i > 0 && bytes[i - 1] == backslash }
        var dollars = 0
        var lastDollar = -1
        var unmatched = Set<Int>()
        var openBraces: [Int] = []
        for (i, b) in bytes.enumerated() {
            if b == dollar && !isEscaped(i) { dollars += 1; lastDollar = i }
            if b == open { openBraces.append(i) }
            if b == close && openBraces.popLast() == nil { unmatched.insert(i) }
        }
        unmatched.formUnion(openBraces)
        let literalDollar = dollars % 2 == 1 ? lastDollar : -1
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var inMath = false
        for (i, raw) in bytes.enumerated() where !unmatched.contains(i) {
            let b = raw == 0x0A || raw == 0x0D || raw == 0x09 ? space : raw
            if b == space && (out.isEmpty || out.last == space) { continue }
            let escaped = isEscaped(i)
            if b == dollar && !escaped && i != literalDollar { inMath.toggle() }
            let special = b == UInt8(ascii: "&") || b == UInt8(ascii: "%") || b == UInt8(ascii: "#") || b == UInt8(ascii: "_")
            if !inMath && !escaped && (special || i == literalDollar) { out.append(backslash) }
            out.append(b)
        }
        if out.last == space { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
