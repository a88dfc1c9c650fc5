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

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The date as a reader sees it: `2025-03-18`, `Sep 8`, or empty.
    public var displayDate: String { PaperDate.display(date) }
}
