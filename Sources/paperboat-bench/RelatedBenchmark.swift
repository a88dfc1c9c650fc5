import ArgumentParser
import Foundation
import PaperboatCore
import PaperboatUI
import Similarity

/// `paperboat-bench related --data FILE`: build time, query latency, memory and
/// precision@10 by primary category, straight from a JSON-lines corpus.
struct RelatedBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "Measure the similarity engine: build, latency, memory, precision@10."
    )

    @Option(help: "JSON-lines corpus with primary_category (e.g. ../shared/data/arxiv-dev.jsonl).")
    var data: String

    @Option(help: "Papers to query (seeded random sample; 0 queries every paper).")
    var sample = 2_000

    @Option(help: "Random seed for the sample.")
    var seed: UInt64 = 42

    @Flag(help: "Also feed categories to the engine (as users get it); the default withholds them and feeds authors.")
    var withMetadata = false

    @Flag(help: "Withhold authors too (text alone).")
    var withoutAuthors = false

    @Option(help: "Weight of the author-profile cosines in the blend.")
    var authorWeight = QuerySettings().authorWeight

    @Flag(help: "Index papers in the file's order instead of a seeded shuffle (the dev set's order groups categories).")
    var fileOrder = false

    @Flag(help: "Disable bigrams (for the ablation table).")
    var noBigrams = false

    @Option(help: "Multiplier on bigram weights.")
    var bigramWeight = SimilarityIndex().bigramWeight

    @Option(help: "Exponent on idf.")
    var idfPower = SimilarityIndex().idfPower

    @Option(help: "Skip query terms found in more than this share of papers.")
    var maxShare = QuerySettings().maxQueryDocumentShare

    @Option(help: "Share of the score from the second-order embedding (0: off).")
    var embeddingWeight = QuerySettings().embeddingWeight

    @Option(help: "Candidates from the term index that the embedding re-ranks.")
    var candidates = QuerySettings().rerankCandidates

    @Option(help: "Exponent on term focus in the weights (0: plain TF-IDF).")
    var focusPower = SimilarityIndex().focusPower

    @Option(help: "Best first-round neighbours that expand the query's embedding (0: off).")
    var expansion = QuerySettings().expansionDocuments

    @Option(help: "Weight of those neighbours' mean embedding against the paper's own.")
    var expansionWeight = QuerySettings().expansionWeight

    @Option(help: "Pseudo-relevance feedback: first-round neighbours blended into the query (0: off).")
    var feedback = QuerySettings().feedbackDocuments

    @Option(help: "Postings read per query term, strongest first.")
    var postingBudget = QuerySettings().postingBudget

    @Flag(help: "Query the index in memory instead of its file.")
    var inMemory = false

    @Option(help: "Keep the index file here (default: a temporary file, removed afterwards).")
    var indexOut: String?

    func run() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: data)))
        var drafts: [PaperDraft] = []
        JSONLinesParser().parse(bytes) { if case let .paper(_, draft) = $0 { drafts.append(draft) } }
        let fed = withMetadata ? "categories and authors fed to the engine"
            : withoutAuthors ? "categories and authors withheld" : "categories withheld, authors fed to the engine"
        print("corpus: \(data), \(drafts.count) papers, \(fed)")

        // Papers are indexed in a seeded random order (ids stay their corpus positions), so
        // nothing that depends on the order papers were added can lean on the file's order:
        // the dev set follows the daily listings, which group papers by category.
        var order = Array(drafts.indices)
        if !fileOrder {
            var shuffler = SplitMix64(seed: seed ^ 0x5EED)
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(shuffler.next() % UInt64(i + 1)))
            }
        }
        var builder = IndexBuilder(bigrams: !noBigrams)
        let (_, buildTime) = Stopwatch.time {
            builder.addAll(order.map { i in
                let draft = drafts[i]
                let categories = withMetadata ? draft.categories.map { "cat:" + $0.lowercased() } : []
                let authors = withoutAuthors && !withMetadata ? [] : draft.authors.map { "au:" + $0.lowercased() }
                let extra = categories + authors
                return IndexBuilder.Text(id: Int64(i), title: draft.title, abstract: draft.abstract, extraTerms: extra)
            })
            builder.finish()
        }
        var index = builder.index
        index.bigramWeight = bigramWeight
        index.idfPower = idfPower
        index.focusPower = focusPower
        let (_, reprepare) = Stopwatch.time { index.prepare() }
        print(String(format: "prepare with these settings: %.2f s", reprepare))
        print(String(format: "build: %.2f s (%d terms)", buildTime, index.terms.count))
        let path = indexOut ?? NSTemporaryDirectory() + "paperboat-bench-\(getpid()).related"
        defer { if indexOut == nil { try? FileManager.default.removeItem(atPath: path) } }
        let (_, writeTime) = try Stopwatch.time { try IndexFile.write(index, tag: "bench", to: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "index file: %.1f MiB, written in %.2f s", Double(size) / 1_048_576, writeTime))
        print(String(format: "peak resident memory while building: %.1f MiB", Stopwatch.peakResidentMiB()))
        let titles = drafts.map(\.title), categories = drafts.map(\.primaryCategory)
        if inMemory {
            print("querying the index in memory")
            index.settings = settings
            try QueryBenchmark(index: index, ids: index.documentIds.sorted(), sample: sample, seed: seed, titles: titles,
                               categories: categories).run()
        } else {
            print("querying the index file (as the browser does)")
            var disk = try DiskIndex(path: path)
            disk.settings = settings
            try QueryBenchmark(index: disk, ids: disk.documentIds.sorted(), sample: sample, seed: seed, titles: titles,
                               categories: categories).run()
        }
    }

    var settings: QuerySettings {
        var settings = QuerySettings()
        settings.feedbackDocuments = feedback
        settings.maxQueryDocumentShare = maxShare
        settings.embeddingWeight = embeddingWeight
        settings.rerankCandidates = candidates
        settings.postingBudget = postingBudget
        settings.expansionDocuments = expansion
        settings.expansionWeight = expansionWeight
        settings.authorWeight = authorWeight
        return settings
    }
}

