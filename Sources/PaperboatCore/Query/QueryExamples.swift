/// The query language by example, for the browser's help and `paperboat search --help`:
/// one place, so the two cannot drift apart.
public enum QueryExamples {
    /// Example terms beside what they find.
    public static let entries: [(example: String, meaning: String)] = [
        ("diffusion \"state space\"", "Words, phrases: in title, abstract, authors, notes"),
        ("tag:x  -tag:x", "Has the tag / lacks it (- negates anything)"),
        ("is:starred", "Also is:read, unread, tagged, noted"),
        ("author:gu", "A word in one field (also title:, abstract:)"),
        ("author:\"li wei\"", "A phrase within one author's name"),
        ("year:>=2024", "Also year:2024, <2020, 2020..2022, 2024.., ..2022"),
        ("cat:cs.CL", "An arXiv category"),
        ("added:7d", "Added within 7 days (also added:today, added:4w)"),
        ("2503.11677", "A paper by arXiv id or link (id: takes t- keys too)"),
        ("a OR (b -c)", "Either; side by side, both must hold; ( ) group"),
        ("title:(a OR b)", "A field over a group"),
        ("Mamba", "A capital makes the word case-sensitive"),
    ]

    /// The examples as lines of text, the examples padded to one column.
    public static var text: String {
        let width = entries.map(\.example.count).max() ?? 0
        return entries.map { $0.example.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.meaning }
            .joined(separator: "\n")
    }
}
