import Foundation

/// One paper as a BibTeX entry, in the form arXiv and Zotero give (`@misc` with `eprint`,
/// `archivePrefix` and `primaryClass`), with the reader's tags as `keywords` and note as
/// `annote`.
///
/// Titles and abstracts keep their TeX (BibTeX is TeX), with LaTeX's special characters
/// escaped outside math, braces balanced so one odd title cannot swallow the rest of the
/// file, and words with inner capitals ("LLMs", "GenM") braced so styles keep their case.
public struct BibTeXEntry: Sendable, Equatable {
    /// The citation key.
    public var key: String
    /// Field names and values, in the order they are written.
    public var fields: [(name: String, value: String)]

    public static func == (a: BibTeXEntry, b: BibTeXEntry) -> Bool {
        a.key == b.key && a.fields.map(\.name) == b.fields.map(\.name) && a.fields.map(\.value) == b.fields.map(\.value)
    }

    /// The entry for `paper` under `key`, with the reader's `tags` and `note`.
    public init(paper: Paper, key: String, tags: [String] = [], note: String? = nil) {
        self.key = key
        var fields: [(String, String)] = [("title", Self.title(paper.title))]
        if !paper.authors.isEmpty {
            fields.append(("author", paper.authors.map(Self.text).joined(separator: " and ")))
        }
        if let year = PaperDate.year(paper.date) {
            fields.append(("year", String(year)))
            if let month = Self.month(of: paper.date) { fields.append(("month", month)) }
        }
        if let arxivId = paper.arxivId {
            fields.append(("eprint", arxivId))
            fields.append(("archivePrefix", "arXiv"))
            if let primary = paper.primaryCategory ?? paper.categories.first { fields.append(("primaryClass", primary)) }
            fields.append(("url", "https://arxiv.org/abs/\(arxivId)"))
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

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(of date: String) -> String? {
        let parts = date.split(separator: "-")
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return months[month - 1]
    }

    /// A title: ``text(_:)`` with words that have capitals after their first letter braced.
    static func title(_ raw: String) -> String {
        text(raw).split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            let core = word.prefix { !":;,.?!".contains($0) }
            // "LLMs" and "LLM-Based" keep their case; "Linear-Time" is plain title case.
            let needsCase = core.split(separator: "-").contains { $0.dropFirst().contains(where: \.isUppercase) }
            let plain = !word.contains(where: { "${}\\".contains($0) })
            return needsCase && plain ? "{\(core)}" + word.dropFirst(core.count) : String(word)
        }.joined(separator: " ")
    }

    /// Text for a braced field: one line without control characters, `& % # _` escaped outside `$…$` math (a `$`
    /// without a partner is escaped too), and unmatched braces dropped.
    static func text(_ raw: String) -> String {
        let characters = TerminalText.sanitize(raw, keepNewlines: true).map { $0.isNewline || $0 == "\t" ? " " : $0 }
        var dollars: [Int] = []
        for (i, c) in characters.enumerated() where c == "$" && (i == 0 || characters[i - 1] != "\\") {
            dollars.append(i)
        }
        let literalDollar = dollars.count % 2 == 1 ? dollars.last : nil
        var escaped = ""
        var inMath = false
        for (i, c) in characters.enumerated() {
            let isEscaped = i > 0 && characters[i - 1] == "\\"
            if c == "$" && !isEscaped && i != literalDollar { inMath.toggle() }
            if !inMath && !isEscaped && ("&%#_".contains(c) || i == literalDollar) { escaped.append("\\") }
            escaped.append(c)
        }
        return balanced(escaped).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `text` without the braces that have no partner.
    static func balanced(_ text: String) -> String {
        var characters = Array(text)
        var open: [Int] = []
        var drop = Set<Int>()
        for (i, c) in characters.enumerated() {
            if c == "{" { open.append(i) }
            if c == "}" { if open.popLast() == nil { drop.insert(i) } }
        }
        drop.formUnion(open)
        if drop.isEmpty { return text }
        characters = characters.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        return String(characters)
    }
}