/// `paperboat-bench related-file --index FILE`: query latency, graphs and memory of an
/// index file as the browser uses it (for a library's `.related` file, e.g. at 1M papers).
struct RelatedFileBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related-file",
        abstract: "Measure queries on an index file (e.g. a 1M-paper library's .related file)."
    )

    @Option(help: "The index file (a library's .related file).") var index: String
    @Option(help: "Papers to query (seeded random sample).") var sample = 2_000
    @Option(help: "Random seed for the sample.") var seed: UInt64 = 42
    @Option(help: "Postings read per query term.") var postingBudget = QuerySettings().postingBudget

    func run() throws {
        let (opened, openTime) = try Stopwatch.time { try DiskIndex(path: index) }
        var disk = opened
        disk.settings.postingBudget = postingBudget
        print(String(format: "opened %@ (%d papers) in %.1f ms; resident %.1f MiB", index, disk.count, openTime * 1e3,
                     Stopwatch.residentMiB()))
        try QueryBenchmark(index: disk, ids: disk.documentIds, sample: sample, seed: seed, titles: nil, categories: nil).run()
    }
}

/// Related-query latency, precision@10 (when categories are known), graph timings and
/// memory, over a seeded sample of an index's papers. `titles` and `categories` are
/// indexed by paper id (the corpus position, as the related benchmark numbers papers).
struct QueryBenchmark<Index: RelatedIndex> {
    var index: Index
    /// The indexed papers' ids.
    var ids: [Int64]
    var sample: Int
    var seed: UInt64
    /// Titles by corpus position (for graph labels), when known.
    var titles: [String]?
    /// Primary categories by corpus position, when known.
    var categories: [String?]?

    func run() throws {
        var generator = SplitMix64(seed: seed)
        // A seeded sample (with repeats, as drawn), or with `sample` 0 every paper once.
        let picks = sample <= 0 ? ids : (0..<min(sample, ids.count)).map { _ in ids[Int(generator.next() % UInt64(ids.count))] }
        var latencies: [Double] = []
        var precision = CategoryPrecision()
        for pick in picks {
            let (neighbours, seconds) = Stopwatch.time { index.related(to: pick, k: 10) }
            latencies.append(seconds)
            guard let categories, let category = categories[Int(pick)] else { continue }
            precision.add(query: category, neighbours: neighbours.map { categories[Int($0.id)] })
        }
        print("related top-10 latency: \(Stopwatch.summary(latencies))")
        var graphTimes: [Double] = []
        var layoutTimes: [Double] = []
        var sizes: [Int] = []
        for pick in picks.prefix(200) {
            let (graph, seconds) = Stopwatch.time { NeighbourhoodGraph(index: index, origin: pick, depth: 2) }
            graphTimes.append(seconds)
            sizes.append(graph.nodes.count)
            let order = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($0.element.id, $0.offset) })
            let labels = graph.nodes.map { node in
                titles.map { GraphLabel.short($0[Int(node.id)]) } ?? "paper \(node.id)"
            }
            let edges = graph.edges.compactMap { e in order[e.source].flatMap { a in order[e.target].map { (a, $0) } } }
            let (_, layoutSeconds) = Stopwatch.time {
                GraphLayout(labels: labels, depths: graph.nodes.map(\.depth), edges: edges, height: 32, width: 64)
            }
            layoutTimes.append(layoutSeconds)
        }
        print("graph depth 2 (\(sizes.min() ?? 0)-\(sizes.max() ?? 0) papers): neighbourhood \(Stopwatch.summary(graphTimes))")
        print("graph layout 64x32: \(Stopwatch.summary(layoutTimes))")
        print("graph total: \(Stopwatch.summary(zip(graphTimes, layoutTimes).map { $0 + $1 }))")
        if categories != nil {
            print(String(format: "precision@10 by primary category: %.4f (%d queries)", precision.overall, picks.count))
            print("by the query's primary category (shortfall: its queries' misses over all neighbours, so the shortfalls add up to 1 − precision):")
            precision.report().forEach { print($0) }
        }
        print(String(format: "resident memory after the queries: %.1f MiB; peak of this process: %.1f MiB",
                     Stopwatch.residentMiB(), Stopwatch.peakResidentMiB()))
    }
}
