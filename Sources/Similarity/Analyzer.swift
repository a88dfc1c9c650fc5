import Foundation

/// Turns text into index terms: Unicode-aware tokens, case and diacritics folded,
/// stop words dropped, Porter-stemmed, plus bigrams of adjacent content words.
///
/// Stems are cached per distinct token, so analysing a corpus stems each word once.
public struct Analyzer: Sendable {
    /// Whether adjacent content words also yield a `a_b` bigram term.
    public var bigrams = true
    private var stemCache: [String: String] = [:]

    public init(bigrams: Bool = true) {
        self.bigrams = bigrams
    }

    /// The content words of `text`: folded, stop words removed, stemmed, in order.
    /// `nil` entries mark where a stop word or punctuation broke the phrase.
    public mutating func words(_ text: String) -> [String?] {
        var out: [String?] = []
        for token in Self.tokens(text) {
            guard let token else {
                if out.last != .some(nil) { out.append(nil) }
                continue
            }
            if token.count < 2 || StopWords.all.contains(token) || token.allSatisfy(\.isNumber) {
                if out.last != .some(nil) { out.append(nil) }
                continue
            }
            if let cached = stemCache[token] {
                out.append(cached)
            } else {
                let stem = PorterStemmer.stem(token)
                stemCache[token] = stem
                out.append(stem)
            }
        }
        return out
    }

    /// The terms of `text`: stems, and bigrams of adjacent stems when enabled.
    public mutating func terms(_ text: String) -> [String] {
        let words = words(text)
        var terms: [String] = []
        terms.reserveCapacity(words.count * 2)
        var previous: String?
        for word in words {
            guard let word else { previous = nil; continue }
            terms.append(word)
            if bigrams, let previous { terms.append(previous + "_" + word) }
            previous = word
        }
        return terms
    }

    /// Lowercased, diacritic-folded tokens of letters and digits; `nil` marks a phrase break
    /// (sentence punctuation, brackets). TeX accents fold as Unicode ones do (``TeXAccents``):
    /// `Fr\'echet` and `Schr{\"o}dinger` are `frechet` and `schrodinger`.
    static func tokens(_ text: String) -> [String?] {
        var tokens: [String?] = []
        var current = String.UnicodeScalarView()
        var tex = TeXAccents()
        func flush() {
            if !current.isEmpty { tokens.append(String(current)); current.removeAll(keepingCapacity: true) }
            tex.tokenEnded()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch tex.read(UInt8(v)) {
                case .skip: continue
                case .splitThenRead: flush()
                case .read: break
                }
                switch v {
                case 0x41...0x5A: current.append(Unicode.Scalar(UInt8(v + 32)))
                case 0x61...0x7A, 0x30...0x39: current.append(scalar)
                case 0x2E, 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x21, 0x3F, 0x22:
                    flush()
                    tokens.append(nil)
                default: flush()
                }
                tex.didRead(UInt8(v))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if tex.read(0x61) == .splitThenRead { flush() }
                appendFolded(scalar, to: &current)
                tex.didRead(0x61)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue // combining accents fold away
            } else {
                if tex.read(0x20) == .splitThenRead { flush() }
                flush()
            }
        }
        flush()
        return tokens
    }

    /// Appends `scalar` lowercased and without diacritics.
    private static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        for decomposed in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where decomposed.properties.generalCategory != .nonspacingMark {
            out.append(decomposed)
        }
    }
}
