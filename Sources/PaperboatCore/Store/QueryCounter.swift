import GRDB

/// Exact counts of queries that avoid building large sets, which is what costs at a million
/// papers (a 300,000-entry set takes 50 ms to build; counting it, 10):
/// - text: the FTS5 count, plus the papers only their notes match; years from the date index;
/// - an OR of words: one FTS5 expression; any other OR: each branch less the earlier ones,
///   the largest first (|A ∪ B| = |A| + |B ∖ A|, the small branches checked one paper at a time);
/// - AND: the smallest set drives and the rest is checked on its papers; a large set less
///   small ones is counted as |P| − |P ∩ N| from the small side; sets of like sizes intersect.
///
/// With a check budget, a count that would check more papers one at a time (or build more
/// set entries, fifteen to a check) throws ``TooCostly``; ``bound(_:)`` then gives an upper
/// bound from set sizes alone.
struct QueryCounter {
    /// The exact count would exceed the budget.
    struct TooCostly: Error {}

    let db: Database
    /// Papers that may be checked one at a time (nil: no limit).
    let checkBudget: Int?
    private var memo: [String: Int] = [:]
    private var bounds: [String: Int] = [:]

    init(db: Database, checkBudget: Int? = nil) {
        self.db = db
        self.checkBudget = checkBudget
    }

    /// The top-level conditions of a query (its AND's items, or itself), its plain words
    /// (two or more) as one: an AND of them, which the FTS index answers as one set.
    static func conjuncts(of query: Query) -> [Query] {
        guard case let .and(items) = query else { return [query] }
        let words = items.filter(QueryCompiler.isPlainWord)
        guard words.count >= 2, let first = items.firstIndex(where: QueryCompiler.isPlainWord) else { return items }
        var grouped: [Query] = []
        for (i, item) in items.enumerated() {
            if i == first { grouped.append(.and(words)) } else if !QueryCompiler.isPlainWord(item) { grouped.append(item) }
        }
        return grouped
    }

    /// Whether `items` are two or more plain words and nothing else (an AND the FTS index
    /// answers alone).
    static func isWordGroup(_ items: [Query]) -> Bool {
        items.count >= 2 && items.allSatisfy(QueryCompiler.isPlainWord)
    }

    /// Whether `query` is a group of plain words (see ``conjuncts(of:)``).
    static func isGroup(_ query: Query) -> Bool {
        if case let .and(items) = query { return isWordGroup(items) }
        return false
    }

    /// The positions of `items` with word groups last (they are counted only as far as the
    /// other items' sizes make matter).
    static func groupsLast(_ items: [Query]) -> [Int] {
        items.indices.filter { !isGroup(items[$0]) } + items.indices.filter { isGroup(items[$0]) }
    }

    /// How many papers match the word group `group`, or `cap + 1` when more do: its FTS5
    /// conjunction is counted only that far.
    mutating func size(ofGroup group: Query, upTo cap: Int) throws -> Int {
        let key = String(describing: group)
        if let known = memo[key] { return min(known, cap + 1) }
        guard case let .and(words) = group, let exact = try groupCount(words, upTo: cap) else { return cap + 1 }
        memo[key] = exact
        return min(exact, cap + 1)
    }

    /// The papers matching every one of `words` (plain words): their FTS5 conjunction's
    /// count, plus the papers only their notes make match; `nil` when the conjunction alone
    /// passes `cap` (it is then counted no further).
    private func groupCount(_ words: [Query], upTo cap: Int? = nil) throws -> Int? {
        let conjunction = QueryCompiler.wordConjunction(words)
        let indexed = try cap.map {
            try scalar("SELECT COUNT(*) FROM (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? LIMIT ?)", [conjunction, $0 + 1])
        } ?? scalar("SELECT COUNT(*) FROM paper_ft WHERE paper_ft MATCH ?", [conjunction])
        if let cap, indexed > cap { return nil }
        let probe = QueryCompiler.condition(.and(words), style: .probes)
        let noted = try scalar("""
            SELECT COUNT(*) FROM note CROSS JOIN paper ON paper.id = note.paper_id WHERE \(probe.sql)
            AND NOT EXISTS (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? AND paper_ft.rowid = paper.id)
            """, probe.arguments + StatementArguments([conjunction]))
        return indexed + noted
    }

