import Foundation
import GRDB

/// What happened to one imported record.
public enum MergeOutcome: Sendable, Equatable {
    /// A new paper entered the library.
    case added
    /// The record matched a paper already there and was merged into it.
    case merged
}

extension PaperStore {
    /// Adds or merges `drafts` in one transaction and returns what happened to each.
    ///
    /// A draft matches an existing paper by arXiv id, else by normalised title;
    /// merging fills what the library lacks and never drops what it has.
    public func importDrafts(_ drafts: [PaperDraft], source: String, now: Date = Date()) throws -> [MergeOutcome] {
        let stamp = ISO8601DateFormatter().string(from: now)
        return try write { db in
            var inserted = false, rewritten = false
            let outcomes: [MergeOutcome] = try drafts.map { draft in
                if var existing = try Self.existingPaper(matching: draft, in: db) {
                    let before = existing
                    PaperMerge.merge(draft, into: &existing)
                    if existing != before {
                        try existing.update(db)
                        rewritten = rewritten || existing.abstract != before.abstract || existing.authors != before.authors
                            || existing.categories != before.categories
                    }
                    if let id = existing.id { try Self.apply(draft.annotations, to: id, stamp: stamp, in: db) }
                    return .merged
                }
                var paper = Paper(
                    id: nil, key: draft.key, arxivId: draft.arxivId, titleKey: draft.titleKey,
                    title: draft.title, abstract: draft.abstract, authors: draft.authors,
                    categories: draft.categories, primaryCategory: draft.primaryCategory,
                    date: PaperDate.storable(draft.date), source: source, addedAt: stamp, starredAt: nil, readAt: nil)
                try paper.insert(db)
                inserted = true
                if let id = paper.id { try Self.apply(draft.annotations, to: id, stamp: stamp, in: db) }
                return .added
            }
            if inserted || rewritten { try LibraryMeta.bump(LibraryMeta.generation, in: db) }
            if rewritten { try LibraryMeta.bump(LibraryMeta.rewriteGeneration, in: db) }
            return outcomes
        }
    }

    /// Adds a reader's annotations from an import to paper `id`, losing nothing the library
    /// has: a star or read mark it lacks, the tags it lacks, and a note — kept as it is when
    /// the library's note already holds it, else added below the library's own.
    static func apply(_ annotations: PaperAnnotations, to id: Int64, stamp: String, in db: Database) throws {
        guard !annotations.isEmpty else { return }
        if annotations.starred {
            try db.execute(sql: "UPDATE paper SET starred_at = COALESCE(starred_at, ?) WHERE id = ?", arguments: [stamp, id])
        }
        if annotations.read {
            try db.execute(sql: "UPDATE paper SET read_at = COALESCE(read_at, ?) WHERE id = ?", arguments: [stamp, id])
        }
        try addTags(annotations.tags, to: [id], stamp: stamp, in: db)
        if let note = annotations.note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty {
            let existing = try String.fetchOne(db, sql: "SELECT body FROM note WHERE paper_id = ?", arguments: [id]) ?? ""
            guard !existing.contains(note) else { return }
            let body = existing.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? note : existing + "\n\n" + note
            try db.execute(sql: """
                INSERT INTO note(paper_id, body, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                """, arguments: [id, body, stamp])
        }
    }

    /// The paper a draft denotes: same arXiv id, else same normalised title
    /// (when that paper has no conflicting arXiv id).
    static func existingPaper(matching draft: PaperDraft, in db: Database) throws -> Paper? {
        let titleKey = draft.titleKey
        if let arxiv = draft.arxivId {
            let byId = try db.cachedStatement(sql: "SELECT * FROM paper WHERE arxiv_id = ?")
            if let paper = try Paper.fetchOne(byId, arguments: [arxiv]) { return paper }
            let byTitle = try db.cachedStatement(sql: "SELECT * FROM paper WHERE title_key = ? AND arxiv_id IS NULL LIMIT 1")
            return try Paper.fetchOne(byTitle, arguments: [titleKey])
        }
        let byTitle = try db.cachedStatement(sql: "SELECT * FROM paper WHERE title_key = ? LIMIT 1")
        return try Paper.fetchOne(byTitle, arguments: [titleKey])
    }
}

/// The rule for merging a re-imported record into a paper already in the library.
enum PaperMerge {
    /// Fills what `paper` lacks from `draft`; keeps user state and never loses data.
    static func merge(_ draft: PaperDraft, into paper: inout Paper) {
        if paper.arxivId == nil, let arxiv = draft.arxivId {
            paper.arxivId = arxiv
            if paper.key.hasPrefix("t-") { paper.key = arxiv }
        }
        if draft.abstract.count > paper.abstract.count { paper.abstract = draft.abstract }
        if paper.authors.isEmpty { paper.authors = draft.authors }
        for category in draft.categories where !paper.categories.contains(category) {
            paper.categories.append(category)
        }
        if paper.primaryCategory == nil { paper.primaryCategory = draft.primaryCategory }
        let date = PaperDate.storable(draft.date)
        if dateRank(date) > dateRank(paper.date) { paper.date = date }
    }

    /// Full dates beat dates without a year, which beat no date.
    private static func dateRank(_ date: String) -> Int {
        date.isEmpty ? 0 : (date.hasPrefix("--") ? 1 : 2)
    }
}
