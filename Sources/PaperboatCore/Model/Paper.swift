import Foundation
import GRDB

/// A paper in the library: one row of the `paper` table.
///
/// `key` is the paper's public, stable identity: the arXiv id when known
/// (versions stripped), else `t-` followed by a hash of the normalised title.
public struct Paper: Codable, Sendable, Hashable, Identifiable, FetchableRecord, MutablePersistableRecord {
    /// The row id; `nil` until the paper is inserted.
    public var id: Int64?
    /// The public identity shown to users and accepted by `show`.
    public var key: String
    /// The arXiv identifier without version, when known.
    public var arxivId: String?
    /// The title normalised for identity (see ``PaperIdentity/normalizedTitle(_:)``).
    public var titleKey: String
    /// The title as imported (raw: sanitise before drawing).
    public var title: String
    /// The abstract as imported.
    public var abstract: String
    /// Author names in order.
    public var authors: [String]
    /// arXiv categories, primary first when known.
    public var categories: [String]
    /// The primary category, when known.
    public var primaryCategory: String?
    /// `YYYY-MM-DD`, `--MM-DD` (day without year), or empty when unknown.
    public var date: String
    /// Where the paper came from (file name of its first import).
    public var source: String
    /// When the paper entered the library (ISO 8601).
    public var addedAt: String
    /// When the paper was starred, or `nil`.
    public var starredAt: String?
    /// When the paper was read, or `nil` while unread.
    public var readAt: String?

    public static let databaseTableName = "paper"

    /// Column names, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let key = Column(CodingKeys.key)
        public static let arxivId = Column(CodingKeys.arxivId)
        public static let titleKey = Column(CodingKeys.titleKey)
        public static let title = Column(CodingKeys.title)
        public static let date = Column(CodingKeys.date)
        public static let starredAt = Column(CodingKeys.starredAt)
        public static let readAt = Column(CodingKeys.readAt)
    }

    enum CodingKeys: String, CodingKey {
        case id, key, title, abstract, authors, categories, date, source
        case arxivId = "arxiv_id"
        case titleKey = "title_key"
        case primaryCategory = "primary_category"
        case addedAt = "added_at"
        case starredAt = "starred_at"
        case readAt = "read_at"
    }

    /// The columns only search reads (the full-text index is fed from them by triggers): the
    /// title and abstract as the screen shows them, TeX rendered (`Fr\\'echet` as `Fréchet`),
    /// stored only where that differs from the text as imported.
    enum SearchKeys: String, CodingKey {
        case searchTitle = "search_title"
        case searchAbstract = "search_abstract"
    }

    /// The columns of the row, as the synthesised encoding writes them, and the search text
    /// derived from the title and abstract, so no write can leave the search text stale.
    public func encode(to encoder: Encoder) throws {
        var row = encoder.container(keyedBy: CodingKeys.self)
        try row.encodeIfPresent(id, forKey: .id)
        try row.encode(key, forKey: .key)
        try row.encodeIfPresent(arxivId, forKey: .arxivId)
        try row.encode(titleKey, forKey: .titleKey)
        try row.encode(title, forKey: .title)
        try row.encode(abstract, forKey: .abstract)
        try row.encode(authors, forKey: .authors)
        try row.encode(categories, forKey: .categories)
        try row.encodeIfPresent(primaryCategory, forKey: .primaryCategory)
        try row.encode(date, forKey: .date)
        try row.encode(source, forKey: .source)
        try row.encode(addedAt, forKey: .addedAt)
        try row.encodeIfPresent(starredAt, forKey: .starredAt)
        try row.encodeIfPresent(readAt, forKey: .readAt)
        var search = encoder.container(keyedBy: SearchKeys.self)
        for (key, text) in [(SearchKeys.searchTitle, title), (.searchAbstract, abstract)] {
            if let searchable = Self.searchText(text) { try search.encode(searchable, forKey: key) } else { try search.encodeNil(forKey: key) }
        }
    }

    /// What search indexes for `text` in place of it: the text with its TeX rendered, or
    /// `nil` when that is the text itself.
    static func searchText(_ text: String) -> String? {
        let plain = TeXText.plain(text)
        return plain == text ? nil : plain
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The date as a reader sees it: `2025-03-18`, `Sep 8`, or empty.
    public var displayDate: String { PaperDate.display(date) }
}
