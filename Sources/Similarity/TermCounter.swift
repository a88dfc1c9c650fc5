/// Counts a paper's terms the way ``Analyzer/terms(_:)`` lists them, fast enough for a
/// million papers: each distinct token is folded, checked against the stop words and
/// stemmed once, then found again by its bytes (``TokenTable``); bigrams are found by their
/// two word numbers; counts go into a reusable dense array. Nothing is allocated for a
/// word or phrase seen before.
///
/// Terms are numbered in order of first appearance — the order ``Analyzer`` would list
/// them in — so building from these numbers gives the index a one-by-one build gives.
struct TermCounter {
    /// Whether adjacent content words also count as an `a_b` bigram.
    let bigrams: Bool
    /// The terms seen so far, by number.
    private(set) var terms: [String] = []

    private var vocabulary: [String: Int32] = [:]
    /// Token bytes → word number, or -1 for tokens that break a phrase (stop words, numbers…).
    private var tokens = TokenTable()
    private var wordTerm: [Int32] = []
    private var wordText: [String] = []
    private var wordOfStem: [String: Int32] = [:]
    private var bigramTerm: [UInt64: Int32] = [:]
    private var folding: [UInt32: Folding] = [:]
    private var counts: [Float] = []
    private var touched: [Int32] = []
    private var current: [UInt8] = []
    private var previousWord: Int32 = -1

    /// What a non-ASCII scalar does to the token being read.
    private enum Folding {
        case append([UInt8])
        case skip
        case split
    }

    init(bigrams: Bool = true) {
        self.bigrams = bigrams
        current.reserveCapacity(64)
    }

    /// Counts the terms of `text` with `weight` each (a title counts more than an abstract).
    ///
    /// - Complexity: O(text length), expected.
    mutating func add(_ text: String, weight: Float) {
        previousWord = -1
        var tex = TeXAccents()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch tex.read(UInt8(v)) {
                case .skip: continue
                case .splitThenRead: endToken(weight, &tex)
                case .read: break
                }
                switch v {
                case 0x41...0x5A: current.append(UInt8(v + 32))
                case 0x61...0x7A, 0x30...0x39: current.append(UInt8(v))
                case 0x2E, 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x21, 0x3F, 0x22:
                    endToken(weight, &tex)
                    previousWord = -1
                default: endToken(weight, &tex)
                }
                tex.didRead(UInt8(v))
                continue
            }
            switch fold(scalar) {
            case let .append(bytes):
                if tex.read(0x61) == .splitThenRead { endToken(weight, &tex) }
                current.append(contentsOf: bytes)
                tex.didRead(0x61)
            case .skip: continue
            case .split:
                if tex.read(0x20) == .splitThenRead { endToken(weight, &tex) }
                endToken(weight, &tex)
            }
        }
        endToken(weight, &tex)
    }

    /// Counts terms given as they are (categories, authors), with `weight` each.
    mutating func add(terms extra: [String], weight: Float) {
        for term in extra { count(intern(term), weight) }
    }

    /// The counts of the paper read since the last call, as (term number, count) pairs in
    /// order of first appearance; the counter is ready for the next paper.
    mutating func finishDocument() -> [(Int32, Float)] {
        let result = touched.map { ($0, counts[Int($0)]) }
        for term in touched { counts[Int(term)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return result
    }

    private mutating func endToken(_ weight: Float, _ tex: inout TeXAccents) {
        tex.tokenEnded()
        guard !current.isEmpty else { return }
        let word: Int32 = current.withUnsafeBufferPointer { bytes in
            let hash = TokenTable.hash(bytes)
            if let known = tokens.value(of: bytes, hash: hash) { return known }
            let word = classify(bytes)
            tokens.insert(bytes, hash: hash, value: word)
            return word
        }
        current.removeAll(keepingCapacity: true)
        guard word >= 0 else {
            previousWord = -1
            return
        }
        count(wordTerm[Int(word)], weight)
        if bigrams && previousWord >= 0 {
            let key = UInt64(UInt32(previousWord)) << 32 | UInt64(UInt32(word))
            if let term = bigramTerm[key] {
                count(term, weight)
            } else {
                let term = intern(wordText[Int(previousWord)] + "_" + wordText[Int(word)])
                bigramTerm[key] = term
                count(term, weight)
            }
        }
        previousWord = word
    }

    /// The word number of a new token, or -1 when it breaks the phrase: the rules of
    /// ``Analyzer/words(_:)`` (at least two characters, not a stop word, not all digits).
    private mutating func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let token = String(decoding: bytes, as: UTF8.self)
        if token.count < 2 || StopWords.all.contains(token) || token.allSatisfy(\.isNumber) { return -1 }
        let stem = String(decoding: PorterStemmer.stem(Array(bytes)), as: UTF8.self)
        if let word = wordOfStem[stem] { return word }
        let word = Int32(wordText.count)
        wordText.append(stem)
        wordTerm.append(intern(stem))
        wordOfStem[stem] = word
        return word
    }

    /// A non-ASCII scalar's effect, as in ``Analyzer`` (letters and digits lowercased
    /// without diacritics, combining marks dropped, anything else splits), remembered.
    private mutating func fold(_ scalar: Unicode.Scalar) -> Folding {
        if let known = folding[scalar.value] { return known }
        let result: Folding
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            var bytes: [UInt8] = []
            for decomposed in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            where decomposed.properties.generalCategory != .nonspacingMark {
                bytes.append(contentsOf: String(decomposed).utf8)
            }
            result = .append(bytes)
        } else if scalar.properties.generalCategory == .nonspacingMark {
            result = .skip
        } else {
            result = .split
        }
        folding[scalar.value] = result
        return result
    }

    private mutating func intern(_ term: String) -> Int32 {
        if let known = vocabulary[term] { return known }
        let id = Int32(terms.count)
        terms.append(term)
        vocabulary[term] = id
        return id
    }

    private mutating func count(_ term: Int32, _ weight: Float) {
        if Int(term) >= counts.count { counts.append(contentsOf: repeatElement(0, count: max(1_024, counts.count))) }
        if counts[Int(term)] == 0 { touched.append(term) }
        counts[Int(term)] += weight
    }
}
