import Foundation
import GRDB

/// An SQL condition on `paper` with its arguments.
public struct SQLCondition: Sendable {
    /// The condition, referring to the `paper` table.
    public var sql: String
    /// Values for its `?` placeholders, in order.
    public var arguments: StatementArguments
}

/// Turns a ``Query`` into SQL. User text only ever travels as bound arguments; text
/// for FTS5 is wrapped as a quoted FTS5 string, so no query operator can be injected.
public enum QueryCompiler {
    /// How a condition tests a paper against the sets its leaves name (a tag's papers, the
    /// papers a word matches...).
    public enum Style: Sendable {
        /// `paper.id IN (the set)`: SQLite builds each set once. Right when the sets are small,
        /// or when one small set drives the query.
        case sets
        /// A correlated check per paper (`EXISTS (... = paper.id)`, or the row's own column):
        /// nothing is built, so walking the list in order stops after a page of matches.
        /// Right when matches are dense; ruinous when they are sparse.
        case probes
    }

    /// The WHERE condition for `query`.
    public static func condition(_ query: Query, style: Style = .sets) -> SQLCondition {
        var arguments: [(any DatabaseValueConvertible)?] = []
        let sql = compile(query, style, &arguments)
        return SQLCondition(sql: sql, arguments: StatementArguments(arguments))
    }

