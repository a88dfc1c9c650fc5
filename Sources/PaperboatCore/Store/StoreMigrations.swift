import GRDB

/// The versioned schema of the library. Shipped migrations are never edited:
/// later work appends new ones.
enum StoreMigrations {
    /// The migrator that brings any library file up to the current schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-library") { db in
            try db.execute(sql: """
                CREATE TABLE paper (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    arxiv_id TEXT UNIQUE,
                    title_key TEXT NOT NULL,
                    title TEXT NOT NULL,
                    abstract TEXT NOT NULL DEFAULT '',
                    authors TEXT NOT NULL DEFAULT '[]',
                    categories TEXT NOT NULL DEFAULT '[]',
                    primary_category TEXT,
                    date TEXT NOT NULL DEFAULT '',
                    source TEXT NOT NULL DEFAULT '',
                    added_at TEXT NOT NULL,
                    starred_at TEXT,
                    read_at TEXT
                );
                CREATE INDEX paper_title_key ON paper(title_key);
                CREATE INDEX paper_list_order ON paper(date, id);
                CREATE INDEX paper_starred ON paper(starred_at) WHERE starred_at IS NOT NULL;

                CREATE TABLE tag (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    position INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE paper_tag (
                    paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
                    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
                    tagged_at TEXT NOT NULL,
                    PRIMARY KEY (paper_id, tag_id)
                ) WITHOUT ROWID;
                CREATE INDEX paper_tag_by_tag ON paper_tag(tag_id, paper_id);

                CREATE TABLE note (
                    paper_id INTEGER PRIMARY KEY REFERENCES paper(id) ON DELETE CASCADE,
                    body TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE saved_view (
                    name TEXT PRIMARY KEY COLLATE NOCASE,
                    query TEXT NOT NULL,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE search_history (
                    id INTEGER PRIMARY KEY,
                    query TEXT NOT NULL,
                    searched_at TEXT NOT NULL
                );
                CREATE TABLE library_meta (
                    name TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                """)
            // External-content FTS5 index kept in sync with `paper` by triggers.
            try db.create(virtualTable: "paper_ft", using: FTS5()) { t in
                t.synchronize(withTable: "paper")
                t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                t.column("title")
                t.column("abstract")
                t.column("authors")
            }
        }
        migrator.registerMigration("v2-filter-indexes") { db in
            // Categories as rows, so cat: reads an index instead of every paper's JSON; kept
            // in step with paper.categories by triggers (and emptied by the cascade on delete) (malformed JSON counts as no categories).
            let valid = "CASE WHEN json_valid(new.categories) THEN new.categories ELSE '[]' END"
            try db.execute(sql: """
                CREATE TABLE paper_category (
                    name TEXT NOT NULL COLLATE NOCASE,
                    paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
                    PRIMARY KEY (name, paper_id)
                ) WITHOUT ROWID;
                CREATE INDEX paper_category_by_paper ON paper_category(paper_id);
                INSERT OR IGNORE INTO paper_category(name, paper_id)
                    SELECT json_each.value, paper.id FROM paper, json_each(paper.categories)
                    WHERE json_valid(paper.categories) AND json_each.type = 'text';
                CREATE TRIGGER paper_category_insert AFTER INSERT ON paper BEGIN
                    INSERT OR IGNORE INTO paper_category(name, paper_id)
                        SELECT value, new.id FROM json_each(\(valid)) WHERE type = 'text';
                END;
                CREATE TRIGGER paper_category_update AFTER UPDATE OF categories ON paper BEGIN
                    DELETE FROM paper_category WHERE paper_id = old.id;
                    INSERT OR IGNORE INTO paper_category(name, paper_id)
                        SELECT value, new.id FROM json_each(\(valid)) WHERE type = 'text';
                END;
                -- The read papers are few: is:read and is:unread work on this set.
                CREATE INDEX paper_read ON paper(read_at) WHERE read_at IS NOT NULL;
                """)
        }
        migrator.registerMigration("v3-paper-count") { db in
            // The number of papers, kept by triggers: counting a million rows takes 40 ms,
            // and the browser's first screen and every "all papers" count need it.
            try db.execute(sql: """
                INSERT OR REPLACE INTO library_meta(name, value) SELECT 'paper_count', COUNT(*) FROM paper;
                CREATE TRIGGER paper_count_insert AFTER INSERT ON paper BEGIN
                    UPDATE library_meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'paper_count';
                END;
                CREATE TRIGGER paper_count_delete AFTER DELETE ON paper BEGIN
                    UPDATE library_meta SET value = CAST(value AS INTEGER) - 1 WHERE name = 'paper_count';
                END;
                """)
        }
        migrator.registerMigration("v4-library-id") { db in
            // A name of this library file alone, so derived files left by another library at
            // the same path (the library deleted and made again) are never taken for its own.
            try db.execute(sql: "INSERT OR IGNORE INTO library_meta(name, value) VALUES ('library_id', lower(hex(randomblob(16))))")
        }
        migrator.registerMigration("v5-added-index") { db in
            // added: reads the papers added lately from an index, not every row.
            try db.execute(sql: "CREATE INDEX paper_added ON paper(added_at)")
        }
        migrator.registerMigration("v6-search-rendered-tex") { db in
            try searchRenderedTeX(db)
        }
        migrator.registerMigration("v7-search-authors-apart") { db in
            try searchAuthorsApart(db)
        }
        return migrator
    }

    /// Search reads titles and abstracts as the screen shows them, TeX rendered, so
    /// `Fréchet` finds `Fr\\'echet` and what `n` highlights is what matched. The rendered text
    /// is kept in `search_title` and `search_abstract` where it differs (``Paper/searchText(_:)``)
    /// and the full-text index is fed from them; the papers that hold TeX are indexed again.
    /// The triggers now fire only when searched text changes, not on a star or read mark.
    private static func searchRenderedTeX(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE paper ADD COLUMN search_title TEXT;
            ALTER TABLE paper ADD COLUMN search_abstract TEXT;
            DROP TRIGGER IF EXISTS __paper_ft_ai;
            DROP TRIGGER IF EXISTS __paper_ft_ad;
            DROP TRIGGER IF EXISTS __paper_ft_au;
            """ + indexTriggers { indexedValues($0, authors: "\($0).authors") })
        // Only text with `$`, `\\` or `{` renders differently (``TeXText/plain(_:)``).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, title, abstract FROM paper
            WHERE instr(title, '$') OR instr(title, '\\') OR instr(title, '{')
                OR instr(abstract, '$') OR instr(abstract, '\\') OR instr(abstract, '{')
            """)
        var updates: [(Int64, String?, String?)] = []
        while let row = try rows.next() {
            let searchTitle = Paper.searchText(row["title"]), searchAbstract = Paper.searchText(row["abstract"])
            if searchTitle != nil || searchAbstract != nil { updates.append((row["id"], searchTitle, searchAbstract)) }
        }
        let update = try db.makeStatement(sql: "UPDATE paper SET search_title = ?, search_abstract = ? WHERE id = ?")
        for (id, searchTitle, searchAbstract) in updates {
            try update.execute(arguments: [searchTitle, searchAbstract, id])
        }
    }

    /// SQL for the number of papers, as the triggers of v3-paper-count keep it.
    static let paperCountSQL = "SELECT CAST(value AS INTEGER) FROM library_meta WHERE name = 'paper_count'"
}
