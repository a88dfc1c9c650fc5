/// A paper as an importer read it, before it has an identity in the store.
public struct PaperDraft: Sendable, Equatable {
    /// The arXiv id, version already stripped, or `nil`.
    public var arxivId: String?
    public var title: String
    public var abstract: String
    public var authors: [String]
    public var categories: [String]
    public var primaryCategory: String?
    /// `YYYY-MM-DD`, `--MM-DD`, or empty.
    public var date: String
    /// A reader's star, read state, tags and note, when the file carries them (an export).
    public var annotations = PaperAnnotations()

    /// Creates a draft; text fields are kept raw (sanitising happens at terminal sinks).
    public init(arxivId: String? = nil, title: String, abstract: String = "", authors: [String] = [],
                categories: [String] = [], primaryCategory: String? = nil, date: String = "") {
        self.arxivId = arxivId
        self.title = title
        self.abstract = abstract
        self.authors = authors
        self.categories = categories
        self.primaryCategory = primaryCategory ?? categories.first
        self.date = date
    }

    /// The normalised title that identifies the paper when no arXiv id is known.
    public var titleKey: String { PaperIdentity.normalizedTitle(title) }

    /// The public key this draft gets when it is new to the library.
    public var key: String { arxivId ?? PaperIdentity.titleHashKey(titleKey) }
}
