import Foundation

/// Precision@10 by primary category, overall and per category of the query, with each
/// category's shortfall (its queries' misses over all neighbours: its share of the queries
/// × what they miss, when every query has its 10), so the benchmark shows where precision
/// is lost and not only how much; the shortfalls add up to 1 − precision.
struct CategoryPrecision {
    private struct Tally {
        var queries = 0, hits = 0, total = 0
        var precision: Double { Double(hits) / Double(max(1, total)) }

        static func + (a: Tally, b: Tally) -> Tally {
            Tally(queries: a.queries + b.queries, hits: a.hits + b.hits, total: a.total + b.total)
        }
    }

    private var tallies: [String: Tally] = [:]
    private var queries = 0

    /// Counts one query of `category` whose neighbours had these categories.
    mutating func add(query category: String, neighbours: [String?]) {
        queries += 1
        let hits = neighbours.filter { $0 == category }.count
        tallies[category, default: Tally()] = tallies[category, default: Tally()]
            + Tally(queries: 1, hits: hits, total: neighbours.count)
    }

    /// Share of all neighbours that have their query's category.
    var overall: Double {
        tallies.values.reduce(Tally(), +).precision
    }

    /// One line per category with at least `minimumShare` of the queries, most queries
    /// first, then one line for the rest together.
    func report(minimumShare: Double = 0.01) -> [String] {
        let count = Double(max(1, queries))
        let neighbours = Double(max(1, tallies.values.reduce(0) { $0 + $1.total }))
        let sorted = tallies.sorted { ($0.value.queries, $1.key) > ($1.value.queries, $0.key) }
        let shown = sorted.filter { Double($0.value.queries) / count >= minimumShare }
        let rest = sorted.dropFirst(shown.count).map(\.value).reduce(Tally(), +)
        func line(_ name: String, _ tally: Tally) -> String {
            let share = Double(tally.queries) / count
            return "  " + name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(format: " %5.1f%% of queries  p@10 %.3f  shortfall %.3f", share * 100, tally.precision,
                         Double(tally.total - tally.hits) / neighbours)
        }
        var lines = shown.map { line($0.key, $0.value) }
        if rest.queries > 0 { lines.append(line("the other \(sorted.count - shown.count)", rest)) }
        return lines
    }
}
