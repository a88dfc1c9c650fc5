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

/// A worker's own term numbering, in order of first appearance.
private struct LocalVocabulary {
    var terms: [String] = []
    var ids: [String: Int32] = [:]

    mutating func intern(_ term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(terms.count)
        terms.append(term)
        ids[term] = id
        return id
    }
}

/// Builds a ``SimilarityIndex`` from papers' text: analyses each, adds it, and
/// prepares the index once at the end.
public struct IndexBuilder: Sendable {
    /// The index being built.
    public private(set) var index: SimilarityIndex
    private var analyzer: Analyzer

    /// Starts from an empty index, or from `index` to extend it incrementally.
    public init(index: SimilarityIndex = SimilarityIndex(), bigrams: Bool = true) {
        self.index = index
        analyzer = Analyzer(bigrams: bigrams)
    }

    /// Analyses and adds one paper.
    public mutating func add(id: Int64, title: String, abstract: String, extraTerms: [String] = []) {
        index.add(id: id, titleTerms: analyzer.terms(title), bodyTerms: analyzer.terms(abstract), extraTerms: extraTerms)
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
        let bigrams = analyzer.bigrams
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local = Analyzer(bigrams: bigrams)
            var vocabulary = LocalVocabulary()
            let range = (worker * chunk)..<min(papers.count, (worker + 1) * chunk)
            let docs = range.map { i -> [(Int32, Float)] in
                var counts: [Int32: Float] = [:]
                let lists = [(local.terms(papers[i].title), SimilarityIndex.titleWeight),
                             (local.terms(papers[i].abstract), Float(1)), (papers[i].extraTerms, Float(1))]
                for (list, weight) in lists {
                    for term in list { counts[vocabulary.intern(term), default: 0] += weight }
                }
                return counts.map { ($0.key, $0.value) }
            }
            results.set(worker, (vocabulary.terms, docs))
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
