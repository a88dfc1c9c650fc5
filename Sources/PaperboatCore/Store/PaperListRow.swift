import GRDB

/// The little a list line needs of a paper, fetched a page at a time.
public struct PaperListRow: Sendable, Hashable, FetchableRecord {
    /// Row id in the store.
    public var id: Int64
    /// Public key (arXiv id or title hash key).
    public var key: String
    /// Raw title.
    public var title: String
    /// First author, or empty.
    public var firstAuthor: String
    /// Stored date (`YYYY-MM-DD`, `--MM-DD` or empty).
    public var date: String
    /// Whether the paper is starred.
    public var isStarred: Bool
    /// Whether the paper has been read.
    public var isRead: Bool

    /// The position of this row in the list order, for keyset pagination.
    public var cursor: ListCursor { ListCursor(date: date, id: id) }

    /// SQL selection matching ``init(row:)``.
    static let selection = """
        id, key, title, coalesce(json_extract(authors, '$[0]'), '') AS first_author, date,
        starred_at IS NOT NULL AS starred, read_at IS NOT NULL AS read
        """

    public init(row: Row) throws {
        id = row["id"]
        key = row["key"]
        title = row["title"]
        date = row["date"]
        isStarred = row["starred"]
        isRead = row["read"]
        firstAuthor = row["first_author"]
    }

    /// Creates a row directly (tests and in-memory sources).
    public init(id: Int64, key: String, title: String, firstAuthor: String = "", date: String = "",
                isStarred: Bool = false, isRead: Bool = false) {
        self.id = id
        self.key = key
        self.title = title
        self.firstAuthor = firstAuthor
        self.date = date
        self.isStarred = isStarred
        self.isRead = isRead
    }
}

/// A position in the library's list order: newest date first, then newest row first.
public struct ListCursor: Sendable, Hashable {
    /// The stored date of the row at this position.
    public var date: String
    /// The row id at this position.
    public var id: Int64

    public init(date: String, id: Int64) {
        self.date = date
        self.id = id
    }
}
