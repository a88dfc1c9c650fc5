import GRDB

extension StoreMigrations {
    /// A word no one types, put between two authors' names in the full-text index: a
    /// private-use character, which FTS5's unicode61 tokenizer keeps as a word of its own.
    /// It keeps a phrase from matching across two names — `author:"li wei"` no longer finds
    /// "Xiao Li, Wei Zhang" — as the word between the names is not the phrase's next word.
    static let authorSeparatorWord = "\u{E000}"

    /// SQL for the authors of row `row` as the full-text index reads them: the names of its
    /// JSON array joined by ``authorSeparatorWord`` (malformed JSON reads as no authors).
    static func searchedAuthors(_ row: String) -> String {
        "(SELECT group_concat(value, ' ' || char(57344) || ' ') FROM json_each("
            + "CASE WHEN json_valid(\(row).authors) THEN \(row).authors ELSE '[]' END) WHERE type = 'text')"
    }

    /// SQL for what the full-text index is fed for row `row` (`new`, `old` or `paper`): its
    /// id, its title and abstract as search reads them (TeX rendered, v6), and `authors`.
    static func indexedValues(_ row: String, authors: String) -> String {
        "\(row).id, COALESCE(\(row).search_title, \(row).title), COALESCE(\(row).search_abstract, \(row).abstract), \(authors)"
    }

    /// Feeds the index each paper's authors apart (``searchedAuthors(_:)``) instead of the
    /// JSON text, where one name's last word ran on into the next name's first. The triggers
    /// are made again and the index filled again from the papers, as an external-content
    /// index can only forget a row given the text it was fed.
    static func searchAuthorsApart(_ db: Database) throws {
        func values(_ row: String) -> String { indexedValues(row, authors: searchedAuthors(row)) }
        try db.execute(sql: """
            DROP TRIGGER paper_ft_insert;
            DROP TRIGGER paper_ft_delete;
            DROP TRIGGER paper_ft_update;
            INSERT INTO paper_ft(paper_ft) VALUES ('delete-all');
            INSERT INTO paper_ft(rowid, title, abstract, authors) SELECT \(values("paper")) FROM paper;
            """ + indexTriggers(values))
    }

    /// SQL for the three triggers that keep the full-text index in step with `paper`, feeding
    /// it `values` of the row (`new` or `old`; ``indexedValues(_:authors:)``).
    static func indexTriggers(_ values: (String) -> String) -> String {
        """
            CREATE TRIGGER paper_ft_insert AFTER INSERT ON paper BEGIN
                INSERT INTO paper_ft(rowid, title, abstract, authors) VALUES (\(values("new")));
            END;
            CREATE TRIGGER paper_ft_delete AFTER DELETE ON paper BEGIN
                INSERT INTO paper_ft(paper_ft, rowid, title, abstract, authors) VALUES ('delete', \(values("old")));
            END;
            CREATE TRIGGER paper_ft_update AFTER UPDATE OF title, abstract, authors, search_title, search_abstract ON paper BEGIN
                INSERT INTO paper_ft(paper_ft, rowid, title, abstract, authors) VALUES ('delete', \(values("old")));
                INSERT INTO paper_ft(rowid, title, abstract, authors) VALUES (\(values("new")));
            END;
            """
    }
}
