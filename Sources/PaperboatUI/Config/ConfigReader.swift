import TOMLKit

/// Reads one `config.toml` into a ``BrowserConfig``, a section at a time, noting each
/// problem by file and line and keeping everything that was good.
struct ConfigReader {
    /// Actions a settings file may bind (the tag slots are 1–9, and Esc/q close overlays).
    static let rebindable = Action.allCases.filter { $0 != .toggleTagSlot && $0 != .closeOverlay }

    private(set) var config = BrowserConfig()
    private let text: String
    private let file: String
    private let lines: ConfigLines

    init(text: String, file: String) {
        self.text = text
        self.file = file
        lines = ConfigLines(text: text)
    }

    mutating func read() {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            problem(error.source.begin.line, "not TOML: \(error.description)")
            return
        } catch {
            problem(nil, "not TOML: \(error)")
            return
        }
        for section in table.keys {
            guard ["browser", "keys", "colors", "colours"].contains(section) else {
                problem(lines.line(of: section), "unknown section [\(section)] (browser, keys, colors)")
                continue
            }
            guard let entries = table[section]?.table else {
                problem(lines.line(of: section), "[\(section)] must be a table")
                continue
            }
            for name in entries.keys {
                let line = lines.line(of: name, in: section)
                switch section {
                case "browser": readSetting(name, entries[name], line: line)
                case "keys": readKeys(name, entries[name], line: line)
                default: readColors(name, entries[name], line: line)
                }
            }
        }
        // An action whose every key went to other actions can no longer be used: say so.
        for binding in config.keyMap.bindings where binding.keys.isEmpty && Self.rebindable.contains(binding.action) {
            problem(lines.line(of: "keys"), "\(binding.action.rawValue) has no key left: its keys went to other actions"
                    + (binding.action == .quit ? " (Ctrl-C still quits)" : ""))
        }
    }

    private mutating func problem(_ line: Int?, _ what: String) {
        config.problems.append("\(file):\(line.map(String.init) ?? "?"): \(what)")
    }

    private mutating func readSetting(_ key: String, _ value: (any TOMLValueConvertible)?, line: Int?) {
        switch key {
        case "order":
            switch value?.string {
            case "oldest-first": config.oldestFirst = true
            case "newest-first": config.oldestFirst = false
            default: problem(line, "order must be \"newest-first\" or \"oldest-first\"")
            }
        case "hide-read", "monochrome", "ascii":
            guard let flag = value?.bool else { return problem(line, "\(key) must be true or false") }
            switch key {
            case "hide-read": config.hideRead = flag
            case "monochrome": config.monochrome = flag
            default: config.ascii = flag
            }
        default:
            problem(line, "unknown setting \"\(key)\" in [browser] (order, hide-read, monochrome, ascii)")
        }
    }

    private mutating func readKeys(_ name: String, _ value: (any TOMLValueConvertible)?, line: Int?) {
        guard let action = Action(rawValue: name), Self.rebindable.contains(action) else {
            return problem(line, "unknown action \"\(name)\" (one of: \(Self.rebindable.map(\.rawValue).joined(separator: ", ")))")
        }
        let names: [String]
        if let one = value?.string {
            names = [one]
        } else if let array = value?.array, array.allSatisfy({ $0.string != nil }) {
            names = array.compactMap(\.string)
        } else {
            return problem(line, "\(name) must be a key name or a list of them, e.g. [\"j\", \"Down\"]")
        }
        var keys: [Key] = []
        for keyName in names {
            guard let key = Key(name: keyName) else {
                return problem(line, "\"\(keyName)\" is not a key (a character, Space, C-x, Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Tab, S-Tab, Esc, Bksp)")
            }
            keys.append(key)
        }
        guard !keys.isEmpty else { return problem(line, "\(name) needs at least one key") }
        config.keyMap = config.keyMap.rebinding(action, to: keys)
    }

    private mutating func readColors(_ name: String, _ value: (any TOMLValueConvertible)?, line: Int?) {
        guard let style = CellStyle.allCases.first(where: { $0.settingName == name }) else {
            return problem(line, "unknown style \"\(name)\" (one of: \(CellStyle.allCases.map(\.settingName).joined(separator: ", ")))")
        }
        guard let text = value?.string else { return problem(line, "\(name) must be text such as \"black on cyan bold\"") }
        do {
            config.colors[style] = try StyleColors(parsing: text)
        } catch {
            problem(line, "\"\(error.word)\" is not a colour (default, black, red, green, yellow, blue, magenta, cyan, white, color0–color255) or an attribute (bold, dim, underline, reverse, standout, blink, normal)")
        }
    }
}
