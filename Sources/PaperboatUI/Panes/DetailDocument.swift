import PaperboatCore

/// One line of the abstract pane: an optional label and text, already wrapped.
public struct DetailLine: Sendable, Equatable {
    /// A field label drawn at the left edge ("Authors"), or empty.
    public var label: String = ""
    /// Columns before `text` (the label column for field values).
    public var indent: Int = 0
    /// The text of the line, at most the pane width less `indent` cells.
    public var text: String
    /// How the text is drawn.
    public var style: CellStyle = .normal
}

/// The abstract pane's content for one paper, wrapped to a width.
public enum DetailDocument {
    /// Width of the label column ("Authors", "Date", ...).
    static let labelWidth = 12

    /// The lines showing `paper` at `width` cells.
    public static func lines(for paper: Paper, tags: [String] = [], note: String? = nil, width: Int) -> [DetailLine] {
        guard width > 0 else { return [] }
        var lines = TextLayout.wrap(TeXText.plain(paper.title), width: width).map { DetailLine(text: $0, style: .heading) }
        lines.append(DetailLine(text: ""))
        let useLabels = width >= labelWidth + 12
        func field(_ label: String, _ value: String) {
            guard !value.isEmpty else { return }
            if useLabels {
                let wrapped = TextLayout.wrap(value, width: width - labelWidth)
                for (i, part) in wrapped.enumerated() {
                    lines.append(DetailLine(label: i == 0 ? label : "", indent: labelWidth, text: part))
                }
            } else {
                lines.append(DetailLine(text: label, style: .label))
                lines += TextLayout.wrap(value, width: width).map { DetailLine(text: $0) }
            }
        }
        field("Authors", paper.authors.joined(separator: ", "))
        field("Date", paper.displayDate)
        field("Categories", paper.categories.joined(separator: " "))
        field("Tags", tags.joined(separator: ", "))
        field("Starred", paper.starredAt == nil ? "" : "yes")
        field("Read", paper.readAt == nil ? "" : "yes")
        field("Id", paper.key)
        if let url = paper.arxivPageURL { field("URL", url) }
        field("Source", paper.source)
        lines.append(DetailLine(text: ""))
        let abstract = paper.abstract.isEmpty ? "(no abstract)" : TeXText.plain(paper.abstract)
        lines += TextLayout.wrap(abstract, width: width).map { DetailLine(text: $0) }
        if let note, !note.isEmpty {
            lines.append(DetailLine(text: ""))
            lines.append(DetailLine(text: "Note", style: .label))
            lines += TextLayout.wrap(note, width: width).map { DetailLine(text: $0) }
        }
        return lines
    }
}
