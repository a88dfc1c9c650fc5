import Foundation

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

    /// The settings of the file at `path`; the defaults when there is none (which is a
    /// problem when the file was `required`, named by the user).
    public static func load(path: String, required: Bool = false) -> BrowserConfig {
        guard FileManager.default.fileExists(atPath: path) else {
            var config = BrowserConfig()
            if required { config.problems = ["\(path): no such settings file"] }
            return config
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            var config = BrowserConfig()
            config.problems = ["\(path): cannot be read as UTF-8 text"]
            return config
        }
        return parse(text, file: path)
    }

    /// The settings `text` gives; `file` names it in messages.
    public static func parse(_ text: String, file: String) -> BrowserConfig {
        var reader = ConfigReader(text: text, file: file)
        reader.read()
        return reader.config
    }

    /// A settings file that sets everything to its default, every action with its keys, to
    /// start one's own from.
    public static func defaultText() -> String {
        var lines = [
            "# Paperboat settings; delete what you do not change.", "",
            "[browser]", "order = \"newest-first\"   # or \"oldest-first\"", "hide-read = false", "monochrome = false",
            "ascii = false", "", "[keys]",
        ]
        for binding in KeyMap.standard.bindings where ConfigReader.rebindable.contains(binding.action) {
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
