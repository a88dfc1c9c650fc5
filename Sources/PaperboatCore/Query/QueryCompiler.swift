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
            args.append(ftsString(value))
            args.append("%" + escapeLike(value) + "%")
            var sql = "(paper.id IN (SELECT rowid FROM paper_ft WHERE paper_ft MATCH ?)"
                + " OR paper.id IN (SELECT paper_id FROM note WHERE body LIKE ? ESCAPE '\\'))"
            if value.contains(where: \.isUppercase) {
                // Smart case: capitals in the query make it case-sensitive.
                args.append(value)
                args.append(value)
                args.append(value)
                sql = "(\(sql) AND (instr(paper.title, ?) > 0 OR instr(paper.abstract, ?) > 0 OR instr(paper.authors, ?) > 0))"
            }
            return sql
        case let .field(field, value):
            args.append("\(column(field)) : \(ftsString(value))")
            return "paper.id IN (SELECT rowid FROM paper_ft WHERE paper_ft MATCH ?)"
        case let .tag(name):
            args.append(name)
            return "paper.id IN (SELECT paper_id FROM paper_tag JOIN tag ON tag.id = paper_tag.tag_id WHERE tag.name = ?)"
        case let .state(state):
            switch state {
            // As an id set, so the planner reads the partial index instead of walking the list order.
            case .starred: return "paper.id IN (SELECT id FROM paper WHERE starred_at IS NOT NULL)"
            case .read: return "paper.read_at IS NOT NULL"
            case .unread: return "paper.read_at IS NULL"
            case .tagged: return "paper.id IN (SELECT paper_id FROM paper_tag)"
            case .noted: return "paper.id IN (SELECT paper_id FROM note)"
            }
        case let .year(comparison):
            let year = "CAST(substr(paper.date, 1, 4) AS INTEGER)"
            let known = "paper.date GLOB '[0-9][0-9][0-9][0-9]-*'"
            switch comparison {
            case let .equal(y): args.append(y); return "(\(known) AND \(year) = ?)"
            case let .before(y): args.append(y); return "(\(known) AND \(year) < ?)"
            case let .after(y): args.append(y); return "(\(known) AND \(year) > ?)"
            case let .atMost(y): args.append(y); return "(\(known) AND \(year) <= ?)"
            case let .atLeast(y): args.append(y); return "(\(known) AND \(year) >= ?)"
            case let .between(a, b): args.append(a); args.append(b); return "(\(known) AND \(year) BETWEEN ? AND ?)"
            }
        case let .category(name):
            args.append(name)
            return "EXISTS (SELECT 1 FROM json_each(paper.categories) WHERE value = ? COLLATE NOCASE)"
        }
    }

    private static func escapeLike(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
