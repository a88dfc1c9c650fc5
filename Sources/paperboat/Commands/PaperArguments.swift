import PaperboatCore

/// Resolves ids given on the command line to papers, failing with a clear message.
enum PaperArguments {
    static func papers(_ ids: [String], in store: PaperStore) throws -> [Paper] {
        try ids.map { id in
            guard let paper = try store.paper(key: id) else { throw CLIError("no paper with id \(id)") }
            return paper
        }
    }

    /// Adds or removes `tags` on paper `id`, then prints the paper's tags.
    static func changeTags(adding: Bool, tags: [String], id: String, library: LibraryOptions) throws {
        let store = try library.open()
        let paper = try papers([id], in: store)[0]
        let rowId = paper.id ?? 0
        if adding { try store.addTags(tags, to: [rowId]) } else { try store.removeTags(tags, from: [rowId]) }
        let now = try store.tags(of: rowId)
        Console.say("\(paper.key): " + (now.isEmpty ? "no tags" : now.joined(separator: ", ")))
    }

    /// Stars or unstars the papers with `ids` (all ids are checked before anything changes).
    static func setStarred(_ starred: Bool, ids: [String], library: LibraryOptions) throws {
        let store = try library.open()
        for paper in try papers(ids, in: store) { try store.setStarred(paper.id ?? 0, starred) }
        Console.say("\(starred ? "starred" : "unstarred") \(CountText.counted(ids.count, "paper"))")
    }

    /// Marks the papers with `ids` read or unread (all ids are checked before anything
    /// changes); says how many changed.
    static func setRead(_ read: Bool, ids: [String], library: LibraryOptions) throws {
        let store = try library.open()
        let rows = try papers(ids, in: store).compactMap(\.id)
        let changed = try store.setRead(rows, read)
        Console.say("marked \(CountText.counted(changed, "paper")) \(read ? "read" : "unread")"
                    + (changed < Set(rows).count ? " (\(Set(rows).count - changed) already were)" : ""))
    }
}
