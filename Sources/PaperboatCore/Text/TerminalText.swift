/// Makes untrusted text inert before it reaches a terminal.
///
/// Removes escape sequences (ESC and C1 forms: CSI, OSC, DCS, SOS, PM, APC and
/// two-character escapes), all other C0 and C1 controls, DEL, and the bidi
/// controls that reorder what a reader sees. Tabs and line breaks become spaces
/// unless `keepNewlines` is set, in which case `\n` survives (and `\r\n` becomes `\n`).
public enum TerminalText {
    /// Bidirectional formatting characters that can disguise text.
    public static let bidiControls: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]
    /// Longest escape sequence that is skipped; a longer one is cut off there.
    static let maxSequenceLength = 256

    private enum State {
        case text
        case escape          // just saw ESC
        case controlSequence // CSI parameters and intermediates
        case string          // OSC/DCS/SOS/PM/APC body, until BEL or ST
        case stringEscape    // ESC inside a string: `\` ends it
    }

    /// Whether `text` has nothing ``sanitize(_:keepNewlines:)`` would change, judged on its
    /// UTF-8 bytes: no C0 control but a kept `\n`, no DEL, no C1 control (`C2 80`–`C2 9F`),
    /// no bidi control (`D8 9C`, `E2 80 8E`/`8F`/`AA`–`AE`, `E2 81 A6`–`A9`). Other
    /// characters, accents and dashes and quotes included, pass untouched.
    static func isInert(_ text: String, keepNewlines: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    if !(keepNewlines && b == 0x0A) { return false }
                } else if b == 0x7F {
                    return false
                } else if b == 0xC2 {
                    if i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) { return false }
                } else if b == 0xD8 {
                    if i + 1 < n, bytes[i + 1] == 0x9C { return false }
                } else if b == 0xE2, i + 2 < n {
                    let b1 = bytes[i + 1], b2 = bytes[i + 2]
                    if b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2)) { return false }
                    if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return false }
                }
                i += 1
            }
            return true
        }
    }

    /// The inert form of `text`.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        // Fast path: text with nothing to remove or change is returned as it is.
        if isInert(text, keepNewlines: keepNewlines) { return text }
        return sanitizeScalars(text, keepNewlines: keepNewlines)
    }

    /// ``sanitize(_:keepNewlines:)`` without its fast path: the state machine over scalars.
    static func sanitizeScalars(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var state = State.text
        var sequenceLength = 0
        var lastWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if state != .text {
                sequenceLength += 1
                if sequenceLength > maxSequenceLength { state = .text }
            }
            switch state {
            case .escape:
                switch v {
                case 0x5B: state = .controlSequence                 // ESC [
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string // ESC ] P X ^ _
                case 0x20...0x2F: continue                           // intermediates of nF escapes
                default: state = .text                               // two-character escape: drop both
                }
                continue
            case .controlSequence:
                if (0x40...0x7E).contains(v) { state = .text; continue }
                if (0x20...0x3F).contains(v) { continue }
                state = .text // malformed: end the sequence and treat this scalar as text
            case .string:
                if v == 0x07 || v == 0x9C { state = .text } else if v == 0x1B { state = .stringEscape }
                continue
            case .stringEscape:
                state = v == 0x5C ? .text : .string
                continue
            case .text:
                break
            }
            switch v {
            case 0x1B:
                state = .escape
                sequenceLength = 0
            case 0x9B:
                state = .controlSequence
                sequenceLength = 0
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                state = .string
                sequenceLength = 0
            case 0x0A:
                if keepNewlines {
                    if !lastWasCR { out.append(scalar) }
                } else if !lastWasCR {
                    out.append(" ")
                }
            case 0x0D:
                out.append(keepNewlines ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                break
            default:
                if !bidiControls.contains(v) { out.append(scalar) }
            }
            lastWasCR = v == 0x0D
        }
        return String(out)
    }
}
