import ArgumentParser
import Foundation
import PaperboatCore
import Similarity

/// `paperboat recommend (--tag T | --starred)`
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Papers like the ones with a tag, or the starred ones, ranked over the whole library."
    )
    @OptionGroup var library: LibraryOptions
    @Option(help: "Recommend from the papers with this tag.") var tag: String?
    @Flag(help: "Recommend from the starred papers.") var starred = false
    @Option(help: "Keep only papers from the last N days (by their date).") var days: Int?
    @Option(help: "How many.") var limit = 20
    @Flag(help: "One JSON object per line.") var json = false

    func validate() throws {
        if (tag == nil) == !starred { throw ValidationError("give exactly one of --tag T or --starred") }
    }

    func run() throws {
        let store = try library.open()
        let seedQuery: Query = tag.map { .tag($0) } ?? .state(.starred)
        let seeds = try store.search(seedQuery, limit: 10_000).compactMap(\.id)
        guard !seeds.isEmpty else { throw CLIError(tag.map { "no papers tagged \($0)" } ?? "no starred papers") }
        let tagged = Set(try store.search(.state(.tagged), limit: 1_000_000).compactMap(\.id))
        let index = try RelatedIndexLoader.load(store)
        // With --days, only papers dated within the window compete for the places.
        let recent = try days.map { try store.ids(datedSince: PaperStore.day($0, before: Date())) }
        let results = index.recommend(for: seeds, k: limit, explain: 5, excluded: tagged, include: { recent?.contains($0) ?? true })
        let papers = try store.summaries(ids: results.map(\.id))
        let texts = try store.texts(ids: results.map(\.id))
        for result in results.prefix(limit) {
            guard let paper = papers[result.id] else { continue }
            let words = TermWords.readable(result.terms.map(\.term), in: texts[result.id].map { [$0] } ?? [])
            if json {
                try Console.json(RelatedJSON.Entry(id: paper.key, score: (result.score * 10_000).rounded() / 10_000,
                                                   terms: result.terms.map(\.term), words: words))
            } else {
                Console.say(String(format: "%.3f  ", result.score) + "\(paper.key)  \(TeXText.plain(paper.title))  ["
                            + words.prefix(4).joined(separator: ", ") + "]")
            }
        }
    }
}
