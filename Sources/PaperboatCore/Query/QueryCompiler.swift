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
            // The read papers are a small set with an index of their own; unread is its complement.
            case .read: return "paper.id IN (SELECT id FROM paper WHERE read_at IS NOT NULL)"
            case .unread: return "paper.id NOT IN (SELECT id FROM paper WHERE read_at IS NOT NULL)"
            case .tagged: return "paper.id IN (SELECT paper_id FROM paper_tag)"
            case .noted: return "paper.id IN (SELECT paper_id FROM note)"
            }
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
        case let .category(name):
            args.append(name)
            return "paper.id IN (SELECT paper_id FROM paper_category WHERE name = ?)"
        }
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
