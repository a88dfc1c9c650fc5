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

    /// Computes weights and postings; the index is ready for queries.
    public mutating func finish() {
        index.prepare()
    }
}
