import Foundation
import GRDB

/// The library: one SQLite file of papers, tags, stars, read state and notes.
///
/// A `Sendable` value over a GRDB writer; every method is one short transaction.
public struct PaperStore: Sendable {
    /// The underlying database (a pool in WAL mode for files, a queue in memory).
    public let writer: any DatabaseWriter
    /// The file path, or `:memory:`.
    public let path: String

    /// Opens (creating if needed) the library file at `path` and migrates it.
    ///
    /// - Throws: ``StoreError`` when the file cannot be opened or is from a newer version.
    public init(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: "cannot create folder \(directory)")
            }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
        try self.init(writer: pool, path: path)
    }

    /// Whether the library file at `path` was made by an earlier Paperboat and will be
    /// upgraded when opened (a one-time step that, at a million papers, takes seconds: the
    /// caller can say so first). False for a missing or unreadable file.
    public static func needsUpgrade(path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return false }
        let migrator = StoreMigrations.migrator
        return (try? queue.read { db in
            try !migrator.appliedIdentifiers(db).isEmpty && !migrator.hasCompletedMigrations(db)
        }) ?? false
    }

    /// A library in memory, for tests and previews.
    public static func inMemory() throws -> PaperStore {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try PaperStore(writer: DatabaseQueue(configuration: config), path: ":memory:")
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        let migrator = StoreMigrations.migrator
        do {
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            try migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs a read, mapping database errors to ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as StoreError { throw error } catch {
            throw StoreError.failed("\(error)")
        }
    }

    /// Runs a write transaction, mapping database errors to ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch let error as StoreError { throw error } catch {
            throw StoreError.failed("\(error)")
        }
    }

    // MARK: Counting and lookup

    /// The number of papers in the library (kept by triggers, so reading it costs nothing).
    public func paperCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: StoreMigrations.paperCountSQL) ?? Paper.fetchCount(db) }
    }

    /// The paper with row id `id`.
    public func paper(id: Int64) throws -> Paper? {
        try read { try Paper.fetchOne($0, key: id) }
    }

    /// The paper whose public key is `key`, or whose arXiv id matches `key`
    /// (`arXiv:` prefixes, URLs and versions are accepted).
    public func paper(key: String) throws -> Paper? {
        try read { db in
            if let paper = try Paper.filter(Paper.Columns.key == key).fetchOne(db) { return paper }
            guard let arxiv = PaperIdentity.normalizedArxivId(key) else { return nil }
            return try Paper.filter(Paper.Columns.arxivId == arxiv).fetchOne(db)
        }
    }

    // MARK: Keyset pages in list order (date descending, then id descending)

    /// Up to `limit` rows that follow `cursor` in list order (from the top when `nil`).
    ///
    /// - Complexity: O(limit · log n) through the `paper_list_order` index.
    public func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try read { db in
            if let cursor {
                return try PaperListRow.fetchAll(db, sql: """
                    SELECT \(PaperListRow.selection) FROM paper
                    WHERE (date, id) < (?, ?) ORDER BY date DESC, id DESC LIMIT ?
                    """, arguments: [cursor.date, cursor.id, limit])
            }
            return try PaperListRow.fetchAll(db, sql: """
                SELECT \(PaperListRow.selection) FROM paper ORDER BY date DESC, id DESC LIMIT ?
                """, arguments: [limit])
        }
    }

    /// Up to `limit` rows that precede `cursor` in list order (the last rows when `nil`),
    /// returned in list order.
    ///
    /// - Complexity: O(limit · log n) through the `paper_list_order` index.
    public func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try read { db in
            let rows: [PaperListRow]
            if let cursor {
                rows = try PaperListRow.fetchAll(db, sql: """
                    SELECT \(PaperListRow.selection) FROM paper
                    WHERE (date, id) > (?, ?) ORDER BY date ASC, id ASC LIMIT ?
                    """, arguments: [cursor.date, cursor.id, limit])
            } else {
                rows = try PaperListRow.fetchAll(db, sql: """
                    SELECT \(PaperListRow.selection) FROM paper ORDER BY date ASC, id ASC LIMIT ?
                    """, arguments: [limit])
            }
            return rows.reversed()
        }
    }
}
