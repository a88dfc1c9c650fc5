/// Folds TeX's accent markup while text is cut into tokens, so `Fr\'echet`,
/// `Schr{\"o}dinger` and `M{\"u}ller` are one word each, as `Fréchet` would be: an accent
/// command (`\'` `\"` `\^` `\~` `\=` `\.` `` \` ``) drops out of the word, and braces inside
/// a word do too. A command such as `\mathcal` is a token of its own, and the brace after it
/// still ends it (`\mathcal{O}` is `mathcal` and `o`, never `mathcalo`).
///
/// ``Analyzer/tokens(_:)`` and ``TermCounter`` consult it for each character, so both cut
/// text the same way.
struct TeXAccents {
    /// What the tokenizer does with the character it asked about.
    enum Action: Equatable {
        /// Read it as it would without TeX.
        case read
        /// End the token being read first (a `\` that starts a command), then read it.
        case splitThenRead
        /// Drop it: the token goes on across it.
        case skip
    }

    private var pendingBackslash = false
    private var startsCommand = false
    private var inCommand = false

    /// The action for the ASCII byte `byte` (any other letter is asked about as `a`, any
    /// other character as a space).
    mutating func read(_ byte: UInt8) -> Action {
        if pendingBackslash {
            pendingBackslash = false
            if Self.accents.contains(byte) { return .skip }
            startsCommand = Self.isLetter(byte)
            return .splitThenRead
        }
        switch byte {
        case UInt8(ascii: "\\"):
            pendingBackslash = true
            return .skip
        case UInt8(ascii: "{"): return inCommand ? .read : .skip
        case UInt8(ascii: "}"): return .skip
        default: return .read
        }
    }

    /// Called after the tokenizer read `byte` (when ``read(_:)`` did not say skip).
    mutating func didRead(_ byte: UInt8) {
        if startsCommand { inCommand = Self.isLetter(byte) }
        startsCommand = false
    }

    /// Called when the tokenizer ends a token.
    mutating func tokenEnded() {
        inCommand = false
    }

    private static let accents: Set<UInt8> = Set(Array("'\"^~=.`".utf8))

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
