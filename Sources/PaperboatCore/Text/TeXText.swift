import Foundation

/// The TeX that arXiv titles and abstracts carry (`GenM$^3$`, `\textbf{…}`, `$\times$`),
/// turned into plain Unicode for the screen: `GenM³`, `…`, `×`.
///
/// Only what is surely TeX changes: inline math between `$…$` (pandoc's rule: the opening
/// `$` is followed by a non-space, the closing one preceded by a non-space and not followed
/// by a digit unless the span is surely TeX, so "costs $5 and $10" stays as it is while
/// "$\sim$10" reads "∼10"), and known commands. Unknown commands
/// (an author's own `\method`) are left as written; nothing is ever dropped but markup,
/// citations and spacing commands.
public enum TeXText {
    /// `text` with its TeX markup rendered as plain text.
    ///
    /// - Complexity: O(n); text without `$` or `\` is returned as it is.
    public static func plain(_ text: String) -> String {
        guard text.contains("$") || text.contains("\\") || text.contains("{") else { return text }
        var reader = Reader(Array(text))
        return reader.render(inMath: false, until: nil)
    }

    /// A cursor over the characters being rendered.
    private struct Reader {
        let chars: [Character]
        var i = 0
        /// How deep in groups and commands rendering is: past ``maxDepth`` text is kept as
        /// written, so a hostile title of a thousand nested braces cannot exhaust a
        /// worker thread's stack.
        var depth = 0
        static let maxDepth = 64

        init(_ chars: [Character]) { self.chars = chars }

        var atEnd: Bool { i >= chars.count }
        func peek(_ offset: Int = 0) -> Character? { i + offset < chars.count ? chars[i + offset] : nil }

        /// Renders until `stop` (not consumed), or the end.
        mutating func render(inMath: Bool, until stop: Character?) -> String {
            depth += 1
            defer { depth -= 1 }
            var out = ""
            if depth > Self.maxDepth {
                while let c = peek(), c != stop { out.append(c); i += 1 }
                return out
            }
            while let c = peek() {
                if c == stop { break }
                switch c {
                case "$" where !inMath:
                    if let closing = closingDollar() {
                        i += 1
                        var inner = Reader(Array(chars[i..<closing]))
                        out += inner.render(inMath: true, until: nil)
                        i = closing + 1
                    } else {
                        out.append(c); i += 1
                    }
                case "\\":
                    out += command(inMath: inMath)
                case "^" where inMath, "_" where inMath:
                    i += 1
                    out += script(superscript: c == "^")
                case "{":
                    // A group: in text it only protects case or holds an accent (`{BERT}s`,
                    // `G{\"a}rdenfors`), so its braces go.
                    i += 1
                    out += render(inMath: inMath, until: "}")
                    if peek() == "}" { i += 1 }
                case "}" where inMath:
                    i += 1
                case "~" where inMath:
                    out.append(" "); i += 1
                default:
                    out.append(c); i += 1
                }
            }
            return out
        }

        /// The index of the `$` closing the one at `i`, by pandoc's rule, or `nil`.
        func closingDollar() -> Int? {
            guard let next = peek(1), !next.isWhitespace, next != "$" else { return nil }
            var j = i + 1
            var surelyTeX = false
            while j < chars.count {
                if chars[j] == "\\" { surelyTeX = true; j += 2; continue }
                if "^_{".contains(chars[j]) { surelyTeX = true }
                if chars[j] == "$" {
                    let before = chars[j - 1]
                    let after = j + 1 < chars.count ? chars[j + 1] : nil
                    // A digit after the closing $ means money ("$5 and $10"), unless the span
                    // is surely TeX ("$\sim$10").
                    if !before.isWhitespace && (surelyTeX || !(after?.isNumber ?? false)) { return j }
                    return nil
                }
                j += 1
            }
            return nil
        }

        /// A braced argument `{…}` rendered (math if `inMath`), or the next character alone.
        mutating func argument(inMath: Bool) -> String {
            while peek() == " " { i += 1 }
            guard let c = peek() else { return "" }
            if c == "{" {
                i += 1
                let inner = render(inMath: inMath, until: "}")
                if peek() == "}" { i += 1 }
                return inner
            }
            if c == "\\" { return command(inMath: inMath) }
            i += 1
            return String(c)
        }

