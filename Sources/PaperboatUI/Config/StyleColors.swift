/// How a ``CellStyle`` is drawn when the settings change it: colours and attributes,
/// written as newsboat writes them ("black on cyan bold").
public struct StyleColors: Sendable, Equatable {
    /// A terminal colour: the default, one of the eight named ones, or `colorN` (0–255).
    public enum Color: Sendable, Equatable {
        case terminalDefault
        case indexed(Int16)

        static let names: [String: Int16] = [
            "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        ]

        init?(name: String) {
            if name == "default" { self = .terminalDefault; return }
            if let index = Self.names[name] { self = .indexed(index); return }
            if name.hasPrefix("color"), let n = Int16(name.dropFirst(5)), (0...255).contains(n) { self = .indexed(n); return }
            return nil
        }
    }

    /// The foreground, when set.
    public var foreground: Color?
    /// The background, when set.
    public var background: Color?
    /// Attributes, when any are given (they replace the style's own).
    public var attributes: Set<String>?

    public init(foreground: Color? = nil, background: Color? = nil, attributes: Set<String>? = nil) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    static let attributeNames: Set<String> = ["normal", "bold", "dim", "underline", "reverse", "standout", "blink"]

    /// Parses `[fg] [on bg] [attribute…]`; throws a message naming the word it cannot read.
    public init(parsing text: String) throws(ColorSyntaxError) {
        var words = text.lowercased().split(separator: " ").map(String.init)[...]
        if let first = words.first, first != "on", !Self.attributeNames.contains(first) {
            guard let color = Color(name: first) else { throw ColorSyntaxError(word: first) }
            foreground = color
            words = words.dropFirst()
        }
        if words.first == "on" {
            guard let name = words.dropFirst().first, let color = Color(name: name) else {
                throw ColorSyntaxError(word: words.dropFirst().first ?? "on")
            }
            background = color
            words = words.dropFirst(2)
        }
        if !words.isEmpty {
            if let bad = words.first(where: { !Self.attributeNames.contains($0) }) { throw ColorSyntaxError(word: bad) }
            attributes = Set(words)
        }
        if foreground == nil && background == nil && attributes == nil { throw ColorSyntaxError(word: text) }
    }
}

/// A word of a colour setting that is neither a colour nor an attribute.
public struct ColorSyntaxError: Error, Sendable, Equatable {
    public var word: String
}

extension CellStyle {
    /// The style's name in `config.toml`'s `[colors]`.
    public var settingName: String {
        switch self {
        case .normal: "normal"
        case .dim: "dim"
        case .heading: "heading"
        case .selected: "selected"
        case .selectedInactive: "selected-inactive"
        case .status: "status"
        case .marker: "marker"
        case .border: "border"
        case .label: "label"
        case .error: "error"
        case .highlight: "highlight"
        }
    }
}