    /// The conditions of `items` other than the driver at `index`, as checks on a paper; a
    /// driver that is text with capitals (driving by its case-folded set) keeps its case check.
    static func check(beside index: Int, exact: Bool, in items: [Query]) -> SQLCondition {
        var parts = items.enumerated().filter { $0.offset != index }.map { QueryCompiler.condition($0.element, style: .probes) }
        if !exact, let caseCheck = QueryCompiler.caseCheck(of: items[index]) { parts.append(caseCheck) }
        return QueryCompiler.conjunction(parts)
    }

    /// How many papers match `query`.
    mutating func count(_ query: Query) throws -> Int {
        let key = String(describing: query)
        if let known = memo[key] { return known }
        let value = try compute(query)
        memo[key] = value
        return value
    }

    /// An upper bound of the count from set sizes alone (exact when the count is cheap).
    mutating func bound(_ query: Query) throws -> Int {
        let key = String(describing: query)
        if let known = memo[key] ?? bounds[key] { return known }
        let value: Int
        switch query {
        case let .text(value, phrase) where value.contains(where: \.isUppercase):
            return try bound(.text(value.lowercased(), phrase: phrase))
        case let .or(items):
            value = min(try papers(), try items.reduce(0) { $0 + (try bound($1)) })
        case let .and(items) where Self.isWordGroup(items):
            value = try count(query)
        case .and:
            // The least of the items' bounds; a word group counted only as far as the others'.
            let items = Self.conjuncts(of: query)
            var least = try papers()
            for item in items where !Self.isGroup(item) {
                if case .not = item { continue }
                least = min(least, try bound(item))
            }
            for item in items where Self.isGroup(item) { least = min(least, try size(ofGroup: item, upTo: least)) }
            value = least
        case .not:
            value = try papers()
        default:
            // A leaf: its exact count is a set count (text by its FTS count), never costly.
            value = try count(query)
        }
        bounds[key] = value
        return value
    }

    private mutating func compute(_ query: Query) throws -> Int {
        switch query {
        case .all:
            return try papers()
        case let .text(value, _) where !value.contains(where: \.isUppercase):
            let fts = QueryCompiler.ftsString(value), like = QueryCompiler.likePattern(value)
            return try scalar("""
                SELECT (SELECT COUNT(*) FROM paper_ft WHERE paper_ft MATCH ?)
                     + (SELECT COUNT(*) FROM note WHERE body LIKE ? ESCAPE '\\'
                        AND NOT EXISTS (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? AND paper_ft.rowid = note.paper_id))
                """, [fts, like, fts])
        case let .or(items):
            if let words = Self.wordsOnly(items) {
                return try scalar("""
                    SELECT (SELECT COUNT(*) FROM paper_ft WHERE paper_ft MATCH ?)
                         + (SELECT COUNT(*) FROM note WHERE (\(words.likes.map { _ in "body LIKE ? ESCAPE '\\'" }.joined(separator: " OR ")))
                            AND NOT EXISTS (SELECT 1 FROM paper_ft WHERE paper_ft MATCH ? AND paper_ft.rowid = note.paper_id))
                    """, [words.expression] + words.likes.map { $0 } + [words.expression])
            }
            let sizes = try items.map { try count($0) }
            let order = items.indices.sorted { sizes[$0] > sizes[$1] }
            var total = sizes[order[0]]
            for (n, i) in order.enumerated().dropFirst() {
                total += try count(.and(Self.conjuncts(of: items[i]) + order.prefix(n).map { .not(items[$0]) }))
            }
            return total
        default:
            return try countConjunction(Self.conjuncts(of: query))
        }
    }

