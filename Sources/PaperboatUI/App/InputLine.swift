import PaperboatCore

/// A line of text being typed at the bottom of the screen: a filter query or tags.
public struct InputLine: Sendable, Equatable {
    /// What the line is for.
    public enum Purpose: Sendable, Equatable {
        /// A query for the list (`/`).
        case filter
        /// Tags to add (`name`) or remove (`-name`) on the selected or marked papers (`t`).
        case tags
        /// The name to save the current filter under (`V`).
        case viewName
        /// A yes or no to removing `count` papers from the library (`d`): one key answers.
        case confirmRemove(count: Int)
        /// A yes or no to deleting tag `name` from the `count` papers that carry it (`d` on a
        /// tag in the sidebar): one key answers.
        case confirmDeleteTag(name: String, count: Int)
        /// A yes or no to deleting saved view `name` (`d` on it in the sidebar): one key answers.
        case confirmDeleteView(name: String)
        /// A yes or no to marking read the `count` unread papers the list shows (`A`): one key
        /// answers.
        case confirmMarkAllRead(count: Int)
        /// The new name of tag `from` (`t` on a tag in the sidebar).
        case renameTag(from: String)

        /// Whether one key answers it (y for yes, any other key for no).
        public var isYesOrNo: Bool {
            switch self {
            case .confirmRemove, .confirmDeleteTag, .confirmDeleteView, .confirmMarkAllRead: return true
            case .filter, .tags, .viewName, .renameTag: return false
            }
        }
    }

    public var purpose: Purpose
    public var text = ""
    /// Earlier entries for Up/Down (oldest first), and where in them we are.
    public var history: [String] = []
    public var historyIndex: Int?
    /// Names offered for completion (existing tags), shown as you type.
    public var names: [String] = []

    /// The names that complete the word being typed (shown beside the line).
    public var suggestions: [String] {
        guard !names.isEmpty else { return [] }
        var last = String(text.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        if last.hasPrefix("-") || last.hasPrefix("+") { last.removeFirst() }
        return names.filter { $0.lowercased().hasPrefix(last.lowercased()) && $0.lowercased() != last.lowercased() }
    }

    /// The prompt shown before the text.
    public var prompt: String {
        switch purpose {
        case .filter: return "/"
        case .tags: return "Tags (+name -name): "
        case .viewName: return "Save view as: "
        case let .confirmRemove(count):
            return "Remove \(count == 1 ? "this paper" : "\(count) papers") from the library, with tags and notes? (y/n) "
        case let .confirmDeleteTag(name, count):
            return "Delete tag \(name) from \(CountText.counted(count, "paper"))? (y/n) "
        case let .confirmDeleteView(name): return "Delete saved view \(name)? (y/n) "
        case let .confirmMarkAllRead(count):
            return "Mark \(count == 1 ? "the unread paper" : "all \(CountText.grouped(count)) unread papers") of this list read? (y/n) "
        case let .renameTag(from): return "Rename tag \(from) to: "
        }
    }

    /// Types one character.
    public mutating func insert(_ character: Character) {
        if character.isNewline || character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return }
        text.append(character)
        historyIndex = nil
    }

    /// Deletes the last character.
    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }

    /// Steps through history (-1 older, +1 newer).
    public mutating func recall(_ step: Int) {
        guard !history.isEmpty else { return }
        let current = historyIndex ?? history.count
        let next = max(0, min(history.count, current + step))
        historyIndex = next == history.count ? nil : next
        text = next == history.count ? "" : history[next]
    }

    /// Completes the word being typed from `names` (case-insensitive prefix; the common prefix when several match).
    public mutating func complete(from names: [String]) {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard var last = words.popLast() else { return }
        let sign = last.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { last.removeFirst() }
        let matches = names.filter { $0.lowercased().hasPrefix(last.lowercased()) }
        guard let first = matches.first else { return }
        var common = first
        for name in matches.dropFirst() {
            while !name.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        let completed = matches.count == 1 ? first + " " : (common.count > last.count ? common : last)
        words.append(sign + completed)
        text = words.joined(separator: " ")
    }
}
