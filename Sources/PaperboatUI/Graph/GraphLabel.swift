import PaperboatCore

/// Short labels for graph nodes: the acronym before a colon ("MARLIN" from
/// "MARLIN: Masked Autoencoder for…"), otherwise the first words.
public enum GraphLabel {
    /// The longest label, in cells.
    public static let maxWidth = 16

    /// The short label for `title`.
    public static func short(_ title: String, maxWidth: Int = maxWidth) -> String {
        let clean = TerminalText.sanitize(TeXText.plain(title)).trimmingCharacters(in: .whitespaces)
        if let colon = clean.firstIndex(of: ":") {
            let head = clean[..<colon].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, CellWidth.of(head) <= maxWidth, head.split(separator: " ").count <= 3 { return head }
        }
        var label = ""
        for word in clean.split(separator: " ") {
            let candidate = label.isEmpty ? String(word) : label + " " + word
            if CellWidth.of(candidate) > maxWidth { break }
            label = candidate
        }
        return label.isEmpty ? TextLayout.truncate(clean, width: maxWidth) : label
    }
}
