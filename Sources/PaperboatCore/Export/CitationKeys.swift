import Foundation

/// Citation keys in Google Scholar's form — first author's family name, year, first
/// significant title word (`vaswani2017attention`) — kept unique within one export by
/// appending `a`, `b`, … to later papers that would share a key.
public struct CitationKeys: Sendable {
    private var issued: Set<String> = []
    private var suffixes: [String: Int] = [:]

    public init() {}

    /// Characters that part title words besides spaces (`R&D` stays one word).
    static let wordBreaks: Set<Character> = ["-", "‐", "–", "—", "/", ":"]

    /// Words skipped when choosing the title word.
    static let minorWords: Set<String> = [
        "a", "an", "the", "on", "of", "for", "in", "to", "with", "and", "is", "are", "via", "from", "by", "at",
        "towards", "toward", "how", "what", "when", "why", "do", "does", "can", "your", "we", "our", "its",
    ]

    /// The next unique key for `paper`.
    public mutating func key(for paper: Paper) -> String {
        let base = Self.baseKey(for: paper)
        var key = base
        while issued.contains(key) {
            let n = suffixes[base, default: 0] + 1
            suffixes[base] = n
            key = base + Self.suffix(n)
        }
        issued.insert(key)
        return key
    }

    /// The key before any suffix: `family` + `year` + `word`, or `paper` when nothing is known.
    static func baseKey(for paper: Paper) -> String {
        let family = paper.authors.first.map(familyName).map(asciiWord) ?? ""
        let year = PaperDate.year(paper.date).map(String.init) ?? ""
        let word = TeXText.plain(paper.title).split(whereSeparator: { $0.isWhitespace || wordBreaks.contains($0) })
            .lazy.map { asciiWord(String($0)) }
            .first { !$0.isEmpty && !minorWords.contains($0) } ?? ""
        let key = family + year + word
        return key.isEmpty ? "paper" : key
    }

    /// "Ashish Vaswani" → "Vaswani"; "Vaswani, Ashish" → "Vaswani"; a trailing "Jr." is skipped.
    static func familyName(_ author: String) -> String {
        if let comma = author.firstIndex(of: ",") { return String(author[..<comma]) }
        let parts = author.split(separator: " ").map(String.init)
            .filter { !["jr", "jr.", "sr", "sr.", "ii", "iii"].contains($0.lowercased()) }
        return parts.last ?? author
    }

    /// Lower-case ASCII letters and digits only, accents folded ("Müller" → "muller").
    static func asciiWord(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// 1 → "a", 26 → "z", 27 → "aa".
    static func suffix(_ n: Int) -> String {
        var n = n
        var out = ""
        while n > 0 {
            let letter = UnicodeScalar(UInt8(97 + (n - 1) % 26))
            out = String(Character(letter)) + out
            n = (n - 1) / 26
        }
        return out
    }
}
