import Foundation

/// Parsing and display of the dates papers carry.
public enum PaperDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Normalises a date as found in input: `2025-03-18` (or a longer ISO
    /// timestamp) stays `YYYY-MM-DD`; `Sep 8` becomes `--09-08`; `Sep 8, 2024`
    /// becomes `2024-09-08`. Returns `nil` when `text` is not a date.
    public static func normalize(_ text: String) -> String? {
        let s = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(s.utf8.prefix(10))
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
           [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) {
            let head = String(decoding: bytes, as: UTF8.self)
            return isValid(month: Int(head.dropFirst(5).prefix(2)), day: Int(head.suffix(2))) ? head : nil
        }
        let words = s.replacingOccurrences(of: ",", with: " ").split(separator: " ")
        if let dayFirst = dayFirst(words) { return dayFirst }
        guard words.count == 2 || words.count == 3,
              let m = months.firstIndex(of: String(words[0].prefix(3)).lowercased()),
              words[0].count >= 3,
              let day = Int(words[1]), isValid(month: m + 1, day: day) else { return nil }
        let md = pad2(m + 1) + "-" + pad2(day)
        if words.count == 3 {
            guard let year = Int(words[2]), (1000...9999).contains(year) else { return nil }
            return "\(year)-" + md
        }
        return "--" + md
    }

    /// A day-first date, as RFC 2822 writes it (arXiv's version dates, e-mail):
    /// `Mon, 2 Apr 2007 19:18:42 GMT` or `2 Apr 2007`, an optional weekday first and a time
    /// after; `nil` for any other words.
    private static func dayFirst(_ words: [Substring]) -> String? {
        var rest = words[...]
        if let first = rest.first, first.count >= 3, first.allSatisfy(\.isLetter),
           weekdays.contains(first.prefix(3).lowercased()) {
            rest = rest.dropFirst()
        }
        guard rest.count >= 3, let day = Int(rest[rest.startIndex]), rest[rest.startIndex + 1].count >= 3,
              let m = months.firstIndex(of: rest[rest.startIndex + 1].prefix(3).lowercased()),
              let year = Int(rest[rest.startIndex + 2]), (1000...9999).contains(year),
              isValid(month: m + 1, day: day) else { return nil }
        return "\(year)-" + pad2(m + 1) + "-" + pad2(day)
    }

    private static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The form the store keeps: `YYYY-MM-DD`, `--MM-DD`, or empty (anything else is not a
    /// date). So a year is the four digits a stored date starts with, and a year range is a
    /// range of date strings the (date, id) index answers exactly.
    public static func storable(_ text: String) -> String {
        let bytes = Array(text.utf8)
        if bytes.count == 7, bytes[0] == 0x2D, bytes[1] == 0x2D, bytes[4] == 0x2D,
           [2, 3, 5, 6].allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) {
            return isValid(month: Int(text.dropFirst(2).prefix(2)), day: Int(text.suffix(2))) ? text : ""
        }
        return normalize(text) ?? ""
    }

    /// The stored form for display: `2025-03-18`, `Sep 8`, or empty.
    public static func display(_ stored: String) -> String {
        guard stored.hasPrefix("--"), stored.count == 7,
              let m = Int(stored.dropFirst(2).prefix(2)), let d = Int(stored.suffix(2)),
              (1...12).contains(m) else { return stored }
        return "\(monthNames[m - 1]) \(d)"
    }

    /// The month of a stored date as its three lower-case letters (`sep`), which are also
    /// BibTeX's month macros; `nil` when the date has none.
    public static func monthAbbreviation(_ stored: String) -> String? {
        let parts = stored.split(separator: "-", omittingEmptySubsequences: true)
        let month = stored.hasPrefix("--") ? parts.first : (parts.count >= 2 ? parts[1] : nil)
        guard let month, let m = Int(month), (1...12).contains(m) else { return nil }
        return months[m - 1]
    }

    /// The year, when the stored date has one.
    public static func year(_ stored: String) -> Int? {
        stored.count >= 4 && !stored.hasPrefix("--") ? Int(stored.prefix(4)) : nil
    }

    private static func isValid(month: Int?, day: Int?) -> Bool {
        guard let month, let day else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
