/// Index terms as a reader would write them: a stem or a bigram of stems ("larg_languag")
/// becomes the words it came from ("large language"), taken from the papers' own text.
public enum TermWords {
    /// Each of `terms` as the words of `texts` it stands for — its most frequent spelling
    /// there (the first seen on a tie); a term the texts do not hold (`cat:cs.cl`) stays as
    /// it is.
    ///
    /// - Complexity: O(words in `texts`), each distinct word stemmed once.
    public static func readable(_ terms: [String], in texts: [String]) -> [String] {
        readable(terms, in: texts, screened: true)
    }

    /// ``readable(_:in:)``; `screened` stems only words that begin as a wanted stem does
    /// (Porter rewrites endings and keeps at least the first two letters): half the time,
    /// the same words (checked on 45,640 sets of terms from the dev set's abstracts).
    static func readable(_ terms: [String], in texts: [String], screened: Bool) -> [String] {
        var stems: [String: String] = [:]
        return readable(terms, inTokens: texts.map(Analyzer.tokens), stems: &stems, screened: screened)
    }

    /// ``readable(_:in:)`` over texts already split by ``Analyzer/tokens(_:)``, stemming each
    /// word at most once across calls that share `stems` (see ``TermSpeller``).
    static func readable(_ terms: [String], inTokens texts: [[String?]], stems: inout [String: String],
                         screened: Bool = true) -> [String] {
        let wanted = Set(terms)
        guard !wanted.isEmpty else { return terms }
        var starts: Set<Substring> = []
        for term in wanted { for part in term.split(separator: "_") { starts.insert(part.prefix(2)) } }
        var spellings: [String: [(text: String, count: Int)]] = [:]
        func count(_ term: String, _ spelling: String) {
            guard wanted.contains(term) else { return }
            var seen = spellings[term, default: []]
            if let i = seen.firstIndex(where: { $0.text == spelling }) { seen[i].count += 1 } else { seen.append((spelling, 1)) }
            spellings[term] = seen
        }
        for tokens in texts {
            var previous: (stem: String, word: String)?
            for token in tokens {
                guard let token, token.count >= 2, !StopWords.all.contains(token), !token.allSatisfy(\.isNumber) else {
                    previous = nil
                    continue
                }
                guard !screened || starts.contains(Substring(token.prefix(2))) else {
                    // Cannot be a wanted stem, nor the first half of a wanted pair.
                    previous = (token, token)
                    continue
                }
                let stem = stems[token] ?? PorterStemmer.stem(token)
                stems[token] = stem
                count(stem, token)
                if let previous { count(previous.stem + "_" + stem, previous.word + " " + token) }
                previous = (stem, token)
            }
        }
        return terms.map { term in
            guard let seen = spellings[term], let best = seen.max(by: { $0.count < $1.count }) else { return term }
            // max(by:) keeps the last of equals; the first seen wins a tie.
            return seen.first { $0.count == best.count }?.text ?? best.text
        }
    }
}
