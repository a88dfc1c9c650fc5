import Foundation

/// A BibTeX entry's fields as a paper: which field gives what, and the TeX of `.bib` files
/// (protective braces, escapes, accents) undone where the store keeps plain text.
enum BibTeXFields {
    /// The draft for an entry's fields, with a note for each field it could not use.
    static func draft(from fields: [String: String]) -> Result<(PaperDraft, notes: [String]), BibTeXProblem> {
        let title = tex(fields["title"] ?? "")
        guard !TerminalText.sanitize(title).isEmpty else { return .failure(BibTeXProblem(reason: "no title")) }
        var notes: [String] = []
        let authors = (fields["author"].map(splitAuthors) ?? []).map(plain).filter { !$0.isEmpty }
        let primary = fields["primaryclass"].map(plain).flatMap { $0.isEmpty ? nil : $0 }
        var draft = PaperDraft(arxivId: arxivId(fields), title: title, abstract: tex(fields["abstract"] ?? ""), authors: authors,
                               categories: primary.map { [$0] } ?? [], primaryCategory: primary)
        if let text = fields["date"] {
            draft.date = PaperDate.storable(plain(text))
            if draft.date.isEmpty { notes.append("\"date\" \"\(TerminalText.sanitize(plain(text)))\" is not a date (e.g. 2025-03-18); imported without one") }
        } else if let yearText = fields["year"] {
            // BibTeX gives a year and perhaps a month, no day: the paper is stored at the first
            // day of either, so year: filters and the list's order hold.
            if let year = Int(plain(yearText)), (1000...9999).contains(year) {
                let month = fields["month"].flatMap { Int(plain($0)) ?? monthNumber(plain($0)) }.flatMap { (1...12).contains($0) ? $0 : nil } ?? 1
                draft.date = "\(year)-\(month < 10 ? "0" : "")\(month)-01"
            } else {
                notes.append("\"year\" \"\(TerminalText.sanitize(plain(yearText)))\" is not a year; imported without a date")
            }
        }
        var annotations = PaperAnnotations()
        annotations.tags = (fields["keywords"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { userText(String($0)) }.filter { !$0.isEmpty }
        if let note = fields["annote"].map(userText), !note.isEmpty { annotations.note = note }
        draft.annotations = annotations
        return .success((draft, notes))
    }

    /// The arXiv id: `eprint`, else an arxiv.org link or `arXiv:` id in `url`, `doi`,
    /// `journal`, `note` or `howpublished`.
    static func arxivId(_ fields: [String: String]) -> String? {
        if let eprint = fields["eprint"], let id = PaperIdentity.normalizedArxivId(plain(eprint)) { return id }
        for name in ["url", "doi", "journal", "note", "howpublished"] {
            guard let text = fields[name] else { continue }
            for pattern in [#"arxiv\.org/(?:abs|pdf)/([0-9]{4}\.[0-9]{4,5}|[a-z.-]+/[0-9]{7})"#, #"arXiv[:.]\s*([0-9]{4}\.[0-9]{4,5})"#] {
                if let range = text.range(of: pattern, options: [.regularExpression, .caseInsensitive]),
                   let id = PaperIdentity.normalizedArxivId(String(text[range]).replacingOccurrences(of: "arXiv.", with: "arXiv:")) {
                    return id
                }
            }
        }
        return nil
    }

    private static func monthNumber(_ text: String) -> Int? {
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].firstIndex(of: String(text.lowercased().prefix(3))).map { $0 + 1 }
    }

    /// Authors split at " and " outside braces; "Last, First" turned to "First Last".
    static func splitAuthors(_ text: String) -> [String] {
        var names: [String] = [], current = "", depth = 0
        let words = text.split(whereSeparator: \.isWhitespace)
        for word in words {
            if depth == 0, word.lowercased() == "and" {
                names.append(current)
                current = ""
                continue
            }
            current += (current.isEmpty ? "" : " ") + word
            depth += word.filter { $0 == "{" }.count - word.filter { $0 == "}" }.count
        }
        names.append(current)
        return names.map { name in
            let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 && !parts[1].isEmpty ? parts[1] + " " + parts[0] : name
        }.filter { !$0.isEmpty }
    }

    /// A title or abstract as the store keeps them: TeX as written (the screen renders it,
    /// as it does arXiv's), white space folded.
    static func tex(_ value: String) -> String {
        JSONLinesParser.collapse(value).trimmingCharacters(in: .whitespaces)
    }

    /// A name, number or identifier: TeX rendered to plain text (`M{\\"u}ller` is `Müller`).
    static func plain(_ value: String) -> String {
        TeXText.plain(tex(value)).trimmingCharacters(in: .whitespaces)
    }

    /// A tag or note, which ``BibTeXEntry`` writes with `& % # _ $` escaped: those undone.
    static func userText(_ value: String) -> String {
        var out = "", escaped = false
        for c in tex(value) {
            if escaped {
                if !"&%#_$".contains(c) { out.append("\\") }
                out.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        if escaped { out.append("\\") }
        return out
    }
}
