import GRDB

extension PaperStore {
    /// Removes the papers with row ids `ids` from the library, with their tags, notes and
    /// search-index entries (the schema's cascades and triggers); tags themselves stay.
    /// Returns how many papers were removed.
    ///
    /// Removing papers counts as rewriting the library's text, so the related-papers index
    /// is rebuilt, never extended, the next time it is brought up to date: a removed paper
    /// can then never be offered as related.
    @discardableResult
    public func removePapers(_ ids: [Int64]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try write { db in
            var removed = 0
            for id in Set(ids) {
                try db.execute(sql: "DELETE FROM paper WHERE id = ?", arguments: [id])
                removed += db.changesCount
            }
            if removed > 0 {
                try LibraryMeta.bump(LibraryMeta.generation, in: db)
                try LibraryMeta.bump(LibraryMeta.rewriteGeneration, in: db)
            }
            return removed
        }
    }
}
