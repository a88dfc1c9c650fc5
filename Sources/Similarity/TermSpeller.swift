/// Spells index terms as texts write them (``TermWords``) for many look-ups at once: each
/// text is split into words once and each word stemmed once, however many look-ups share
/// them. The related pane spells fifteen neighbours' terms, each against the neighbour's
/// text and the text of the paper on show, which one look-up at a time split fifteen times.
public struct TermSpeller: Sendable {
    private var tokens: [String: [String?]] = [:]
    private var stems: [String: String] = [:]

    public init() {}

    /// Each of `terms` as `texts` write it: exactly ``TermWords/readable(_:in:)``.
    public mutating func readable(_ terms: [String], in texts: [String]) -> [String] {
        let split = texts.map { text in
            if let known = tokens[text] { return known }
            let fresh = Analyzer.tokens(text)
            tokens[text] = fresh
            return fresh
        }
        return TermWords.readable(terms, inTokens: split, stems: &stems)
    }
}
