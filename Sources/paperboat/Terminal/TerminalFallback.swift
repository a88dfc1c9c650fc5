/// ASCII stand-ins for characters a terminal or locale cannot show.
enum TerminalFallback {
    /// A printable ASCII replacement for `scalar`.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2500, 0x2501: return "-"
        case 0x2502, 0x2503: return "|"
        case 0x250C, 0x2510, 0x2514, 0x2518, 0x253C: return "+"
        case 0x2026: return "~"
        case 0x2014, 0x2013: return "-"
        case 0x2191: return "^"
        case 0x2193: return "v"
        case 0x2190: return "<"
        case 0x2192: return ">"
        default: return "?"
        }
    }
}
