/// The input formats `paperboat import` understands.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// JSON lines: one paper object a line (arXiv metadata dumps).
    case jsonLines = "json-lines"
    /// A Hugging Face "Daily Papers" page saved as text.
    case dailyPapers = "daily-papers"
    /// BibTeX: `@misc{…}`, `@article{…}` entries (Zotero, Scholar, arXiv, `paperboat export`).
    case bibTeX = "bibtex"

    /// Guesses the format from the first non-blank bytes of a file; `nil` when unknown.
    public static func detect(_ bytes: [UInt8]) -> ImportFormat? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "{") { return .jsonLines }
        if bytes[start] == UInt8(ascii: "@") || bytes[start] == UInt8(ascii: "%") { return .bibTeX }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self)
        if DailyPapersParser.headerLines.contains(where: { head.contains($0) }) { return .dailyPapers }
        // BibTeX allows free text before the first entry ("This file was created with JabRef").
        if head.range(of: #"(?m)^\s*@[A-Za-z]+\s*[{(]"#, options: .regularExpression) != nil { return .bibTeX }
        return nil
    }

    /// The parser for this format.
    public var parser: any PaperParser {
        switch self {
        case .jsonLines: return JSONLinesParser()
        case .dailyPapers: return DailyPapersParser()
        case .bibTeX: return BibTeXParser()
        }
    }
}
