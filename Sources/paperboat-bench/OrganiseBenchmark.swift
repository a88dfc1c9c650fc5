import ArgumentParser
import Foundation
import PaperboatCore
import PaperboatUI

/// `paperboat-bench organise --db X`: first screen of filters and searches, and the
/// time to toggle a star or a tag, on a (large) library.
struct OrganiseBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "organise", abstract: "Time filters, searches, stars and tags.")

    @Option(help: "The library file.") var db: String
    @Option(help: "Repetitions per measurement.") var repeats = 20
    @Option(help: "Run only the filters containing this text.") var only: String?
    @Option(name: .customLong("query"), help: "A filter to time instead of the standard ones (repeatable).") var extra: [String] = []

    func run() throws {
        let store = try PaperStore(path: db)
        var model = try BrowserModel(store: store, height: 35, width: 120)
        print("library: \(db), \(model.libraryCount) papers")
        // Tag and star a few hundred papers spread over the library, as a reader would.
        let sample = try store.rankedIds(.all, limit: 400_000).enumerated().filter { $0.offset % 997 == 0 }.map(\.element)
        try store.addTags(["to-read"], to: Array(sample.prefix(300)))
        for id in sample.prefix(100) { try store.setStarred(id, true) }
        let standard = ["tag:to-read", "is:starred", "diffusion", "\"state space\" year:>=2024", "author:gu",
                       "cat:cs.CL is:unread", "tag:to-read -is:starred diffusion OR transformer",
                        // Capitals (smart case: each match's case checked), and broad sets combined.
                        "LLM", "Transformer", "cat:cs.CV year:2024", "diffusion year:>=2024",
                        // Several words: one FTS5 conjunction, however common each word is.
                        "state space model", "large language model", "tag:to-read language model",
                        "diffusion model year:>=2024"]
        let queries = extra.isEmpty ? standard : extra
        for text in queries where only.map({ text.contains($0) }) ?? true {
            var samples: [Double] = [], rankedSamples: [Double] = [], countedSamples: [Double] = []
            for _ in 0..<repeats {
                let (_, seconds) = Stopwatch.time {
                    model.handle(.character("/"))
                    model.handle(.control("u"))
                    for c in text { model.handle(.character(c)) }
                    model.handle(.enter)
                    _ = BrowserView.render(model)
                }
                samples.append(seconds)
                // A broad search is ranked on a worker meanwhile, and an expensive count
                // counted: time them to the screen that shows them.
                if let request = model.takeRankingRequest() {
                    let (_, ranking) = try Stopwatch.time {
                        let ids = try store.rankedIds(request.query, limit: RankedPageSource.cap)
                        let count = request.needsCount ? try store.paperCount(matching: request.query) : nil
                        model.receiveRanking(for: request.query, ids: ids, count: count)
                        _ = BrowserView.render(model)
                    }
                    rankedSamples.append(seconds + ranking)
                }
                if let query = model.takeCountRequest() {
                    let (_, counting) = try Stopwatch.time {
                        model.receiveCount(for: query, count: try store.paperCount(matching: query))
                        _ = BrowserView.render(model)
                    }
                    countedSamples.append(seconds + counting)
                }
            }
            let query = try QueryParser.parse(text)
            let plans = try (0..<repeats).map { _ in try Stopwatch.time { try store.plan(for: query, exactCount: false) } }
            let plan = plans[0].0
            print("filter \(text) -> \(model.matchingDescription) papers, first screen: \(Stopwatch.summary(samples))")
            if !rankedSamples.isEmpty { print("  ranked on the worker, on screen after: \(Stopwatch.summary(rankedSamples))") }
            if !countedSamples.isEmpty { print("  counted on the worker, on screen after: \(Stopwatch.summary(countedSamples))") }
            print("  plan: \(plan.countIsExact ? "" : "up to ")\(plan.count) matches, \(plan.walksList ? "walking the list" : "from a set"); planning and counting: \(Stopwatch.summary(plans.map(\.1)))")
            if let message = model.message, message.kind == .error { print("  error: \(message.text)") }
        }
        model.handle(.character("c"))
        var stars: [Double] = [], tags: [Double] = []
        for _ in 0..<repeats {
            stars.append(Stopwatch.time { model.handle(.character("s")); _ = BrowserView.render(model) }.1)
            tags.append(Stopwatch.time { model.handle(.character("1")); _ = BrowserView.render(model) }.1)
        }
        print("toggle star (key to screen): \(Stopwatch.summary(stars))")
        print("toggle tag 1 (key to screen): \(Stopwatch.summary(tags))")
        var storeOnly: [Double] = []
        for id in sample.prefix(repeats) { storeOnly.append(try Stopwatch.time { try store.toggleStar(id) }.1) }
        print("toggle star (store only): \(Stopwatch.summary(storeOnly))")
    }
}
