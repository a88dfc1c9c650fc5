/// The Porter (1980) stemming algorithm on lowercase ASCII words.
///
/// Words with non-ASCII letters are returned unchanged. `transformers` → `transform`,
/// `generalization` → `gener`, `networks` → `network`.
public enum PorterStemmer {
    /// The stem of `word` (lowercase ASCII letters; anything else is returned as is).
    public static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count > 2, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var w = Word(word)
        w.step1a(); w.step1b(); w.step1c(); w.step2(); w.step3(); w.step4(); w.step5()
        return w.b
    }

    /// The stem of a string word.
    public static func stem(_ word: String) -> String {
        String(decoding: stem(Array(word.utf8)), as: UTF8.self)
    }

    private struct Word {
        var b: [UInt8]
        /// End of the stem under consideration (exclusive) when testing a suffix.
        var j = 0

        init(_ b: [UInt8]) { self.b = b }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 0x61, 0x65, 0x69, 0x6F, 0x75: return false // a e i o u
            case 0x79: return i == 0 ? true : !isConsonant(i - 1) // y
            default: return true
            }
        }

        /// m(): the number of VC sequences in b[0..<j].
        func measure(_ end: Int) -> Int {
            var n = 0
            var i = 0
            while i < end && isConsonant(i) { i += 1 }
            while i < end {
                while i < end && !isConsonant(i) { i += 1 }
                if i >= end { break }
                while i < end && isConsonant(i) { i += 1 }
                n += 1
            }
            return n
        }

        func hasVowel(_ end: Int) -> Bool { (0..<end).contains { !isConsonant($0) } }

        func doubleConsonant(_ end: Int) -> Bool {
            end >= 2 && b[end - 1] == b[end - 2] && isConsonant(end - 1)
        }

        /// cvc(i): consonant-vowel-consonant ending at i-1, last not w, x or y.
        func cvc(_ end: Int) -> Bool {
            guard end >= 3, isConsonant(end - 1), !isConsonant(end - 2), isConsonant(end - 3) else { return false }
            let c = b[end - 1]
            return c != 0x77 && c != 0x78 && c != 0x79
        }

        mutating func ends(_ s: String) -> Bool {
            let suffix = Array(s.utf8)
            guard b.count >= suffix.count, b.suffix(suffix.count).elementsEqual(suffix) else { return false }
            j = b.count - suffix.count
            return true
        }

        mutating func setTo(_ s: String) {
            b.removeSubrange(j...)
            b.append(contentsOf: s.utf8)
        }

        mutating func replace(_ s: String) { if measure(j) > 0 { setTo(s) } }

        mutating func step1a() {
            if ends("sses") { setTo("ss") } else if ends("ies") { setTo("i") } else if ends("ss") {
            } else if ends("s") { setTo("") }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(j) > 0 { setTo("ee") }
                return
            }
            guard (ends("ed") || ends("ing")), hasVowel(j) else { return }
            setTo("")
            if ends("at") { setTo("ate") } else if ends("bl") { setTo("ble") } else if ends("iz") { setTo("ize") } else if doubleConsonant(b.count) {
                let c = b[b.count - 1]
                if c != 0x6C && c != 0x73 && c != 0x7A { b.removeLast() }
            } else if measure(b.count) == 1 && cvc(b.count) {
                b.append(0x65)
            }
        }

        mutating func step1c() {
            if ends("y") && hasVowel(j) { b[b.count - 1] = 0x69 }
        }

        static let step2Rules: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
            ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
            ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ]

        mutating func step2() {
            for (suffix, replacement) in Self.step2Rules where ends(suffix) {
                replace(replacement)
                return
            }
        }

        static let step3Rules: [(String, String)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]

        mutating func step3() {
            for (suffix, replacement) in Self.step3Rules where ends(suffix) {
                replace(replacement)
                return
            }
        }

        static let step4Suffixes = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        ]

        mutating func step4() {
            // Longest matching suffix wins.
            var best: Int?
            for suffix in Self.step4Suffixes where ends(suffix) {
                if suffix == "ion" && !(j > 0 && (b[j - 1] == 0x73 || b[j - 1] == 0x74)) { continue }
                if best.map({ j < $0 }) ?? true { best = j }
            }
            if let best, measure(best) > 1 { b.removeSubrange(best...) }
        }

        mutating func step5() {
            if ends("e") {
                let m = measure(j)
                if m > 1 || (m == 1 && !cvc(j)) { b.removeLast() }
            }
            if b.count > 1, b[b.count - 1] == 0x6C, doubleConsonant(b.count), measure(b.count) > 1 { b.removeLast() }
        }
    }
}
