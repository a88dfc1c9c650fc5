import Foundation
import GRDB

/// A tag and how many papers carry it.
public struct TagCount: Sendable, Equatable {
    public var name: String
    public var count: Int
}

/// A named query and how many papers it matches now.
public struct SavedView: Sendable, Equatable {
    public var name: String
    public var query: String
    public var count: Int
}

extension PaperStore {
    private static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    /// Stars or unstars paper `id`.
    public func setStarred(_ id: Int64, _ starred: Bool) throws {
        try write { db in
            try db.execute(sql: "UPDATE paper SET starred_at = ? WHERE id = ?", arguments: [starred ? Self.now() : nil, id])
        }
    }

    /// Toggles the star of paper `id`; returns whether it is starred now.
    @discardableResult
    public func toggleStar(_ id: Int64) throws -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE paper SET starred_at = CASE WHEN starred_at IS NULL THEN ? END WHERE id = ?",
                           arguments: [Self.now(), id])
            return try Bool.fetchOne(db, sql: "SELECT starred_at IS NOT NULL FROM paper WHERE id = ?", arguments: [id]) ?? false
        }
    }

    /// Marks paper `id` read or unread.
    public func setRead(_ id: Int64, _ read: Bool) throws {
        try write { db in
            try db.execute(sql: "UPDATE paper SET read_at = ? WHERE id = ?", arguments: [read ? Self.now() : nil, id])
        }
    }

    /// Marks the papers `ids` read or unread in one transaction; how many changed (a paper
    /// already so keeps its time).
    @discardableResult
    public func setRead(_ ids: [Int64], _ read: Bool) throws -> Int {
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        return try write { db in
            try db.execute(sql: """
                UPDATE paper SET read_at = ?
                WHERE id IN (SELECT value FROM json_each(?)) AND (read_at IS NULL) = ?
                """, arguments: [read ? Self.now() : nil, list, read])
            return db.changesCount
        }
    }

    /// Marks every unread paper that `query` matches read (newsboat's "mark all read" for a
    /// filter); how many it marked.
    @discardableResult
    public func markRead(matching query: Query) throws -> Int {
        let condition = QueryCompiler.condition(.and([query, .state(.unread)]))
        return try write { db in
            try db.execute(sql: "UPDATE paper SET read_at = ? WHERE \(condition.sql)",
                           arguments: [Self.now()] + condition.arguments)
            return db.changesCount
        }
    }

    /// Adds tags (created as needed; names are case-insensitive) to papers.
    public func addTags(_ names: [String], to ids: [Int64]) throws {
        try write { db in try Self.addTags(names, to: ids, stamp: Self.now(), in: db) }
    }

    /// Adds tags to papers inside a write (an import's, or ``addTags(_:to:)``'s own).
    static func addTags(_ names: [String], to ids: [Int64], stamp: String, in db: Database) throws {
        for name in names.map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            try db.execute(sql: """
                INSERT INTO tag(name, position, created_at) VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM tag), ?)
                ON CONFLICT(name) DO NOTHING
                """, arguments: [name, stamp])
            for id in ids {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO paper_tag(paper_id, tag_id, tagged_at)
                    SELECT ?, id, ? FROM tag WHERE name = ?
                    """, arguments: [id, stamp, name])
            }
        }
    }

    /// Removes tags from papers (the tags themselves stay while other papers carry them).
    public func removeTags(_ names: [String], from ids: [Int64]) throws {
        try write { db in
            for name in names {
                for id in ids {
                    try db.execute(sql: """
                        DELETE FROM paper_tag WHERE paper_id = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)
                        """, arguments: [id, name])
                }
            }
            try db.execute(sql: "DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM paper_tag)")
        }
    }

    /// Tags with their paper counts, in the order they were created (1–9 keys follow it).
    public func tagCounts() throws -> [TagCount] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT tag.name, COUNT(paper_tag.paper_id) AS n FROM tag
                LEFT JOIN paper_tag ON paper_tag.tag_id = tag.id GROUP BY tag.id ORDER BY tag.position, tag.id
                """).map { TagCount(name: $0["name"], count: $0["n"]) }
        }
    }

    /// The tags of paper `id`, in creation order.
    public func tags(of id: Int64) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT tag.name FROM tag JOIN paper_tag ON paper_tag.tag_id = tag.id WHERE paper_tag.paper_id = ?
                ORDER BY tag.position, tag.id
                """, arguments: [id])
        }
    }

    /// Sets (or, with an empty body, deletes) the note of paper `id`.
    public func setNote(_ id: Int64, _ body: String) throws {
        try write { db in
            if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                try db.execute(sql: "DELETE FROM note WHERE paper_id = ?", arguments: [id])
            } else {
                try db.execute(sql: """
                    INSERT INTO note(paper_id, body, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(paper_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                    """, arguments: [id, body, Self.now()])
            }
        }
    }

    /// The note of paper `id`, if any.
    public func note(of id: Int64) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT body FROM note WHERE paper_id = ?", arguments: [id]) }
    }

    /// Saves `query` under `name` (replacing a view of that name). The query must parse.
    public func saveView(name: String, query: String) throws {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw StoreError.invalid("a saved view needs a name") }
        _ = try QueryParser.parse(query)
        try write { db in
            try db.execute(sql: """
                INSERT INTO saved_view(name, query, created_at) VALUES (?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET query = excluded.query
                """, arguments: [name, query, Self.now()])
        }
    }

    /// Saved views with their live counts.
    public func savedViews() throws -> [SavedView] {
        let stored = try read { db in
            try Row.fetchAll(db, sql: "SELECT name, query FROM saved_view ORDER BY created_at, name")
                .map { (name: $0["name"] as String, query: $0["query"] as String) }
        }
        return stored.map { view in
            let count = (try? QueryParser.parse(view.query)).map { try? paperCount(matching: $0) } ?? nil
            return SavedView(name: view.name, query: view.query, count: count ?? 0)
        }
    }

    /// Remembers a search (kept across runs; newest last, duplicates moved to the end).
    public func recordSearch(_ query: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM search_history WHERE query = ?", arguments: [query])
            try db.execute(sql: "INSERT INTO search_history(query, searched_at) VALUES (?, ?)", arguments: [query, Self.now()])
        }
    }

    /// Past searches, oldest first.
    public func searchHistory(limit: Int = 100) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT query FROM (SELECT query, id FROM search_history ORDER BY id DESC LIMIT ?) ORDER BY id",
                                arguments: [limit])
        }
    }
}
