/// Parses the query language into a ``Query``. Never crashes on any input: anything
/// malformed becomes a ``QueryError`` that says what and where.
public struct QueryParser {
    private enum Token: Equatable {
        case word(String, Int)
        case phrase(String, Int)
        case open(Int), close(Int), minus(Int)
        case or(Int)

        var position: Int {
            switch self {
            case let .word(_, p), let .phrase(_, p), let .open(p), let .close(p), let .minus(p), let .or(p): return p
            }
        }
    }

    /// The longest query accepted, in characters.
    public static let maxLength = 2_000
    /// How deep parentheses and negations may nest.
    public static let maxDepth = 32

    /// The names `field:` may take (`category` and `key` are `cat` and `id` spelt out).
    static let fieldNames: Set<String> = ["tag", "id", "key", "added", "cat", "category", "author", "title",
                                          "abstract", "is", "year"]

    private var tokens: [Token] = []
    private var index = 0
    private var depth = 0
    /// Inside `field:( … )`: the field each bare word and phrase of the group is in.
    private var groupField: String?
    private let length: Int

    private init(length: Int) {
        self.length = length
    }

    /// Parses `text`.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        let characters = Array(text)
        guard characters.count <= maxLength else {
            throw QueryError("query is longer than \(maxLength) characters", at: maxLength)
        }
        var parser = QueryParser(length: characters.count)
        parser.tokens = try tokenize(characters)
        if parser.tokens.isEmpty { return .all }
        let query = try parser.parseOr()
        if parser.index < parser.tokens.count {
            let token = parser.tokens[parser.index]
            throw QueryError(token == .close(token.position) ? "unmatched )" : "unexpected input", at: token.position)
        }
        return query
    }

    private static func tokenize(_ chars: [Character]) throws(QueryError) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c == "(" { tokens.append(.open(i)); i += 1; continue }
            if c == ")" { tokens.append(.close(i)); i += 1; continue }
            if c == "-", i + 1 < chars.count, !chars[i + 1].isWhitespace, tokens.last.map({ if case .minus = $0 { return false } else { return true } }) ?? true {
                tokens.append(.minus(i)); i += 1; continue
            }
            if c == "\"" {
                let start = i
                tokens.append(.phrase(try quoted(chars, at: &i), start))
                continue
            }
            let start = i
            var value = ""
            while i < chars.count, !chars[i].isWhitespace, chars[i] != "(", chars[i] != ")" {
                if chars[i] == "\"" {
                    // field:"quoted value"
                    guard value.hasSuffix(":") else { break }
                    value += "\"" + (try quoted(chars, at: &i)) + "\""
                    continue
                }
                value.append(chars[i])
                i += 1
            }
            tokens.append(value == "OR" ? .or(start) : .word(value, start))
        }
        return tokens
    }

    /// The text between the quote at `i` and the next one; `i` ends past the closing quote.
    private static func quoted(_ chars: [Character], at i: inout Int) throws(QueryError) -> String {
        let start = i
        i += 1
        var value = ""
        while i < chars.count && chars[i] != "\"" { value.append(chars[i]); i += 1 }
        guard i < chars.count else { throw QueryError("unclosed quote", at: start) }
        i += 1
        return value
    }

    private mutating func parseOr() throws(QueryError) -> Query {
        var parts = [try parseAnd()]
        while index < tokens.count, case let .or(position) = tokens[index] {
            index += 1
            guard index < tokens.count, !isEnd(tokens[index]) else { throw QueryError("OR needs something after it", at: position) }
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private func isEnd(_ token: Token) -> Bool {
        if case .close = token { return true }
        if case .or = token { return true }
        return false
    }

    private mutating func parseAnd() throws(QueryError) -> Query {
        var parts: [Query] = []
        while index < tokens.count, !isEnd(tokens[index]) {
            parts.append(try parseUnary())
        }
        guard !parts.isEmpty else {
            throw QueryError(index < tokens.count ? "OR needs something before it" : "empty query", at: index < tokens.count ? tokens[index].position : length)
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseUnary() throws(QueryError) -> Query {
        let token = tokens[index]
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw QueryError("query nests too deeply", at: token.position) }
        switch token {
        case let .minus(position):
            index += 1
            guard index < tokens.count, !isEnd(tokens[index]) else { throw QueryError("- needs a term after it", at: position) }
            return .not(try parseUnary())
        case let .open(position):
            index += 1
            guard index < tokens.count, !isEnd(tokens[index]) || tokens[index] != .close(tokens[index].position) else {
                throw QueryError("empty parentheses", at: position)
            }
            let inner = try parseOr()
            guard index < tokens.count, case .close = tokens[index] else { throw QueryError("unclosed (", at: position) }
            index += 1
            return inner
        case let .phrase(value, position):
            index += 1
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw QueryError("empty quotes", at: position) }
            if let groupField {
                // Placed so that an error in the value points at the phrase itself.
                return try Self.term(groupField + ":\"" + trimmed + "\"", at: position - groupField.count - 1)
            }
            return .text(trimmed, phrase: true)
        case let .word(value, position):
            index += 1
            if value.count > 1, value.hasSuffix(":"), index < tokens.count, tokens[index] == .open(position + value.count) {
                return try parseFieldGroup(String(value.dropLast()).lowercased(), at: position)
            }
            if let groupField {
                if let colon = value.firstIndex(of: ":"), Self.fieldNames.contains(value[..<colon].lowercased()) {
                    throw QueryError("a field inside \(groupField):( ) — write \(value) outside the parentheses", at: position)
                }
                return try Self.term(groupField + ":" + value, at: position - groupField.count - 1)
            }
            return try Self.term(value, at: position)
        case let .close(position), let .or(position):
            throw QueryError("unexpected \(token == .close(position) ? ")" : "OR")", at: position)
        }
    }

    /// `field:( … )`: the group that follows, each bare word and phrase in it read as
    /// `field:word` (`title:(graph OR "neural field")`, `tag:(a OR b)`, `-is:(read OR noted)`).
    private mutating func parseFieldGroup(_ name: String, at position: Int) throws(QueryError) -> Query {
        guard Self.fieldNames.contains(name) else {
            throw Self.unknownField(name, at: position)
        }
        if let groupField {
            throw QueryError("fields do not nest: \(name):( inside \(groupField):( )", at: position)
        }
        groupField = name
        defer { groupField = nil }
        return try parseUnary()
    }

    private static func unknownField(_ name: String, at position: Int) -> QueryError {
        QueryError("unknown field \(name): (fields: tag, is, author, title, abstract, year, cat, id, added)", at: position)
    }

    /// A bare word or a `field:value` term.
    private static func term(_ word: String, at position: Int) throws(QueryError) -> Query {
        // An arXiv id pasted in (bare, with a version, arXiv: or an arxiv.org link) is that paper.
        if let arxiv = PaperIdentity.normalizedArxivId(word) { return .key(arxiv) }
        guard let colon = word.firstIndex(of: ":"), colon != word.startIndex else { return .text(word, phrase: false) }
        let name = word[..<colon].lowercased()
        var value = String(word[word.index(after: colon)...])
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        let valuePosition = position + name.count + 1
        guard !value.isEmpty else { throw QueryError("\(name): needs a value", at: valuePosition) }
        switch name {
        case "tag": return .tag(value)
        case "id", "key": return .key(PaperIdentity.normalizedArxivId(value) ?? value.lowercased())
        case "added": return .added(days: try days(value, at: valuePosition))
        case "cat", "category": return .category(value)
        case "author", "title", "abstract":
            return .field(Query.TextField(rawValue: name == "author" ? "author" : name) ?? .title, value)
        case "is":
            guard let state = Query.PaperState(rawValue: value.lowercased()) else {
                throw QueryError("is: takes starred, read, unread, tagged or noted", at: valuePosition)
            }
            return .state(state)
        case "year": return .year(try year(value, at: valuePosition))
        default:
            // Not a known field: treat URLs and the like as text, but flag likely typos.
            if name.allSatisfy(\.isLetter) && name.count <= 10 && !value.hasPrefix("//") {
                throw Self.unknownField(name, at: position)
            }
            return .text(word, phrase: false)
        }
    }

    /// `today`, `7d` (days) or `4w` (weeks), as a number of days.
    private static func days(_ value: String, at position: Int) throws(QueryError) -> Int {
        let text = value.lowercased()
        if text == "today" { return 1 }
        if let unit = text.last, unit == "d" || unit == "w", let n = Int(text.dropLast()), (1...36_500).contains(n) {
            return unit == "w" ? n * 7 : n
        }
        throw QueryError("added: takes today, a number of days or weeks (added:7d, added:4w)", at: position)
    }

    private static func year(_ value: String, at position: Int) throws(QueryError) -> Query.YearComparison {
        func number(_ text: Substring) throws(QueryError) -> Int {
            guard let n = Int(text), (1000...9999).contains(n) else {
                throw QueryError("year: needs a four-digit year, like year:>=2024 or year:2020..2022", at: position)
            }
            return n
        }
        if let range = value.range(of: "..") {
            // Open ends: `2024..` from 2024 on, `..2022` up to 2022.
            if range.upperBound == value.endIndex, range.lowerBound != value.startIndex {
                return .atLeast(try number(value[..<range.lowerBound]))
            }
            if range.lowerBound == value.startIndex, range.upperBound != value.endIndex {
                return .atMost(try number(value[range.upperBound...]))
            }
            let low = try number(value[..<range.lowerBound]), high = try number(value[range.upperBound...])
            guard low <= high else { throw QueryError("year range is backwards", at: position) }
            return .between(low, high)
        }
        if value.hasPrefix(">=") { return .atLeast(try number(value.dropFirst(2))) }
        if value.hasPrefix("<=") { return .atMost(try number(value.dropFirst(2))) }
        if value.hasPrefix(">") { return .after(try number(value.dropFirst())) }
        if value.hasPrefix("<") { return .before(try number(value.dropFirst())) }
        if value.hasPrefix("=") { return .equal(try number(value.dropFirst())) }
        return .equal(try number(Substring(value)))
    }
}
