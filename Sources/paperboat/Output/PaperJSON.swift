import PaperboatCore

/// A paper as the command line prints it with `--json`.
struct PaperJSON: Encodable {
    var id: String
    var title: String
    var authors: [String]
    var date: String
    var categories: [String]
    var primary_category: String?
    var starred: Bool
    var read: Bool
    var abstract: String?
    var source: String?
    var added_at: String?
    var tags: [String]?
    var note: String?

    /// The JSON form of `paper`; `full` adds the abstract and provenance, and the reader's
    /// `tags` and `note` when it has any (so an export imports back with them).
    init(_ paper: Paper, full: Bool, tags: [String] = [], note: String? = nil) {
        id = paper.key
        title = paper.title
        authors = paper.authors
        date = paper.date
        categories = paper.categories
        primary_category = paper.primaryCategory
        starred = paper.starredAt != nil
        read = paper.readAt != nil
        if full {
            abstract = paper.abstract
            source = paper.source
            added_at = paper.addedAt
            self.tags = tags.isEmpty ? nil : tags
            self.note = note
        }
    }
}
