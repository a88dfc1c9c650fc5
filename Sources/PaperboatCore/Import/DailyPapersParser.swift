/// Reads a Hugging Face "Daily Papers" page saved as text.
///
/// Two layouts exist: blank-line separated (with a `Sep 8` date header) and
/// packed (no blank lines, the first title glued to `Subscribe`). After the page
/// header, lines alternate title, abstract.
public struct DailyPapersParser: PaperParser {
    /// Page chrome that precedes the papers.
    static let headerLines: Set<String> = [
        "new", "Subscribe", "Daily Papers", "byAK and the research community",
        "Get trending papers in your email inbox!", "Get trending papers in your email inbox once a day!",
    ]
    /// Titles longer than this are taken for an abstract that lost its title.
    static let maxTitleLength = 400

    public init() {}

    public func parse(_ bytes: [UInt8], emit: (ParsedRecord) throws -> Void) rethrows {
        var inHeader = true
        var date = ""
        var pendingTitle: (line: Int, text: String)?
        try LineSplitter.forEachLine(in: bytes) { number, range in
            let (decoded, repaired) = LineSplitter.decode(bytes[range])
            var text = decoded.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return }
            if inHeader {
                if Self.headerLines.contains(text) { return }
                if text.hasPrefix("Subscribe") { text = String(text.dropFirst("Subscribe".count)) }
            }
            if pendingTitle == nil, text.count <= 20, let day = PaperDate.normalize(text) {
                date = day
                return
            }
            inHeader = false
            if repaired { try emit(.warning(line: number, note: "invalid UTF-8 replaced with U+FFFD")) }
            guard let title = pendingTitle else {
                if text.count > Self.maxTitleLength {
                    try emit(.rejected(line: number, reason: "expected a title, found \(text.count) characters of text (an abstract without its title?)"))
                } else if TerminalText.sanitize(text).isEmpty {
                    try emit(.rejected(line: number, reason: "title is empty after removing control characters"))
                } else {
                    pendingTitle = (number, text)
                }
                return
            }
            try emit(.paper(line: title.line, PaperDraft(title: title.text, abstract: text, date: date)))
            pendingTitle = nil
        }
        if let title = pendingTitle {
            try emit(.warning(line: title.line, note: "title without an abstract at the end of the file"))
            try emit(.paper(line: title.line, PaperDraft(title: title.text, date: date)))
        }
    }
}