        /// An accent's argument (`o`, `{o}`, `{\\i}`) with the accent's combining mark on its
        /// first letter, precomposed where Unicode has the letter (`ö`); `\\~{}` is a tilde.
        mutating func accented(_ accent: Character) -> String {
            var base = argument(inMath: false)
            guard let mark = TeXSymbols.accents[accent], let first = base.first, first.isLetter else {
                return (accent.isLetter ? "" : String(accent)) + base
            }
            base.removeFirst()
            let letter = first == "ı" ? "i" : first == "ȷ" ? "j" : first
            return (String(letter) + String(mark)).precomposedStringWithCanonicalMapping + base
        }

        /// A braced argument kept as written (for URLs and colours).
        mutating func rawArgument() -> String {
            guard peek() == "{" else { return "" }
            i += 1
            var depth = 1, out = ""
            while let c = peek() {
                i += 1
                if c == "{" { depth += 1 } else if c == "}" { depth -= 1; if depth == 0 { break } }
                out.append(c)
            }
            return out
        }

        /// `^x` or `_{…}`: Unicode super- or subscripts when every character has one and the
        /// script is short, else the script written out after `^` or `_`.
        mutating func script(superscript: Bool) -> String {
            // `^\circ` is the degree sign.
            if superscript, peek() == "\\", Array(chars[i...].prefix(5)) == Array("\\circ") {
                i += 5
                return "°"
            }
            let content = argument(inMath: true)
            let table = superscript ? TeXSymbols.superscripts : TeXSymbols.subscripts
            let mapped = content.compactMap { table[$0] }
            if !content.isEmpty, content.count <= 3, mapped.count == content.count { return String(mapped) }
            let mark = superscript ? "^" : "_"
            return content.count == 1 ? mark + content : mark + "(" + content + ")"
        }

        /// A command at `i` (the backslash), rendered.
        mutating func command(inMath: Bool) -> String {
            depth += 1
            defer { depth -= 1 }
            i += 1
            // Too deep: the backslash stands for itself; its name follows as text.
            guard depth <= Self.maxDepth else { return "\\" }
            guard let first = peek() else { return "\\" }
            guard first.isLetter else {
                // \% \& \_ \# \$ \{ \} stand for themselves; \, \; \! \  are spacing.
                i += 1
                if !inMath, TeXSymbols.accents[first] != nil { return accented(first) }
                switch first {
                case ",", ";", " ", ":": return " "
                case "!": return ""
                case "\\": return " "
                default: return String(first)
                }
            }
            var name = ""
            while let c = peek(), c.isLetter { name.append(c); i += 1 }
            if !inMath, name.count == 1, let accent = name.first, TeXSymbols.accents[accent] != nil { return accented(accent) }
            if !inMath, let letter = TeXSymbols.letters[name] {
                if peek() == " " { i += 1 }
                return letter
            }
            if let symbol = TeXSymbols.symbols[name] { return symbol }
            if TeXSymbols.styles.contains(name) { return argument(inMath: inMath) }
            switch name {
            case "mathbb":
                let inner = argument(inMath: inMath)
                return String(inner.map { TeXSymbols.doubleStruck[$0] ?? $0 })
            case "frac", "dfrac", "tfrac":
                let numerator = argument(inMath: true), denominator = argument(inMath: true)
                return numerator + "/" + denominator
            case "textsuperscript", "textsubscript":
                return script(superscript: name == "textsuperscript")
            case "sqrt":
                return "√" + argument(inMath: true)
            case "href":
                _ = rawArgument()
                return argument(inMath: false)
            case "url":
                return rawArgument()
            case "textcolor", "color":
                _ = rawArgument()
                return name == "color" ? "" : argument(inMath: inMath)
            case "footnote":
                return " (" + argument(inMath: false) + ")"
            case "cite", "citep", "citet", "ref", "label", "eqref":
                _ = rawArgument()
                return ""
            case "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "quad", "qquad", "displaystyle", "limits":
                return name.hasSuffix("quad") ? " " : ""
            default:
                return "\\" + name
            }
        }
    }
}
