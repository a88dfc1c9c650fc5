import Foundation

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
