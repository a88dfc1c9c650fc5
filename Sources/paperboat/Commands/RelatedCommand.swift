import ArgumentParser
import Foundation
import PaperboatCore
import PaperboatUI
import Similarity

/// `paperboat related ID...`: the papers most related to each, with the shared terms.
struct RelatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "Print the papers most related to each given paper, and why (the shared terms)."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "How many related papers per id.")
    var k = 10

    @Flag(help: "One JSON object per line: {\"id\", \"related\": [{\"id\", \"score\", \"terms\"}]}.")
    var json = false

    @Flag(help: "Under each related paper, its score's parts (shared words, topic, authors; they add up to the score before it is clamped to 0...1), then its ten strongest shared terms with their weights (each term's share of the term cosine).")
    var explain = false

    @Argument(help: "Paper ids, or - to read ids from standard input (one per line).")
    var ids: [String]

    func validate() throws {
        if k < 1 { throw ValidationError("--k must be at least 1") }
        if ids.isEmpty { throw ValidationError("give at least one id, or - for standard input") }
    }

    func run() throws {
        let store = try library.open()
        let index = try RelatedIndexLoader.load(store)
        var failed = false
        for id in expandedIds() {
            guard let paper = try store.paper(key: id), let rowId = paper.id else {
                Console.warn("no paper with id \(id)")
                failed = true
                continue
            }
            let neighbours = index.related(to: rowId, k: k, explain: explain ? 10 : 5)
            let papers = try store.summaries(ids: neighbours.map(\.id))
            // The shared terms spelt as the two papers write them (`words`, and the text output).
            let details = try store.textsAndAuthors(ids: neighbours.map(\.id) + [rowId])
            var speller = TermSpeller()
            if json {
                let related = neighbours.compactMap { n in
                    papers[n.id].map {
                        let texts = [details[n.id]?.text, details[rowId]?.text].compactMap { $0 }
                        return RelatedJSON.Entry(id: $0.key, score: (n.score * 10_000).rounded() / 10_000,
                                                 terms: n.terms.map(\.term), words: speller.readable(n.terms.map(\.term), in: texts))
                    }
                }
                try Console.json(RelatedJSON(id: paper.key, related: related))
            } else {
                Console.say("\(paper.key)  \(TeXText.plain(paper.title))")
                for n in neighbours {
                    guard let other = papers[n.id] else { continue }
                    let texts = [details[n.id]?.text, details[rowId]?.text].compactMap { $0 }
                    let row = RelatedRow(n, key: other.key, title: other.title, isStarred: other.isStarred, isRead: other.isRead,
                                         sharedAuthors: RelatedRow.shared(details[n.id]?.authors ?? [], with: details[rowId]?.authors ?? []),
                                         texts: texts, speller: &speller)
                    let terms = row.reasons.prefix(4).joined(separator: ", ")
                    Console.say(String(format: "  %.3f  ", n.score) + "\(other.key)  \(TeXText.plain(other.title))  [\(terms)]")
                    if explain {
                        let parts = n.parts
                        Console.say("         " + String(format: "words %.4f + topic %.4f + authors %.4f", parts.words, parts.topic, parts.authors))
                        // Every shared term with its raw weight, the metadata terms too.
                        let words = speller.readable(n.terms.map(\.term), in: texts)
                        let weighed = zip(words, n.terms).map { word, term in word + String(format: " %.4f", term.weight) }
                        Console.say("         " + weighed.joined(separator: "  "))
                    }
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The ids from the arguments, with `-` replaced by the lines of standard input.
    private func expandedIds() -> [String] {
        ids.flatMap { id -> [String] in
            guard id == "-" else { return [id] }
            var lines: [String] = []
            while let line = readLine() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { lines.append(trimmed) }
            }
            return lines
        }
    }
}

/// The `related --json` line.
struct RelatedJSON: Encodable {
    struct Entry: Encodable {
        var id: String
        var score: Float
        /// The index's own terms (stems, `a_b` bigrams, `au:` names), strongest first.
        var terms: [String]
        /// The same terms as the papers write them ("diffusion models" for `diffus_model`).
        var words: [String]
    }
    var id: String
    var related: [Entry]
}

/// Loads the related index for a command, showing progress when it must be (re)built.
enum RelatedIndexLoader {
    static func load(_ store: PaperStore) throws -> any RelatedIndex {
        let bar = ProgressBar()
        let (index, refresh) = try RelatedIndexStore(store: store).current { done, total in
            bar.update(file: "related-papers index", done: done, total: total)
        }
        switch refresh {
        case .current: break
        case let .extended(added): Console.warn("Related-papers index: added \(CountText.counted(added, "paper")).")
        case let .rebuilt(reason): Console.warn("Related-papers index rebuilt (\(reason)): \(CountText.counted(index.count, "paper")).")
        }
        return index
    }
}
