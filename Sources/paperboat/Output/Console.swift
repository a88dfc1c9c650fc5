import Foundation
import PaperboatCore

/// Writing to standard output and error. Text meant for people is sanitised;
/// JSON has its bidi controls escaped, so nothing hostile reaches a terminal.
enum Console {
    /// Prints a line for people (sanitised).
    static func say(_ text: String) {
        print(TerminalText.sanitize(text, keepNewlines: true))
    }

    /// Prints a line to standard error (sanitised).
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.sanitize(text, keepNewlines: true) + "\n").utf8))
    }

    /// Writes raw bytes to standard error (progress bars).
    static func rawError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints one JSON value on one line.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        print(escapeInvisible(text))
    }

    /// Escapes bidi controls and C1 controls as `\uXXXX` (still valid JSON, same data).
    static func escapeInvisible(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let v = scalar.value
            if TerminalText.bidiControls.contains(v) || (0x7F...0x9F).contains(v) {
                let hex = String(v, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