    /// A conjunction: the smallest set drives; a large set less small ones is counted from
    /// the small side; conditions of like-sized sets are intersected as sets.
    private mutating func countConjunction(_ items: [Query]) throws -> Int {
        if items.count == 1, case let .and(words) = items[0], Self.isWordGroup(words) {
            return try groupCount(words) ?? 0
        }
        if items.count == 1, let only = QueryCompiler.set(of: items[0]) {
            return try count(of: only)
        }
        // Candidate drivers: the sets, and text with capitals by its case-folded set (which
        // then keeps its case check).
        var sets: [(index: Int, set: SQLCondition, size: Int, exact: Bool)] = []
        // Word groups last, counted only as far as matters: past five times the smallest other
        // set, a group neither drives nor intersects as a set.
        for i in Self.groupsLast(items) {
            let item = items[i]
            if Self.isGroup(item), let smallest = sets.map(\.size).min(), let set = QueryCompiler.set(of: item) {
                sets.append((i, set, try size(ofGroup: item, upTo: 5 * smallest), true))
            } else if let set = QueryCompiler.set(of: item) {
                sets.append((i, set, try count(item), true))
            } else if let folded = QueryCompiler.caseFoldedSet(of: item), case let .text(value, phrase) = item {
                sets.append((i, folded, try count(.text(value.lowercased(), phrase: phrase)), false))
            }
        }
        guard let driver = sets.min(by: { $0.size < $1.size }) else {
            // Only negations of sets: all papers less their union.
            if let removed = Self.negatedSets(items) {
                return try papers() - count(of: removed)
            }
            // Nothing to start from: one pass over the papers.
            try spend(checks: try papers())
            let probe = QueryCompiler.condition(.and(items), style: .probes)
            return try scalar("SELECT COUNT(*) FROM paper WHERE \(probe.sql)", probe.arguments)
        }
        let rest = items.enumerated().filter { $0.offset != driver.index }.map(\.element)
        if rest.isEmpty && driver.exact { return driver.size }
        // |P ∖ N| = |P| − |N ∩ P| when every other condition is a negation of a set, and
        // those sets are small beside P: counted from the small side.
        if driver.exact, let removed = Self.negatedSets(rest) {
            let limit = max(1, driver.size / 4)
            let small = try scalar("SELECT COUNT(*) FROM (SELECT 1 FROM (\(removed.sql)) LIMIT ?)",
                                   removed.arguments + StatementArguments([limit]))
            if small < limit {
                try spend(checks: small)
                let probe = QueryCompiler.condition(items[driver.index], style: .probes)
                let overlap = try scalar("""
                    SELECT COUNT(*) FROM (\(removed.sql)) AS n JOIN paper ON paper.id = n.id WHERE \(probe.sql)
                    """, removed.arguments + probe.arguments)
                return driver.size - overlap
            }
        }
        let total = sets.reduce(0) { $0 + $1.size }
        if driver.exact, let whole = QueryCompiler.set(of: .and(items)), total <= 5 * driver.size {
            // Sets of like sizes: intersected as sets, no paper row read (a row costs about
            // five set entries).
            try spend(checks: total / 15)
            return try count(of: whole)
        }
        // The smallest set's papers, checked for the rest.
        try spend(checks: driver.size)
        let check = Self.check(beside: driver.index, exact: driver.exact, in: items)
        return try scalar("""
            SELECT COUNT(*) FROM (\(driver.set.sql)) AS s JOIN paper ON paper.id = s.id WHERE \(check.sql)
            """, driver.set.arguments + check.arguments)
    }

    /// Throws when `checks` papers checked one at a time exceed the budget.
    private func spend(checks: Int) throws {
        if let checkBudget, checks > checkBudget { throw TooCostly() }
    }

    /// The union of the sets that `items` negate, when every item is such a negation (or
    /// `is:unread`, the complement of the read papers).
    static func negatedSets(_ items: [Query]) -> SQLCondition? {
        var parts: [Query] = []
        for item in items {
            if case let .not(inner) = item { parts.append(inner) } else if item == .state(.unread) { parts.append(.state(.read)) } else { return nil }
        }
        return QueryCompiler.set(of: parts.count == 1 ? parts[0] : .or(parts))
    }

    /// The FTS5 expression and note patterns of an OR whose items are all plain words and
    /// field terms, or `nil`.
    private static func wordsOnly(_ items: [Query]) -> (expression: String, likes: [String])? {
        var expressions: [String] = [], likes: [String] = []
        for item in items {
            switch item {
            case let .text(value, _) where !value.contains(where: \.isUppercase):
                expressions.append("(" + QueryCompiler.ftsString(value) + ")")
                likes.append(QueryCompiler.likePattern(value))
            case let .field(field, value):
                expressions.append("(" + QueryCompiler.ftsTerm(field, value) + ")")
            default:
                return nil
            }
        }
        // A field term has no note side: an impossible pattern keeps the note count at zero.
        if likes.isEmpty { likes = ["\u{0}"] }
        return (expressions.joined(separator: " OR "), likes)
    }

    /// The papers in the library (kept by triggers).
    private func papers() throws -> Int {
        try Int.fetchOne(db, sql: StoreMigrations.paperCountSQL) ?? scalar("SELECT COUNT(*) FROM paper", [])
    }

    private func count(of set: SQLCondition) throws -> Int {
        try scalar("SELECT COUNT(*) FROM (\(set.sql))", set.arguments)
    }

    private func scalar(_ sql: String, _ arguments: StatementArguments) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }

    private func scalar(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Int {
        try scalar(sql, StatementArguments(arguments))
    }
}
