/// What a reader added to a paper — star, read state, tags, note — as a JSON-lines export
/// carries it, so `export --format jsonl` and `import` move a library with all of it.
public struct PaperAnnotations: Sendable, Equatable {
    public var starred = false
    public var read = false
    public var tags: [String] = []
    public var note: String?

    public init(starred: Bool = false, read: Bool = false, tags: [String] = [], note: String? = nil) {
        self.starred = starred
        self.read = read
        self.tags = tags
        self.note = note
    }

    /// Whether there is nothing to apply.
    public var isEmpty: Bool { !starred && !read && tags.isEmpty && (note ?? "").isEmpty }
}
