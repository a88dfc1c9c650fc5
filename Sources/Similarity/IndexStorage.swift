/// One entry of a term's posting list: a document position and its weight for the term.
struct Posting: Sendable, Equatable {
    var doc: Int32
    var weight: Float
}

/// The prepared data a query reads, wherever it is kept. ``NeighbourSearch`` implements
/// the queries once over this; ``SimilarityIndex`` keeps it in arrays, ``DiskIndex`` reads
/// it from the index file on demand.
protocol IndexStorage: RelatedIndex {
    /// Number of documents.
    var documentCount: Int { get }
    /// Query-time settings.
    var settings: QuerySettings { get }
    /// The external id of the document at `position`.
    func documentId(at position: Int) -> Int64
    /// The position of the document `id`, or `nil` when it is not indexed (or not prepared).
    func position(of id: Int64) -> Int?
    /// The document's weighted terms that some other document shares, ascending by term.
    func sharedVector(at position: Int) -> [(term: Int32, weight: Float)]
    /// Length of the term's posting list (its document frequency when that is above one, else 0).
    func postingCount(of term: Int) -> Int
    /// Calls `body` with the first `limit` postings of the term, strongest first.
    func withPostings(of term: Int, limit: Int, _ body: (UnsafeBufferPointer<Posting>) -> Void)
    /// The text of a term.
    func text(ofTerm term: Int) -> String
    /// Whether documents have embeddings.
    var hasEmbedding: Bool { get }
    /// The document's quantised embedding and its scale (cosine = dot(codes) · scaleA · scaleB).
    func embedding(at position: Int) -> (codes: [Int8], scale: Float)
    /// The document's author profile (``AuthorProfiles``), empty codes when it has none.
    func authorProfile(at position: Int) -> (codes: [Int8], scale: Float)
}
