import Foundation
import PaperboatCore
import Similarity

/// Finds where a search's words occur in drawn text, the way the search matched them:
/// case and diacritics folded, words matched by their Porter stem as a prefix
/// ("transformers" highlights "Transformer").
public struct Highlighter: Sendable, Equatable {
    /// Folded stems to look for.
    public let stems: [String]

    /// The words of `query` worth highlighting (text terms and title/abstract/author values).
    public init(query: Query?) {
        var words: [String] = []
        func collect(_ q: Query) {
            switch q {
            case let .and(items), let .or(items): items.forEach(collect)
            case let .text(value, _), let .field(_, value): words += value.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            default: break
            }
        }
        if let query { collect(query) }
        stems = words.map { PorterStemmer.stem(Self.fold($0)) }.filter { $0.count >= 2 }
    }

    /// Whether there is anything to highlight.
    public var isEmpty: Bool { stems.isEmpty }

    /// Cell ranges (relative to the start of `text`) of matching words.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !stems.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var column = 0
        var wordStart: Int?
        var word = ""
        func finish() {
            if let start = wordStart, stems.contains(where: { Self.fold(word).hasPrefix($0) }) {
                result.append(start..<column)
            }
            wordStart = nil
            word = ""
        }
        for scalar in TerminalText.sanitize(text).unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord {
                if wordStart == nil { wordStart = column }
                word.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                finish()
            }
            column += CellWidth.of(scalar)
        }
        finish()
        return result
    }

    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension Screen {
    /// Re-styles the cells of `ranges` (relative to `column`) on `row` as highlighted.
    mutating func highlight(_ ranges: [Range<Int>], row: Int, column: Int, limit: Int) {
        for range in ranges {
            for c in range where column + c < limit {
                restyle(row: row, column: column + c, to: .highlight)
            }
        }
    }
}
