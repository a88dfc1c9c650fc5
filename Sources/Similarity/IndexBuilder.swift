import Foundation

/// Results of parallel analysis, one slot per worker: its vocabulary and documents.
private final class AnalysedChunks: @unchecked Sendable {
    typealias Chunk = (terms: [String], docs: [[(Int32, Float)]])
    private var chunks: [Chunk]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: ([], []), count: count) }
    func set(_ i: Int, _ value: Chunk) { lock.withLock { chunks[i] = value } }
    func get(_ i: Int) -> Chunk { lock.withLock { chunks[i] } }
}

/// Builds a ``SimilarityIndex`` from papers' text: analyses each, adds it, and
/// prepares the index once at the end.
public struct IndexBuilder: Sendable {
    /// The index being built.
    public private(set) var index: SimilarityIndex
    private var counter: TermCounter
    /// The index's number for each of the counter's terms (grown as the counter learns terms).
    private var globalTerm: [Int32] = []

    /// Starts from an empty index, or from `index` to extend it incrementally.
    public init(index: SimilarityIndex = SimilarityIndex(), bigrams: Bool = true) {
        self.index = index
        counter = TermCounter(bigrams: bigrams)
    }

    /// Analyses and adds one paper.
    public mutating func add(id: Int64, title: String, abstract: String, extraTerms: [String] = []) {
        let counts = Self.count(&counter, title: title, abstract: abstract, extraTerms: extraTerms)
        while globalTerm.count < counter.terms.count { globalTerm.append(index.intern(counter.terms[globalTerm.count])) }
        index.appendDocument(id: id, counts: counts.map { (globalTerm[Int($0.0)], $0.1) }.sorted { $0.0 < $1.0 })
    }

    /// One paper's term counts: title terms weigh ``SimilarityIndex/titleWeight`` each, the
    /// abstract's lead sentence ``SimilarityIndex/leadSentenceWeight`` more than the rest.
    private static func count(_ counter: inout TermCounter, title: String, abstract: String, extraTerms: [String]) -> [(Int32, Float)] {
        counter.add(title, weight: SimilarityIndex.titleWeight)
        counter.add(abstract, weight: 1)
        counter.add(String(LeadSentence.of(abstract)), weight: SimilarityIndex.leadSentenceWeight)
        counter.add(terms: extraTerms, weight: 1)
        return counter.finishDocument()
    }

    /// One paper's text for ``addAll(_:)``.
    public struct Text: Sendable {
        public var id: Int64
        public var title: String
        public var abstract: String
        public var extraTerms: [String]

        public init(id: Int64, title: String, abstract: String, extraTerms: [String] = []) {
            self.id = id
            self.title = title
            self.abstract = abstract
            self.extraTerms = extraTerms
        }
    }

    /// Analyses `papers` on all cores, then adds them in order. Each worker numbers the
    /// terms of its share by first appearance; the vocabularies are merged in order, so
    /// term ids, and so every score, are exactly those of adding the papers one by one.
    public mutating func addAll(_ papers: [Text]) {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, papers.count / 64))
        let chunk = (papers.count + workers - 1) / workers
        let results = AnalysedChunks(count: workers)
        let bigrams = counter.bigrams
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local = TermCounter(bigrams: bigrams)
            let range = (worker * chunk)..<min(papers.count, (worker + 1) * chunk)
            let docs = range.map { i in
                Self.count(&local, title: papers[i].title, abstract: papers[i].abstract, extraTerms: papers[i].extraTerms)
            }
            results.set(worker, (local.terms, docs))
        }
        var position = 0
        for worker in 0..<workers {
            let (localTerms, docs) = results.get(worker)
            let global = localTerms.map { index.intern($0) }
            for doc in docs {
                let counts = doc.map { (global[Int($0.0)], $0.1) }.sorted { $0.0 < $1.0 }
                index.appendDocument(id: papers[position].id, counts: counts)
                position += 1
            }
        }
    }

    /// Computes weights and postings; the index is ready for queries.
    public mutating func finish() {
        index.prepare()
    }
}
