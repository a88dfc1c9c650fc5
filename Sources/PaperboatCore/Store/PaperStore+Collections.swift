import GRDB

/// Managing tags and saved views as wholes (as Zotero's left pane does): deleting and
/// renaming them, rather than changing one paper's tags.
extension PaperStore {
    /// Deletes the saved view `name` (case-insensitive); false when there is none.
    public func deleteView(named name: String) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM saved_view WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    /// Takes tag `name` (case-insensitive) off every paper and forgets it; returns how many
    /// papers carried it.
    ///
    /// - Throws: ``StoreError/invalid(_:)`` when there is no such tag.
    public func deleteTag(named name: String) throws -> Int {
        try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [name]) else {
                throw StoreError.invalid("no tag \(name)")
            }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper_tag WHERE tag_id = ?", arguments: [id]) ?? 0
            try db.execute(sql: "DELETE FROM tag WHERE id = ?", arguments: [id])
            return count
        }
    }

    /// Renames tag `old` to `new`, keeping its place among the tags (the 1–9 keys); when a
    /// tag `new` exists already, the two become one (under `new`'s place). Returns how many
    /// papers carry `new` afterwards.
    ///
    /// - Throws: ``StoreError/invalid(_:)`` when `old` does not exist or `new` is empty.
    public func renameTag(_ old: String, to new: String) throws -> Int {
        let name = new.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw StoreError.invalid("a tag needs a name") }
        return try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [old]) else {
                throw StoreError.invalid("no tag \(old)")
            }
            if let other = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ? AND id != ?", arguments: [name, id]) {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO paper_tag(paper_id, tag_id, tagged_at)
                    SELECT paper_id, ?, tagged_at FROM paper_tag WHERE tag_id = ?
                    """, arguments: [other, id])
                try db.execute(sql: "DELETE FROM tag WHERE id = ?", arguments: [id])
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper_tag WHERE tag_id = ?", arguments: [other]) ?? 0
            }
            try db.execute(sql: "UPDATE tag SET name = ? WHERE id = ?", arguments: [name, id])
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper_tag WHERE tag_id = ?", arguments: [id]) ?? 0
        }
    }

    /// The saved views whose query names tag `name` (they keep naming it after a rename or a
    /// delete, so the caller can say so).
    public func views(namingTag name: String) throws -> [String] {
        try savedViews().filter { view in
            guard let query = try? QueryParser.parse(view.query) else { return false }
            return Self.names(tag: name, in: query)
        }.map(\.name)
    }

    private static func names(tag name: String, in query: Query) -> Bool {
        switch query {
        case let .tag(other): return other.caseInsensitiveCompare(name) == .orderedSame
        case let .and(items), let .or(items): return items.contains { names(tag: name, in: $0) }
        case let .not(inner): return names(tag: name, in: inner)
        default: return false
        }
    }
}
