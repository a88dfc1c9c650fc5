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

    @Option(help: "Papers to query (seeded random sample).")
    var sample = 2_000

    @Option(help: "Random seed for the sample.")
    var seed: UInt64 = 42

    @Flag(help: "Also feed categories and authors to the engine (as users get it); the default withholds them.")
    var withMetadata = false

    @Flag(help: "Disable bigrams (for the ablation table).")
    var noBigrams = false

    @Option(help: "Multiplier on bigram weights.")
    var bigramWeight: Float = 1

    @Option(help: "Exponent on idf.")
    var idfPower: Float = 0.4

    @Option(help: "Skip query terms found in more than this share of papers.")
    var maxShare: Float = 0.15

    @Option(help: "Share of the score from the second-order embedding (0: off).")
    var embeddingWeight: Float = 0.5

    @Option(help: "Candidates from the term index that the embedding re-ranks.")
    var candidates = 200

    @Option(help: "Pseudo-relevance feedback: first-round neighbours blended into the query (0: off).")
    var feedback = 0

    func run() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: data)))
        var drafts: [PaperDraft] = []
        JSONLinesParser().parse(bytes) { if case let .paper(_, draft) = $0 { drafts.append(draft) } }
        print("corpus: \(data), \(drafts.count) papers, metadata \(withMetadata ? "fed to the engine" : "withheld")")

        var builder = IndexBuilder(bigrams: !noBigrams)
        let (_, buildTime) = Stopwatch.time {
            builder.addAll(drafts.enumerated().map { i, draft in
                let extra = withMetadata ? draft.categories.map { "cat:" + $0.lowercased() } + draft.authors.map { "au:" + $0.lowercased() } : []
                return IndexBuilder.Text(id: Int64(i), title: draft.title, abstract: draft.abstract, extraTerms: extra)
            })
            builder.finish()
        }
        var index = builder.index
        index.feedbackDocuments = feedback
        index.bigramWeight = bigramWeight
        index.idfPower = idfPower
        index.maxQueryDocumentShare = maxShare
        index.embeddingWeight = embeddingWeight
        index.rerankCandidates = candidates
        let (_, reprepare) = Stopwatch.time { index.prepare() }
        print(String(format: "prepare with these settings: %.2f s", reprepare))
        print(String(format: "build: %.2f s (%d terms)", buildTime, index.terms.count))
        let encoded = IndexFile.encode(index)
        print(String(format: "index size: %.1f MiB on disk", Double(encoded.count) / 1_048_576))

        var generator = SplitMix64(seed: seed)
        let picks = (0..<min(sample, drafts.count)).map { _ in Int(generator.next() % UInt64(drafts.count)) }
        var latencies: [Double] = []
        var hits = 0, total = 0
        for pick in picks {
            let (neighbours, seconds) = Stopwatch.time { index.related(to: Int64(pick), k: 10) }
            latencies.append(seconds)
            guard let category = drafts[pick].primaryCategory else { continue }
            total += neighbours.count
            hits += neighbours.filter { drafts[Int($0.id)].primaryCategory == category }.count
        }
        print("related top-10 latency: \(Stopwatch.summary(latencies))")
        var graphTimes: [Double] = []
        var layoutTimes: [Double] = []
        var sizes: [Int] = []
        for pick in picks.prefix(200) {
            let (graph, seconds) = Stopwatch.time { NeighbourhoodGraph(index: index, origin: Int64(pick), depth: 2) }
            graphTimes.append(seconds)
            sizes.append(graph.nodes.count)
            let order = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($0.element.id, $0.offset) })
            let labels = graph.nodes.map { GraphLabel.short(drafts[Int($0.id)].title) }
            let edges = graph.edges.compactMap { e in order[e.source].flatMap { a in order[e.target].map { (a, $0) } } }
            let (_, layoutSeconds) = Stopwatch.time {
                GraphLayout(labels: labels, depths: graph.nodes.map(\.depth), edges: edges, height: 32, width: 64)
            }
            layoutTimes.append(layoutSeconds)
        }
        print("graph depth 2 (\(sizes.min() ?? 0)-\(sizes.max() ?? 0) papers): neighbourhood \(Stopwatch.summary(graphTimes))")
        print("graph layout 64x32: \(Stopwatch.summary(layoutTimes))")
        print("graph total: \(Stopwatch.summary(zip(graphTimes, layoutTimes).map { $0 + $1 }))")
        print(String(format: "precision@10 by primary category: %.3f (%d queries)", Double(hits) / Double(max(1, total)), picks.count))
        print(String(format: "peak resident memory: %.1f MiB", Stopwatch.peakResidentMiB()))
    }
}

/// A small deterministic random generator for seeded samples.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
