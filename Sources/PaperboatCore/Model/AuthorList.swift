import Foundation

/// Helpers for author lists, which are stored as JSON arrays of names.
public enum AuthorList {
    /// Splits an author string as found in metadata: `A, B and C` or `A; B`.
    public static func split(_ text: String) -> [String] {
        let separators: [String] = text.contains(";") ? [";"] : [",", " and "]
        var parts = [text]
        for sep in separators {
            parts = parts.flatMap { $0.components(separatedBy: sep) }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A short form for lists: `Gu`, `Gu & Dao`, `Gu et al.`
    public static func short(_ authors: [String]) -> String {
        switch authors.count {
        case 0: return ""
        case 1: return authors[0]
        case 2: return "\(authors[0]) & \(authors[1])"
        default: return "\(authors[0]) et al."
        }
    }
}
