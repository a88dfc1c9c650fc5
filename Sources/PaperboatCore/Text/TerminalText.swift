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

    /// The inert form of `text`.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        // Fast path: plain printable ASCII needs no work.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
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
