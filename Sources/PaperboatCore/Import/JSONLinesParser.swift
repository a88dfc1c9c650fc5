import Foundation

/// Reads JSON lines of paper metadata, one object a line.
///
/// Accepts the common variants: `summary` for `abstract`; authors as an array or
/// one string (TeX accents in names made letters); categories as an array or one
/// space-separated string; `published`, the first of `versions` (the Kaggle arXiv snapshot)
/// or `update_date` for `date`; ids as bare arXiv ids, `arXiv:` ids or URLs.
public struct JSONLinesParser: PaperParser {
    /// Lines longer than this are rejected unread.
    public static let maxLineBytes = 1 << 20

    public init() {}

    public func parse(_ bytes: [UInt8], emit: (ParsedRecord) throws -> Void) rethrows {
        try LineSplitter.forEachLine(in: bytes) { number, range in
            if range.isEmpty || bytes[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            if range.count > Self.maxLineBytes {
                try emit(.rejected(line: number, reason: "line is \(range.count) bytes, over the \(Self.maxLineBytes)-byte limit"))
                return
            }
            let (text, repaired) = LineSplitter.decode(bytes[range])
            switch Self.draft(fromJSON: text) {
            case let .success((draft, notes)):
                if repaired { try emit(.warning(line: number, note: "invalid UTF-8 replaced with U+FFFD")) }
                for note in notes { try emit(.warning(line: number, note: note)) }
                try emit(.paper(line: number, draft))
            case let .failure(problem):
                try emit(.rejected(line: number, reason: problem.reason))
            }
        }
    }

    /// Why a line is not a paper.
    struct Problem: Error {
        var reason: String
    }

    /// Decodes one line into a draft, with a note for each field that was there but could
    /// not be used (the paper is imported without it).
    static func draft(fromJSON text: String) -> Result<(PaperDraft, notes: [String]), Problem> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failure(Problem(reason: "not valid JSON (\(jsonErrorDetail(error)))"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(Problem(reason: "expected a JSON object, found \(typeName(object))"))
        }
        guard let title = string(fields["title"]), !TerminalText.sanitize(title).isEmpty else {
            return .failure(Problem(reason: fields["title"] == nil ? "missing \"title\"" : "\"title\" is empty or not a string"))
        }
        var notes: [String] = []
        var arxivId: String?
        if let raw = string(fields["id"]) ?? string(fields["arxiv_id"]) ?? string(fields["arxiv"]) {
            arxivId = PaperIdentity.normalizedArxivId(raw)
            // A `t-` key is Paperboat's own, from an export; it is made again from the title.
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if arxivId == nil, !trimmed.isEmpty, !trimmed.hasPrefix("t-") {
                notes.append("\"id\" \(quoted(trimmed)) is not an arXiv id; the paper is keyed by its title")
            }
        }
        let abstract = string(fields["abstract"]) ?? string(fields["summary"])
        if abstract == nil, let name = ["abstract", "summary"].first(where: { fields[$0] != nil && !(fields[$0] is NSNull) }),
           let value = fields[name] {
            notes.append("\"\(name)\" is \(typeName(value)), not a string; imported without an abstract")
        }
        // Names are never math: TeX accents become letters (`Bal\\'azs` is `Balázs`), as the
        // BibTeX importer makes them, so an author is found and shown one way.
        let authors = stringList(fields["authors"], split: AuthorList.split).map(TeXText.plain)
        let categories = stringList(fields["categories"]) { $0.split(separator: " ").map(String.init) }
        for name in ["authors", "categories"] {
            if let value = fields[name], !(value is NSNull), !(value is [Any]), !(value is String) {
                notes.append("\"\(name)\" is \(typeName(value)), not a list or a string; imported without \(name)")
            }
        }
        let primary = string(fields["primary_category"])
        var date = ""
        var unreadableDate: (field: String, text: String)?
        // The first version's date (the Kaggle arXiv snapshot's `versions`) is when the paper
        // appeared; `update_date` is only its last revision.
        let firstVersion = ((fields["versions"] as? [Any])?.first as? [String: Any])?["created"]
        let candidates: [(String, Any?)] = [("date", fields["date"]), ("published", fields["published"]),
                                            ("versions", firstVersion), ("update_date", fields["update_date"]),
                                            ("updated", fields["updated"])]
        for (name, value) in candidates {
            guard let raw = string(value) else { continue }
            // `storable` also takes the store's own `--MM-DD` (a day without a year), so a
            // library exported as JSON lines imports back with its dates.
            let normalized = PaperDate.storable(raw)
            if !normalized.isEmpty {
                date = normalized
                unreadableDate = nil
                break
            }
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if unreadableDate == nil, !trimmed.isEmpty { unreadableDate = (name, trimmed) }
        }
        if let unreadableDate {
            notes.append("\"\(unreadableDate.field)\" \(quoted(unreadableDate.text)) is not a date (e.g. 2025-03-18); imported without one")
        }
        var draft = PaperDraft(arxivId: arxivId, title: collapse(title), abstract: collapse(abstract ?? ""),
                               authors: authors, categories: categories, primaryCategory: primary, date: date)
        if let primary, !primary.isEmpty, !draft.categories.contains(primary) { draft.categories.insert(primary, at: 0) }
        draft.annotations = annotations(fields, notes: &notes)
        return .success((draft, notes))
    }

    /// The reader's star, read state, tags and note of an exported paper (`starred`, `read`,
    /// `tags`, `note`), with a note for each that is there but of the wrong type.
    private static func annotations(_ fields: [String: Any], notes: inout [String]) -> PaperAnnotations {
        var result = PaperAnnotations()
        func flag(_ name: String) -> Bool {
            guard let value = fields[name], !(value is NSNull) else { return false }
            if let flag = value as? Bool, !(value is String) { return flag }
            notes.append("\"\(name)\" is \(typeName(value)), not true or false; ignored")
            return false
        }
        result.starred = flag("starred")
        result.read = flag("read")
        if let value = fields["tags"], !(value is NSNull) {
            if let list = value as? [Any], list.allSatisfy({ $0 is String }) {
                result.tags = list.compactMap { ($0 as? String)?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            } else {
                notes.append("\"tags\" is \(typeName(value)), not a list of strings; imported without tags")
            }
        }
        if let value = fields["note"], !(value is NSNull) {
            if let text = value as? String { result.note = text } else {
                notes.append("\"note\" is \(typeName(value)), not a string; imported without a note")
            }
        }
        return result
    }

    /// `text` in quotes for a message, cut to 40 characters and made safe for a terminal.
    private static func quoted(_ text: String) -> String {
        let safe = TerminalText.sanitize(text)
        return "\"" + (safe.count > 40 ? String(safe.prefix(39)) + "…" : safe) + "\""
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let n = value as? NSNumber, !(value is Bool) { return n.stringValue }
        return nil
    }

    private static func stringList(_ value: Any?, split: (String) -> [String]) -> [String] {
        if let list = value as? [Any] {
            return list.compactMap { item in
                if let s = item as? String { return s.trimmingCharacters(in: .whitespaces) }
                // arXiv's own dump gives authors_parsed as [last, first, suffix].
                if let parts = item as? [String] { return parts.reversed().filter { !$0.isEmpty }.joined(separator: " ") }
                return nil
            }.filter { !$0.isEmpty }
        }
        if let s = value as? String { return split(s) }
        return []
    }

    /// Folds line breaks and runs of white space inside a field (arXiv wraps abstracts).
    ///
    /// - Complexity: O(n), on UTF-8 bytes.
    static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func typeName(_ value: Any) -> String {
        switch value {
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is String: return "a string"
        case is NSNull: return "null"
        default: return "a number or boolean"
        }
    }

    private static func jsonErrorDetail(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}
