/// Keys named in text, as `config.toml` names them.
extension Key {
    /// The key a name stands for: a single character (`j`, `?`), `Space`, `C-x` (Ctrl plus a
    /// letter), or one of `Up` `Down` `Left` `Right` `PgUp` `PgDn` `Home` `End` `Enter` `Tab`
    /// `S-Tab` `Esc` `Bksp` (case does not matter for these); `nil` for anything else.
    public init?(name: String) {
        if name.count == 1, let c = name.first, !c.isWhitespace || c == " " {
            self = .character(c)
            return
        }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let c = lower.last, c.isLetter, c.isASCII {
            self = .control(c)
            return
        }
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "home": .home, "end": .end, "enter": .enter, "return": .enter, "tab": .tab,
            "s-tab": .backTab, "backtab": .backTab, "esc": .escape, "escape": .escape,
            "bksp": .backspace, "backspace": .backspace,
        ]
        guard let key = named[lower] else { return nil }
        self = key
    }

    /// The name settings use for the key, which ``init(name:)`` reads back (the help screen's
    /// label, with arrows spelled out).
    public var settingName: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        default: label
        }
    }
}
