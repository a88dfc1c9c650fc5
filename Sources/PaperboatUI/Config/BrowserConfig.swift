import Foundation
import TOMLKit

/// The browser's settings from `config.toml`, as newsboat and tig read theirs:
///
///     [browser]
///     order = "oldest-first"      # or "newest-first"
///     hide-read = true
///     monochrome = false
///     ascii = false
///
///     [keys]
///     quit = ["q", "C-c"]
///     down = ["j", "Down", "C-n"]
///
/// A file that is not there gives the defaults. Whatever is wrong in it — TOML that does not
/// parse, an unknown setting or action, a value of the wrong kind, a key with no name — is
/// a message naming the file and line, and everything else in the file still applies.
public struct BrowserConfig: Sendable {
    /// List the oldest papers first.
    public var oldestFirst = false
    /// Hide read papers.
    public var hideRead = false
    /// No colours, attributes only.
    public var monochrome = false
    /// ASCII graph and borders.
    public var ascii = false
    /// The key table.
    public var keyMap = KeyMap.standard
    /// Styles whose colours or attributes the settings change.
    public var colors: [CellStyle: StyleColors] = [:]
    /// What was wrong, one `file:line: what` message each.
    public var problems: [String] = []

    public init() {}

    /// The settings of the file at `path`; the defaults when there is none.
    public static func load(path: String) -> BrowserConfig {
        guard FileManager.default.fileExists(atPath: path) else { return BrowserConfig() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            var config = BrowserConfig()
            config.problems = ["\(path): cannot be read as UTF-8 text"]
            return config
        }
        return parse(text, file: path)
    }

    /// The settings `text` gives; `file` names it in messages.
    public static func parse(_ text: String, file: String) -> BrowserConfig {
        var config = BrowserConfig()
        let lines = ConfigLines(text: text)
        func problem(_ line: Int?, _ what: String) {
            config.problems.append("\(file):\(line.map(String.init) ?? "?"): \(what)")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            problem(error.source.begin.line, "not TOML: \(error.description)")
            return config
        } catch {
            problem(nil, "not TOML: \(error)")
            return config
        }
        for section in table.keys {
            switch section {
            case "browser":
                guard let browser = table[section]?.table else { problem(lines.line(of: section), "[browser] must be a table"); continue }
                for key in browser.keys {
                    let line = lines.line(of: key, in: section)
                    let value = browser[key]
                    switch key {
                    case "order":
                        switch value?.string {
                        case "oldest-first": config.oldestFirst = true
                        case "newest-first": config.oldestFirst = false
                        default: problem(line, "order must be \"newest-first\" or \"oldest-first\"")
                        }
                    case "hide-read", "monochrome", "ascii":
                        guard let flag = value?.bool else { problem(line, "\(key) must be true or false"); continue }
                        switch key {
                        case "hide-read": config.hideRead = flag
                        case "monochrome": config.monochrome = flag
                        default: config.ascii = flag
                        }
                    default:
                        problem(line, "unknown setting \"\(key)\" in [browser] (order, hide-read, monochrome, ascii)")
                    }
                }
            case "keys":
                guard let keys = table[section]?.table else { problem(lines.line(of: section), "[keys] must be a table"); continue }
                for name in keys.keys {
                    let line = lines.line(of: name, in: section)
                    guard let action = Action(rawValue: name), action != .toggleTagSlot, action != .closeOverlay else {
                        let known = Action.allCases.filter { $0 != .toggleTagSlot && $0 != .closeOverlay }.map(\.rawValue)
                        problem(line, "unknown action \"\(name)\" (one of: \(known.joined(separator: ", ")))")
                        continue
                    }
                    let names: [String]
                    if let one = keys[name]?.string {
                        names = [one]
                    } else if let array = keys[name]?.array, array.allSatisfy({ $0.string != nil }) {
                        names = array.compactMap(\.string)
                    } else {
                        problem(line, "\(name) must be a key name or a list of them, e.g. [\"j\", \"Down\"]")
                        continue
                    }
                    let parsed = names.map { ($0, Key(name: $0)) }
                    if let bad = parsed.first(where: { $0.1 == nil }) {
                        problem(line, "\"\(bad.0)\" is not a key (a character, Space, C-x, Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Tab, S-Tab, Esc, Bksp)")
                        continue
                    }
                    if parsed.isEmpty { problem(line, "\(name) needs at least one key"); continue }
                    config.keyMap = config.keyMap.rebinding(action, to: parsed.compactMap(\.1))
                }
            case "colors", "colours":
                guard let colors = table[section]?.table else { problem(lines.line(of: section), "[\(section)] must be a table"); continue }
                for name in colors.keys {
                    let line = lines.line(of: name, in: section)
                    guard let style = CellStyle.allCases.first(where: { $0.settingName == name }) else {
                        problem(line, "unknown style \"\(name)\" (one of: \(CellStyle.allCases.map(\.settingName).joined(separator: ", ")))")
                        continue
                    }
                    guard let text = colors[name]?.string else { problem(line, "\(name) must be text such as \"black on cyan bold\""); continue }
                    do {
                        config.colors[style] = try StyleColors(parsing: text)
                    } catch {
                        problem(line, "\"\(error.word)\" is not a colour (default, black, red, green, yellow, blue, magenta, cyan, white, color0–color255) or an attribute (bold, dim, underline, reverse, standout, blink, normal)")
                    }
                }
            default:
                problem(lines.line(of: section), "unknown section [\(section)] (browser, keys, colors)")
            }
        }
        return config
    }

    /// A settings file that sets everything to its default, every action with its keys, to
    /// start one's own from.
    public static func defaultText() -> String {
        var lines = [
            "# Paperboat settings; delete what you do not change.", "",
            "[browser]", "order = \"newest-first\"   # or \"oldest-first\"", "hide-read = false", "monochrome = false",
            "ascii = false", "", "[keys]",
        ]
        for binding in KeyMap.standard.bindings where binding.action != .toggleTagSlot && binding.action != .closeOverlay {
            let keys = binding.keys.map { "\"" + $0.settingName.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            lines.append("\(binding.action.rawValue) = [\(keys.joined(separator: ", "))]   # \(binding.help)")
        }
        lines += ["", "[colors]   # [fg] [on bg] [attributes], for example:",
                  "# selected = \"black on cyan\"", "# status = \"white on blue\""]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `$XDG_CONFIG_HOME/paperboat/config.toml`, else `~/.config/paperboat/config.toml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (FileManager.default.homeDirectoryForCurrentUser.path + "/.config")
        return base + "/paperboat/config.toml"
    }
}

/// Where keys sit in a TOML text, for messages (TOMLKit gives values without positions).
struct ConfigLines {
    private let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key = …` inside `[section]`, or of the `[key]` header itself
    /// when `section` is nil.
    func line(of key: String, in section: String? = nil) -> Int? {
        var current: String?
        for (number, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                if section == nil, current == key { return number + 1 }
                continue
            }
            guard let section, current == section else { continue }
            let name = line.prefix { $0 != "=" }.trimmingCharacters(in: .whitespaces)
            if name == key || name == "\"\(key)\"" || name == "'\(key)'" { return number + 1 }
        }
        // A dotted key at the top (browser.order = …).
        if let section {
            for (number, raw) in lines.enumerated() {
                let name = raw.prefix { $0 != "=" }.trimmingCharacters(in: .whitespaces)
                if name == "\(section).\(key)" { return number + 1 }
            }
        }
        return nil
    }
}
