import Foundation
import GRDB

/// Counters in the `library_meta` table that tell derived data (the related-papers
/// index) whether it is still current.
public enum LibraryMeta {
    /// Bumped whenever papers are added or their indexed text changes.
    public static let generation = "generation"
    /// Bumped only when the text of papers already in the library changes.
    public static let rewriteGeneration = "rewrite_generation"

    /// A random name given to the library when it was made (never changed).
    public static let libraryId = "library_id"

    /// Adds one to counter `name`.
    static func bump(_ name: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO library_meta(name, value) VALUES (?, '1')
            ON CONFLICT(name) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """, arguments: [name])
    }

    /// The value of counter `name` (0 when never bumped).
    static func value(_ name: String, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM library_meta WHERE name = ?", arguments: [name]) ?? 0
    }
}

extension PaperStore {
    /// The library's generation counters: (papers or text changed, existing text rewritten).
    public func generations() throws -> (generation: Int, rewrite: Int) {
        try read { db in (try LibraryMeta.value(LibraryMeta.generation, in: db), try LibraryMeta.value(LibraryMeta.rewriteGeneration, in: db)) }
    }

    /// A number that changes whenever another connection (another program) commits a
    /// change to the library, and only then: SQLite's `data_version`, read on the
    /// connection this store writes with, which its own commits leave unchanged.
    public func outsideChangeCounter() throws -> Int {
        do {
            return try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError.failed("\(error)")
        }
    }

    /// The library's own name, made at random when it was created: files derived from it
    /// (the related-papers index) carry it, so another library's are known for what they are.
    public func libraryId() throws -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM library_meta WHERE name = ?", arguments: [LibraryMeta.libraryId]) ?? "" }
    }

    /// Papers' indexable text in id order after `afterId`, a page at a time.
    public func indexableText(afterId: Int64, limit: Int) throws -> [IndexableText] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, abstract, authors, categories FROM paper WHERE id > ? ORDER BY id LIMIT ?
                """, arguments: [afterId, limit]).map { row in
                let authors: String = row["authors"], categories: String = row["categories"]
                return IndexableText(id: row["id"], title: row["title"], abstract: row["abstract"],
                                     authors: Self.decodeList(authors), categories: Self.decodeList(categories))
            }
        }
    }

    /// Title and abstract of each of `ids` (as one text), by id.
    public func texts(ids: [Int64]) throws -> [Int64: String] {
        try textsAndAuthors(ids: ids).mapValues(\.text)
    }

    /// Title and abstract (as one text) and the authors of each of `ids`, by id, in one
    /// query: what a list of related papers needs to spell its terms and name shared authors.
    public func textsAndAuthors(ids: [Int64]) throws -> [Int64: (text: String, authors: [String])] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, title, abstract, authors FROM paper WHERE id IN \(Self.placeholders(ids.count))",
                                        arguments: StatementArguments(ids))
            var result: [Int64: (text: String, authors: [String])] = [:]
            for row in rows {
                let title: String = row["title"], abstract: String = row["abstract"], authors: String = row["authors"]
                result[row["id"]] = (title + ". " + abstract, Self.decodeList(authors))
            }
            return result
        }
    }

    /// Titles and keys for a set of row ids (for showing neighbours).
    public func summaries(ids: [Int64]) throws -> [Int64: PaperListRow] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let rows = try PaperListRow.fetchAll(db, sql: "SELECT \(PaperListRow.selection) FROM paper WHERE id IN \(Self.placeholders(ids.count))",
                                                 arguments: StatementArguments(ids))
            return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        }
    }

    /// The reader's tags (in creation order) and note of each of `ids` that has any, by id:
    /// two queries for a whole page, where ``tags(of:)`` and ``note(of:)`` take two per paper.
    public func annotations(ids: [Int64]) throws -> [Int64: (tags: [String], note: String?)] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var out: [Int64: (tags: [String], note: String?)] = [:]
            let list = Self.placeholders(ids.count)
            for row in try Row.fetchAll(db, sql: """
                SELECT paper_tag.paper_id AS id, tag.name FROM paper_tag JOIN tag ON tag.id = paper_tag.tag_id
                WHERE paper_tag.paper_id IN \(list) ORDER BY tag.position, tag.id
                """, arguments: StatementArguments(ids)) {
                out[row["id"], default: ([], nil)].tags.append(row["name"])
            }
            for row in try Row.fetchAll(db, sql: "SELECT paper_id AS id, body FROM note WHERE paper_id IN \(list)",
                                        arguments: StatementArguments(ids)) {
                out[row["id"], default: ([], nil)].note = row["body"]
            }
            return out
        }
    }

    /// `(?,?,…)` for `count` bound values.
    private static func placeholders(_ count: Int) -> String {
        "(" + Array(repeating: "?", count: count).joined(separator: ",") + ")"
    }

    private static func decodeList(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}

/// The text of one paper that the similarity engine reads.
public struct IndexableText: Sendable {
    public var id: Int64
    public var title: String
    public var abstract: String
    public var authors: [String]
    public var categories: [String]
}
