import PaperboatCore

/// Wrapping and cutting of text by terminal cells (not by `String.count`).
public enum TextLayout {
    /// Cuts sanitised `text` to at most `width` cells, ending with `…` when cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = TerminalText.sanitize(text)
        if CellWidth.of(clean) <= width { return clean }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in clean.unicodeScalars {
            let w = CellWidth.of(scalar)
            if used + w > width - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    /// Keeps the end of sanitised `text` in at most `width` cells, starting with `…` when
    /// cut (a line being typed, whose end is where the cursor is).
    public static func truncateLeading(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = TerminalText.sanitize(text)
        if CellWidth.of(clean) <= width { return clean }
        var kept: [Unicode.Scalar] = []
        var used = 0
        for scalar in clean.unicodeScalars.reversed() {
            let w = CellWidth.of(scalar)
            if used + w > width - 1 { break }
            kept.append(scalar)
            used += w
        }
        // A combining mark belongs to the scalar before it: do not start on one.
        while let first = kept.last, CellWidth.of(first) == 0 { kept.removeLast() }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: kept.reversed())
        return "…" + String(out)
    }

    /// Wraps sanitised `text` into lines of at most `width` cells, breaking at
    /// spaces and splitting words longer than a line. Line breaks in the text
    /// start new lines; blank lines are kept as paragraph breaks.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let clean = TerminalText.sanitize(text, keepNewlines: true)
        var lines: [String] = []
        for paragraph in clean.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ")
            if words.isEmpty { lines.append(""); continue }
            var line = ""
            var lineWidth = 0
            for word in words {
                var piece = String(word)
                var pieceWidth = CellWidth.of(piece)
                if lineWidth > 0 && lineWidth + 1 + pieceWidth <= width {
                    line += " " + piece
                    lineWidth += 1 + pieceWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line) }
                // A word wider than the line is split by cells.
                while pieceWidth > width {
                    let (head, rest) = split(piece, atCells: width)
                    lines.append(head)
                    piece = rest
                    pieceWidth = CellWidth.of(piece)
                }
                line = piece
                lineWidth = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// Splits `text` so the head takes at most `cells` cells (at least one scalar).
    private static func split(_ text: String, atCells cells: Int) -> (String, String) {
        var used = 0
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            let w = CellWidth.of(text.unicodeScalars[index])
            if used + w > cells && used > 0 { break }
            used += w
            index = text.unicodeScalars.index(after: index)
        }
        return (String(text.unicodeScalars[..<index]), String(text.unicodeScalars[index...]))
    }
}