    /// An FTS5 expression of the query's top-level positive text terms, for ranking
    /// (`nil` when the query has none).
    public static func rankingMatch(_ query: Query) -> String? {
        var parts: [String] = []
        func collect(_ q: Query) {
            if case let .and(items) = q { items.forEach(collect) } else if let term = matchTerm(q) { parts.append(term) }
        }
        collect(query)
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// The top-level conditions of `query` that ``rankingMatch(_:)`` does not already
    /// require: everything but its positive text and field terms (text with capitals stays,
    /// for its case check).
    public static func conditionsBesideRanking(_ query: Query) -> [Query] {
        let items: [Query]
        if case let .and(list) = query { items = list } else { items = [query] }
        return items.filter { item in
            switch item {
            case let .text(value, _): return value.contains(where: \.isUppercase)
            case .field: return false
            default: return true
            }
        }
    }

    /// A LIKE pattern matching `value` anywhere (its own `%`, `_` and `\\` escaped).
    static func likePattern(_ value: String) -> String {
        "%" + escapeLike(value) + "%"
    }

    /// An FTS5 term for `value` in one field's column.
    static func ftsTerm(_ field: Query.TextField, _ value: String) -> String {
        "\(column(field)) : \(ftsString(value))"
    }

    /// `value` as an FTS5 string literal.
    static func ftsString(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func column(_ field: Query.TextField) -> String {
        switch field {
        case .title: return "title"
        case .abstract: return "abstract"
        case .author: return "authors"
        }
    }

    /// `query` as SQL on `paper` in `style`: the structure is the same either way; only how a
    /// leaf tests a paper differs (see ``Style``).
    private static func compile(_ query: Query, _ style: Style, _ args: inout [(any DatabaseValueConvertible)?]) -> String {
        switch query {
        case .all:
            return "1"
        case let .and(items):
            return items.isEmpty ? "1" : "(" + items.map { compile($0, style, &args) }.joined(separator: " AND ") + ")"
        case let .or(items):
            return items.isEmpty ? "0" : "(" + items.map { compile($0, style, &args) }.joined(separator: " OR ") + ")"
        case let .not(inner):
            return "NOT " + compile(inner, style, &args)
        case let .text(value, _) where value.contains(where: \.isUppercase):
            // Smart case: capitals in the query make it case-sensitive.
            let sql = leaf(query, style, &args)
            args.append(value)
            args.append(value)
            args.append(value)
            return "(\(sql) AND (instr(COALESCE(paper.search_title, paper.title), ?) > 0 OR instr(COALESCE(paper.search_abstract, paper.abstract), ?) > 0 OR instr(paper.authors, ?) > 0))"
        case let .year(comparison):
            let (low, high) = dateRange(comparison)
            args.append(low)
            args.append(high)
            // Stored dates are YYYY-MM-DD, --MM-DD or empty (PaperDate.storable): a range of
            // strings from "0" up holds only dates with a year.
            return "(paper.date >= ? AND paper.date < ?)"
        default:
            return leaf(query, style, &args)
        }
    }

    /// Whether the paper in hand is in a leaf's set: by membership of the built set, or by a
    /// check of its own (an index probe, or its row's column).
    private static func leaf(_ query: Query, _ style: Style, _ args: inout [(any DatabaseValueConvertible)?]) -> String {
        if style == .sets {
            if query == .state(.unread) { return "paper.id NOT IN (" + readSet + ")" }
            return "paper.id IN (" + (idSet(query, &args) ?? "SELECT NULL") + ")"
        }
        switch query {
        case let .text(value, _):
            args.append(ftsString(value))
            args.append(likePattern(value))
            return "(EXISTS (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? AND paper_ft.rowid = paper.id)"
                + " OR EXISTS (SELECT 1 FROM note WHERE note.paper_id = paper.id AND note.body LIKE ? ESCAPE '\\'))"
        case let .field(field, value):
            args.append(ftsTerm(field, value))
            return "EXISTS (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? AND paper_ft.rowid = paper.id)"
        case let .tag(name):
            args.append(name)
            return "EXISTS (SELECT 1 FROM paper_tag JOIN tag ON tag.id = paper_tag.tag_id WHERE paper_tag.paper_id = paper.id AND tag.name = ?)"
        case let .category(name):
            args.append(name)
            return "EXISTS (SELECT 1 FROM paper_category WHERE paper_category.name = ? AND paper_category.paper_id = paper.id)"
        case let .key(key):
            args.append(key)
            return "paper.key = ?"
        case let .added(days):
            args.append(addedSince(days))
            return "paper.added_at >= ?"
        case .state(.starred): return "paper.starred_at IS NOT NULL"
        case .state(.read): return "paper.read_at IS NOT NULL"
        case .state(.unread): return "paper.read_at IS NULL"
        case .state(.tagged): return "EXISTS (SELECT 1 FROM paper_tag WHERE paper_tag.paper_id = paper.id)"
        case .state(.noted): return "EXISTS (SELECT 1 FROM note WHERE note.paper_id = paper.id)"
        default: return compile(query, style, &args)
        }
    }

    /// SQL selecting the ids (as `id`) of the papers `query` holds for, from sets alone —
    /// the FTS index, the tag, note and category tables, partial indexes — never the paper
    /// rows: OR unites (its text and field terms as one FTS5 expression, which FTS5 unites
    /// ten times faster than SQL's UNION), AND intersects and subtracts its negations. `nil`
    /// when some part needs the rows (a year, text with capitals) or an AND has nothing
    /// positive to start from.
    static func set(of query: Query) -> SQLCondition? {
        var args: [(any DatabaseValueConvertible)?] = []
        guard let sql = setSQL(query, &args) else { return nil }
        return SQLCondition(sql: sql, arguments: StatementArguments(args))
    }

    private static func setSQL(_ query: Query, _ args: inout [(any DatabaseValueConvertible)?]) -> String? {
        switch query {
        case let .or(items):
            var expressions: [String] = [], likes: [String] = [], others: [String] = []
            var otherArgs: [(any DatabaseValueConvertible)?] = []
            for item in items {
                switch item {
                case let .text(value, _) where !value.contains(where: \.isUppercase):
                    expressions.append("(" + ftsString(value) + ")")
                    likes.append(likePattern(value))
                case .field:
                    expressions.append("(" + (matchTerm(item) ?? "") + ")")
                default:
                    guard let sql = setSQL(item, &otherArgs) else { return nil }
                    others.append("SELECT id FROM (\(sql))")
                }
            }
            var parts: [String] = []
            if !expressions.isEmpty {
                parts.append("SELECT rowid AS id FROM paper_ft WHERE paper_ft MATCH ?")
                args.append(expressions.joined(separator: " OR "))
            }
            if !likes.isEmpty {
                parts.append("SELECT paper_id AS id FROM note WHERE " + likes.map { _ in "body LIKE ? ESCAPE '\\'" }.joined(separator: " OR "))
                args += likes.map { $0 }
            }
            parts += others
            args += otherArgs
            return parts.joined(separator: " UNION ")
        case let .and(items):
            var positives: [String] = [], negatives: [String] = []
            var positiveArgs: [(any DatabaseValueConvertible)?] = [], negativeArgs: [(any DatabaseValueConvertible)?] = []
            let words = items.filter(isPlainWord)
            if words.count >= 2 {
                // One FTS5 conjunction for all of them: "state space model" is 37,000 papers
                // at a million, where "model" alone is 860,000.
                positives.append("SELECT id FROM (\(wordGroupSQL(words, &positiveArgs)))")
            }
            for item in items where words.count < 2 || !isPlainWord(item) {
                if case let .not(inner) = item {
                    guard let sql = setSQL(inner, &negativeArgs) else { return nil }
                    negatives.append("SELECT id FROM (\(sql))")
                } else if item == .state(.unread) {
                    negatives.append(readSet)
                } else {
                    guard let sql = setSQL(item, &positiveArgs) else { return nil }
                    positives.append("SELECT id FROM (\(sql))")
                }
            }
            guard !positives.isEmpty else { return nil }
            args += positiveArgs + negativeArgs
            return (positives.joined(separator: " INTERSECT ") + negatives.map { " EXCEPT " + $0 }.joined())
        case let .text(value, _) where value.contains(where: \.isUppercase):
            return nil
        default:
            return idSet(query, &args)
        }
    }

    /// Whether the FTS index alone answers `query` (with the notes, for text): a word or
    /// phrase without capitals, or a field term.
    static func isPlainWord(_ query: Query) -> Bool {
        switch query {
        case let .text(value, _): return !value.contains(where: \.isUppercase)
        case .field: return true
        default: return false
        }
    }

    /// The FTS5 conjunction of plain words (see ``isPlainWord(_:)``).
    static func wordConjunction(_ words: [Query]) -> String {
        words.compactMap(matchTerm).joined(separator: " AND ")
    }

    /// A text or field term as an FTS5 term (its value quoted; a field in its column), or
    /// `nil` for any other condition.
    static func matchTerm(_ query: Query) -> String? {
        switch query {
        case let .text(value, _): return ftsString(value)
        case let .field(field, value): return ftsTerm(field, value)
        default: return nil
        }
    }

    /// The papers matching every one of `words` (plain words): their FTS5 conjunction, and
    /// the papers with notes that match each word in their text or their note.
    private static func wordGroupSQL(_ words: [Query], _ args: inout [(any DatabaseValueConvertible)?]) -> String {
        let conjunction = wordConjunction(words)
        args.append(conjunction)
        var sql = "SELECT rowid AS id FROM paper_ft WHERE paper_ft MATCH ?"
        if words.contains(where: { if case .text = $0 { return true } else { return false } }) {
            // Disjoint parts (no set to build to drop duplicates): the noted papers the
            // conjunction does not already hold.
            sql += " UNION ALL SELECT paper.id AS id FROM note CROSS JOIN paper ON paper.id = note.paper_id WHERE "
                + compile(.and(words), .probes, &args)
                + " AND NOT EXISTS (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? AND paper_ft.rowid = paper.id)"
            args.append(conjunction)
        }
        return sql
    }

    /// The set of papers the words of `query`'s text match in any case: for text with
    /// capitals, a superset of its matches (the case is then checked on the rows).
    static func caseFoldedSet(of query: Query) -> SQLCondition? {
        guard case let .text(value, phrase) = query, value.contains(where: \.isUppercase) else { return nil }
        return set(of: .text(value.lowercased(), phrase: phrase))
    }

    /// The read papers: few, with a partial index of their own; unread is the complement.
    private static let readSet = "SELECT id FROM paper WHERE read_at IS NOT NULL"

    /// SQL selecting the ids (as `id`) of the papers a leaf condition holds for, read from
    /// the FTS index, the tag, note and category tables, or a partial index — never the
    /// paper rows; `nil` for conditions that have no such set.
    private static func idSet(_ query: Query, _ args: inout [(any DatabaseValueConvertible)?]) -> String? {
        switch query {
        case let .text(value, _):
            args.append(ftsString(value))
            args.append(likePattern(value))
            return "SELECT rowid AS id FROM paper_ft WHERE paper_ft MATCH ?"
                + " UNION SELECT paper_id AS id FROM note WHERE body LIKE ? ESCAPE '\\'"
        case let .field(field, value):
            args.append(ftsTerm(field, value))
            return "SELECT rowid AS id FROM paper_ft WHERE paper_ft MATCH ?"
        case let .tag(name):
            args.append(name)
            return "SELECT paper_id AS id FROM paper_tag JOIN tag ON tag.id = paper_tag.tag_id WHERE tag.name = ?"
        case let .category(name):
            args.append(name)
            return "SELECT paper_id AS id FROM paper_category WHERE name = ?"
        case let .key(key):
            args.append(key)
            return "SELECT id FROM paper WHERE key = ?"
        case let .added(days):
            args.append(addedSince(days))
            return "SELECT id FROM paper INDEXED BY paper_added WHERE added_at >= ?"
        case .state(.starred):
            // The partial index, rather than walking the list order.
            return "SELECT id FROM paper WHERE starred_at IS NOT NULL"
        case .state(.read): return readSet
        case .state(.tagged): return "SELECT DISTINCT paper_id AS id FROM paper_tag"
        case .state(.noted): return "SELECT paper_id AS id FROM note"
        case let .year(comparison):
            // From the (date, id) index alone: no paper row is read.
            let (low, high) = dateRange(comparison)
            args.append(low)
            args.append(high)
            return "SELECT id FROM paper INDEXED BY paper_list_order WHERE date >= ? AND date < ?"
        default: return nil
        }
    }

    /// The first instant of the last `days` days by the local calendar (today's midnight for
    /// one day), as the ISO 8601 text `added_at` holds (UTC, so it compares as text).
    static func addedSince(_ days: Int, now: Date = Date()) -> String {
        let calendar = Calendar.current
        let start = calendar.date(byAdding: .day, value: 1 - days, to: calendar.startOfDay(for: now)) ?? now
        return ISO8601DateFormatter().string(from: start)
    }

    /// A year comparison as a range of date strings ("2024" <= date < "2025"), so the
    /// (date, id) index answers it; ":" sorts just after "9", bounding "any later year".
    private static func dateRange(_ comparison: Query.YearComparison) -> (String, String) {
        switch comparison {
        case let .equal(y): return (yearText(y), yearText(y + 1))
        case let .before(y): return ("0", yearText(y))
        case let .after(y): return (yearText(y + 1), ":")
        case let .atMost(y): return ("0", yearText(y + 1))
        case let .atLeast(y): return (yearText(y), ":")
        case let .between(a, b): return (yearText(a), yearText(b + 1))
        }
    }

    /// The conditions joined by AND (true when there are none).
    static func conjunction(_ conditions: [SQLCondition]) -> SQLCondition {
        guard !conditions.isEmpty else { return SQLCondition(sql: "1", arguments: []) }
        var arguments = StatementArguments()
        for condition in conditions { arguments += condition.arguments }
        return SQLCondition(sql: conditions.map { "(\($0.sql))" }.joined(separator: " AND "), arguments: arguments)
    }

    /// The case check of text with capitals (smart case), alone: for papers already known to
    /// match its words in any case (the FTS match of a ranking, or its case-folded set).
    static func caseCheck(of query: Query) -> SQLCondition? {
        guard case let .text(value, _) = query, value.contains(where: \.isUppercase) else { return nil }
        return SQLCondition(sql: "(instr(COALESCE(paper.search_title, paper.title), ?) > 0 OR instr(COALESCE(paper.search_abstract, paper.abstract), ?) > 0 OR instr(paper.authors, ?) > 0)",
                            arguments: [value, value, value])
    }

    /// A year as the four-digit prefix of a date, or ":" past 9999.
    private static func yearText(_ year: Int) -> String {
        year > 9_999 ? ":" : String(repeating: "0", count: max(0, 4 - String(max(0, year)).count)) + String(max(0, year))
    }

    private static func escapeLike(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
