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
    /// The WHERE condition for `query`.
    public static func condition(_ query: Query) -> SQLCondition {
        var arguments: [(any DatabaseValueConvertible)?] = []
        let sql = compile(query, &arguments)
        return SQLCondition(sql: sql, arguments: StatementArguments(arguments))
    }

    /// An FTS5 expression of the query's top-level positive text terms, for ranking
    /// (`nil` when the query has none).
    public static func rankingMatch(_ query: Query) -> String? {
        var parts: [String] = []
        func collect(_ q: Query) {
            switch q {
            case let .and(items): items.forEach(collect)
            case let .text(value, _): parts.append(ftsString(value))
            case let .field(field, value): parts.append("\(column(field)) : \(ftsString(value))")
            default: break
            }
        }
        collect(query)
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
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

    private static func compile(_ query: Query, _ args: inout [(any DatabaseValueConvertible)?]) -> String {
        switch query {
        case .all:
            return "1"
        case let .and(items):
            return "(" + items.map { compile($0, &args) }.joined(separator: " AND ") + ")"
        case let .or(items):
            return "(" + items.map { compile($0, &args) }.joined(separator: " OR ") + ")"
        case let .not(inner):
            return "NOT " + compile(inner, &args)
        case let .text(value, _):
            var sql = "paper.id IN (" + (idSet(query, &args) ?? "") + ")"
            if value.contains(where: \.isUppercase) {
                // Smart case: capitals in the query make it case-sensitive.
                args.append(value)
                args.append(value)
                args.append(value)
                sql = "(\(sql) AND (instr(paper.title, ?) > 0 OR instr(paper.abstract, ?) > 0 OR instr(paper.authors, ?) > 0))"
            }
            return sql
        case .field, .tag, .category, .state(.starred), .state(.read), .state(.tagged), .state(.noted):
            return "paper.id IN (" + (idSet(query, &args) ?? "") + ")"
        case .state(.unread):
            return "paper.id NOT IN (" + readSet + ")"
        case let .year(comparison):
            // A range of date strings ("2024" <= date < "2025"), so the (date, id) index answers it;
            // ":" sorts just after "9", bounding "any later year".
            let (low, high): (String, String)
            switch comparison {
            case let .equal(y): (low, high) = (yearText(y), yearText(y + 1))
            case let .before(y): (low, high) = ("0", yearText(y))
            case let .after(y): (low, high) = (yearText(y + 1), ":")
            case let .atMost(y): (low, high) = ("0", yearText(y + 1))
            case let .atLeast(y): (low, high) = (yearText(y), ":")
            case let .between(a, b): (low, high) = (yearText(a), yearText(b + 1))
            }
            args.append(low)
            args.append(high)
            return "(paper.date >= ? AND paper.date < ? AND paper.date GLOB '[0-9][0-9][0-9][0-9]*')"
        }
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
            args.append("%" + escapeLike(value) + "%")
            return "SELECT rowid AS id FROM paper_ft WHERE paper_ft MATCH ?"
                + " UNION SELECT paper_id AS id FROM note WHERE body LIKE ? ESCAPE '\\'"
        case let .field(field, value):
            args.append("\(column(field)) : \(ftsString(value))")
            return "SELECT rowid AS id FROM paper_ft WHERE paper_ft MATCH ?"
        case let .tag(name):
            args.append(name)
            return "SELECT paper_id AS id FROM paper_tag JOIN tag ON tag.id = paper_tag.tag_id WHERE tag.name = ?"
        case let .category(name):
            args.append(name)
            return "SELECT paper_id AS id FROM paper_category WHERE name = ?"
        case .state(.starred):
            // The partial index, rather than walking the list order.
            return "SELECT id FROM paper WHERE starred_at IS NOT NULL"
        case .state(.read): return readSet
        case .state(.tagged): return "SELECT DISTINCT paper_id AS id FROM paper_tag"
        case .state(.noted): return "SELECT paper_id AS id FROM note"
        default: return nil
        }
    }

    /// A COUNT of the papers matching `query` that reads only id sets, never the paper rows
    /// (which at a million papers means hundreds of thousands of page reads fewer), when the
    /// query is a conjunction of such sets and their negations with at least one set (text
    /// with capitals and year ranges excepted); `nil` otherwise.
    public static func countFromSets(_ query: Query) -> SQLCondition? {
        let items: [Query]
        if case let .and(list) = query { items = list } else { items = [query] }
        var driver: (String, [(any DatabaseValueConvertible)?])?
        var filters: [(String, [(any DatabaseValueConvertible)?])] = []
        for item in items {
            var args: [(any DatabaseValueConvertible)?] = []
            var negated = false
            var inner = item
            if case let .not(wrapped) = item { negated = true; inner = wrapped }
            if inner == .state(.unread) { negated.toggle(); inner = .state(.read) }
            if case let .text(value, _) = inner, value.contains(where: \.isUppercase) { return nil }
            guard let set = idSet(inner, &args) else { return nil }
            if !negated && driver == nil {
                driver = (set, args)
            } else {
                filters.append(("s.id \(negated ? "NOT IN" : "IN") (\(set))", args))
            }
        }
        guard let driver else { return nil }
        var sql = "SELECT COUNT(*) FROM (\(driver.0)) AS s"
        var arguments = driver.1
        if !filters.isEmpty {
            sql += " WHERE " + filters.map(\.0).joined(separator: " AND ")
            for filter in filters { arguments += filter.1 }
        }
        return SQLCondition(sql: sql, arguments: StatementArguments(arguments))
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
