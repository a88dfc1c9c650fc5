import Foundation
import PaperboatCore
import Similarity

/// Draws the "why related" overlay: the selected related paper, its score taken apart
/// (shared words, topic, authors) and its shared words with their parts of the score, so
/// the parts on show add up to the score.
public enum WhyOverlay {
    /// The overlay's lines for `why`, `width` cells wide (the box's inside), at most
    /// `maxLines` of them when it can: fewer words are listed, the others joining "the other
    /// shared words", so what is on show still adds up.
    public static func lines(for why: WhyRelated, width: Int, maxLines: Int = .max, ascii: Bool = false) -> [DetailLine] {
        var wordLimit = why.row.words.count
        var lines = lines(for: why, width: width, wordLimit: wordLimit, ascii: ascii)
        while lines.count > maxLines && wordLimit > 0 {
            wordLimit -= 1
            lines = Self.lines(for: why, width: width, wordLimit: wordLimit, ascii: ascii)
        }
        return lines
    }

    private static func lines(for why: WhyRelated, width: Int, wordLimit: Int, ascii: Bool) -> [DetailLine] {
        guard width > 8 else { return [] }
        let row = why.row
        var lines = TextLayout.wrap(TeXText.plain(row.title), width: width).map { DetailLine(text: $0, style: .heading) }
        let byline = [why.authors.joined(separator: ", "), why.date].filter { !$0.isEmpty }.joined(separator: " · ")
        if !byline.isEmpty { lines += TextLayout.wrap(byline, width: width).map { DetailLine(text: $0, style: .dim) } }
        lines.append(DetailLine(text: ""))
        let place: String
        switch why.source {
        case .related: place = "related paper \(why.position + 1) of \(why.count)"
        case .recommendation: place = "paper \(why.position + 1) of \(why.count) like these"
        case let .graph(hops): place = "its likeness to the paper at the centre of the graph, \(hops == 1 ? "1 hop" : "\(hops) hops") out"
        }
        lines.append(DetailLine(text: "Score \(number(row.score, digits: 2)): \(place)", style: .label))
        guard let parts = row.parts else { return lines }
        /// A part's number in a column of its own, its text wrapped beside it.
        func part(_ value: Float, _ text: String) {
            let shown = number(value), indent = 2 + CellWidth.of(shown) + 2
            for (i, piece) in TextLayout.wrap(text, width: max(1, width - indent)).enumerated() {
                lines.append(i == 0 ? DetailLine(indent: 2, text: shown + "  " + piece) : DetailLine(indent: indent, text: piece))
            }
        }
        let wordsWeight = parts.wordsWeight
        if wordsWeight < 1 {
            // Byte-coded embeddings can put a cosine a hair above 1.
            let wordsCosine = min(1, parts.words / max(wordsWeight, 1e-6)), topicCosine = min(1, parts.topic / max(1 - wordsWeight, 1e-6))
            part(parts.words, "shared words (their cosine \(number(wordsCosine)) × \(number(wordsWeight, digits: 2)))")
            part(parts.topic, "topic: both resemble the same other papers (cosine \(number(topicCosine)) × \(number(1 - wordsWeight, digits: 2)))")
        } else {
            part(parts.words, "shared words (their cosine)")
        }
        if parts.authors != 0 { part(parts.authors, "what their authors' other papers are about") }
        let total = parts.total
        if abs(total - row.score) >= 0.0005 {
            lines.append(DetailLine(indent: 2, text: "(the parts add up to \(number(total)); scores stay within 0 and 1)", style: .dim))
        }
        lines.append(DetailLine(text: ""))
        lines.append(DetailLine(text: "The shared words' parts of the score", style: .label))
        var rows: [(String, Float)] = row.words.prefix(wordLimit).map { ($0.word, $0.share) }
        if row.authorShare > 0 {
            rows.append((row.sharedAuthors.isEmpty ? "shared authors" : "by " + row.sharedAuthors.joined(separator: ", "), row.authorShare))
        }
        if row.categoryShare > 0 { rows.append(("shared categories", row.categoryShare)) }
        let rest = parts.words - rows.reduce(0) { $0 + $1.1 }
        if rest >= 0.0005 { rows.append(("the other shared words", rest)) }
        guard !rows.isEmpty else {
            lines.append(DetailLine(indent: 2, text: "none: the papers share no word", style: .dim))
            return lines
        }
        let largest = rows.map(\.1).max() ?? 1
        let barWidth = min(16, max(0, width / 5))
        let nameWidth = max(4, min(rows.map { CellWidth.of($0.0) }.max() ?? 4, width - 2 - 7 - barWidth - 2))
        for (name, share) in rows {
            let shown = TextLayout.truncate(name, width: nameWidth)
            let padding = String(repeating: " ", count: max(0, nameWidth - CellWidth.of(shown)))
            let cells = largest > 0 ? Int((share / largest * Float(barWidth)).rounded()) : 0
            let bar = String(repeating: ascii ? "#" : "█", count: max(share > 0 ? 1 : 0, cells))
            lines.append(DetailLine(indent: 2, text: shown + padding + "  " + number(share) + "  " + bar))
        }
        return lines
    }

    /// Draws the overlay centred on `screen`, if it is open.
    public static func draw(_ model: BrowserModel, on screen: inout Screen) {
        guard let why = model.whyRelated else { return }
        let width = min(screen.width - 2, 90)
        guard width >= 24, screen.height >= 8 else { return }
        let inside = width - 4
        let body = lines(for: why, width: inside, maxLines: screen.height - 6, ascii: model.asciiArt)
        let height = min(screen.height - 2, body.count + 4)
        let box = Rect(row: (screen.height - height) / 2, column: (screen.width - width) / 2, height: height, width: width)
        screen.fill(box, style: .normal)
        HelpOverlay.drawBorder(box, on: &screen)
        let heading: String
        switch why.source {
        case .related: heading = " Why related "
        case .recommendation: heading = " Why it is like these "
        case .graph: heading = " Why it is in the graph "
        }
        screen.write(heading, row: box.row, column: box.column + 2, maxWidth: width - 4, style: .heading)
        let inner = box.inset(by: 1)
        let room = max(0, inner.height - 2)
        // On a screen too short for every line, the last row that fits says more is cut.
        let shown = body.count > room ? Array(body.prefix(max(0, room - 1))) + [DetailLine(indent: 2, text: "…", style: .dim)] : body
        for (offset, line) in shown.prefix(room).enumerated() {
            screen.write(TextLayout.truncate(line.text, width: inside - line.indent), row: inner.row + offset,
                         column: inner.column + 1 + line.indent, maxWidth: inside - line.indent, style: line.style)
        }
        let keys = model.keyMap
        var footer = "\(keys.firstKey(for: .open, in: .why)) "
        if case .graph = why.source {
            footer += "centres the graph on it  "
        } else {
            footer += "opens it  \(keys.firstKey(for: .moveDown, in: .why))/\(keys.firstKey(for: .moveUp, in: .why)) next/previous  "
        }
        footer += "\(keys.spoken([.closeOverlay, .whyRelated], in: .why)) closes"
        screen.write(TextLayout.truncate(footer, width: inside), row: inner.row + inner.height - 1, column: inner.column + 1,
                     maxWidth: inside, style: .dim)
    }

    /// `value` with `digits` decimals, a true minus sign when negative.
    static func number(_ value: Float, digits: Int = 3) -> String {
        let text = String(format: "%.\(digits)f", abs(value))
        return value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "−" + text : text
    }
}
