import Foundation

/// A prepared index answered from its file: per-paper and per-term offsets are read into
/// memory on open (about 28 bytes per paper and 20 per term). The bulky sections — postings,
/// embeddings, author profiles, raw counts, term text — are read into memory too while they fit a budget
/// (a small library is then queried at in-memory speed); those that do not are read per
/// query with positioned reads, so at a million papers the resident set stays small.
/// Opening never rebuilds anything.
public struct DiskIndex: IndexStorage {
    /// The tag the file was written with.
    public let tag: String
    /// Query-time settings.
    public var settings = QuerySettings()

    private let file: SectionedFile
    private let ids: [Int64]
    private let lookup: [Int64: Int32]?
    private let docOffsets: [Int64]
    private let inverseNorms: [Float]
    private let termFactor: [Float]
    private let postingOffsets: [Int64]
    private let termOffsets: [UInt64]
    private let embeddingScales: [Float]
    /// Per paper, the scale of its author profile (empty when the index has none).
    private let profileScales: [Float]
    private let dimensions: Int
    private let residentPostings: [Posting]?
    private let residentCodes: [Int8]?
    private let residentProfileCodes: [Int8]?
    private let residentDocTerms: [Int32]?
    private let residentDocCounts: [Float]?
    private let residentTermBytes: [UInt8]?

    /// Bytes of bulky sections that ``init(path:residentLimit:)`` reads into memory by default.
    public static let defaultResidentLimit = 192 << 20

    /// Opens the index file at `path`, keeping bulky sections in memory while their total
    /// stays within `residentLimit` bytes (postings first, then embeddings, author profiles,
    /// counts, term text).
    ///
    /// - Throws: ``IndexFile/ReadError`` when it is missing, not an index, or inconsistent.
    public init(path: String, residentLimit: Int = DiskIndex.defaultResidentLimit) throws {
        file = try SectionedFile(path: path)
        tag = file.tag
        let header: [UInt64] = try file.array(.header)
        guard header.count >= 7 else { throw IndexFile.ReadError.truncated }
        let n = Int(clamping: header[0]), terms = Int(clamping: header[1])
        let entries = Int(clamping: header[2]), postings = Int(clamping: header[3])
        dimensions = Int(clamping: header[4])
        ids = try file.array(.documentIds)
        docOffsets = try file.array(.docOffsets)
        inverseNorms = try file.array(.inverseNorms)
        termFactor = try file.array(.termFactor)
        postingOffsets = try file.array(.postingOffsets)
        termOffsets = try file.array(.termOffsets)
        embeddingScales = try file.array(.embeddingScales)
        profileScales = try file.array(.authorProfileScales)
        let termBytes = file.count(.termBytes, of: UInt8.self)
        guard ids.count == n, docOffsets.count == n + 1, inverseNorms.count == n, termFactor.count == terms,
              postingOffsets.count == terms + 1, termOffsets.count == terms + 1,
              docOffsets.last == Int64(entries), postingOffsets.last == Int64(postings),
              file.count(.docTerms, of: Int32.self) == entries, file.count(.docCounts, of: Float.self) == entries,
              file.count(.postings, of: Posting.self) == postings,
              termOffsets.last == UInt64(termBytes),
              dimensions == 0 || (embeddingScales.count == n && file.count(.embeddingCodes, of: Int8.self) == n * dimensions),
              profileScales.isEmpty || (profileScales.count == n && file.count(.authorProfileCodes, of: Int8.self) == n * dimensions)
        else { throw IndexFile.ReadError.truncated }
        // Ids are ascending when papers were added in row order (always, from a library):
        // then a binary search finds them; otherwise a table does.
        lookup = Self.lookupTable(ids)
        var budget = residentLimit
        func fits(_ bytes: Int) -> Bool {
            guard bytes <= budget else { return false }
            budget -= bytes
            return true
        }
        residentPostings = fits(postings * MemoryLayout<Posting>.stride) ? try file.array(.postings) : nil
        residentCodes = fits(n * dimensions) ? try file.array(.embeddingCodes) : nil
        residentProfileCodes = !profileScales.isEmpty && fits(n * dimensions) ? try file.array(.authorProfileCodes) : nil
        let countsFit = fits(entries * 8)
        residentDocTerms = countsFit ? try file.array(.docTerms) : nil
        residentDocCounts = countsFit ? try file.array(.docCounts) : nil
        residentTermBytes = fits(termBytes) ? try file.array(.termBytes) : nil
    }

    /// `nil` when `ids` ascend (binary search finds them), else a table from id to position.
    private static func lookupTable(_ ids: [Int64]) -> [Int64: Int32]? {
        if zip(ids, ids.dropFirst()).allSatisfy({ $0 < $1 }) { return nil }
        return Dictionary(ids.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { a, _ in a })
    }

    var documentCount: Int { ids.count }

    /// The indexed papers' ids, in index order.
    public var documentIds: [Int64] { ids }

    func documentId(at position: Int) -> Int64 { ids[position] }

    func position(of id: Int64) -> Int? {
        if let lookup { return lookup[id].map(Int.init) }
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }

    func sharedVector(at position: Int) -> [(term: Int32, weight: Float)] {
        let range = Int(docOffsets[position])..<Int(docOffsets[position + 1])
        let terms: [Int32], counts: [Float]
        if let residentDocTerms, let residentDocCounts {
            terms = Array(residentDocTerms[range])
            counts = Array(residentDocCounts[range])
        } else {
            guard let readTerms: [Int32] = try? file.elements(.docTerms, range),
                  let readCounts: [Float] = try? file.elements(.docCounts, range) else { return [] }
            (terms, counts) = (readTerms, readCounts)
        }
        let inverse = inverseNorms[position]
        var vector: [(term: Int32, weight: Float)] = []
        vector.reserveCapacity(terms.count)
        for (t, c) in zip(terms, counts) where t >= 0 && Int(t) < termFactor.count && postingCount(of: Int(t)) > 0 {
            vector.append((t, SimilarityIndex.weight(count: c, factor: termFactor[Int(t)]) * inverse))
        }
        return vector
    }

    func postingCount(of term: Int) -> Int { Int(postingOffsets[term + 1] - postingOffsets[term]) }

    func withPostings(of term: Int, limit: Int, _ body: (UnsafeBufferPointer<Posting>) -> Void) {
        let start = Int(postingOffsets[term])
        let end = min(Int(postingOffsets[term + 1]), start + max(0, limit))
        if let residentPostings {
            residentPostings.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            return
        }
        guard let postings: [Posting] = try? file.elements(.postings, start..<end) else { return }
        postings.withUnsafeBufferPointer(body)
    }

    func text(ofTerm term: Int) -> String {
        if let residentTermBytes {
            return String(decoding: residentTermBytes[Int(termOffsets[term])..<Int(termOffsets[term + 1])], as: UTF8.self)
        }
        guard let bytes: [UInt8] = try? file.elements(.termBytes, Int(termOffsets[term])..<Int(termOffsets[term + 1])) else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    var hasEmbedding: Bool { dimensions > 0 }

    func embedding(at position: Int) -> (codes: [Int8], scale: Float) {
        let range = position * dimensions..<(position + 1) * dimensions
        if let residentCodes { return (Array(residentCodes[range]), embeddingScales[position]) }
        let codes: [Int8] = (try? file.elements(.embeddingCodes, range)) ?? []
        return (codes, embeddingScales[position])
    }

    func authorProfile(at position: Int) -> (codes: [Int8], scale: Float) {
        guard !profileScales.isEmpty else { return ([], 0) }
        let range = position * dimensions..<(position + 1) * dimensions
        if let residentProfileCodes { return (Array(residentProfileCodes[range]), profileScales[position]) }
        let codes: [Int8] = (try? file.elements(.authorProfileCodes, range)) ?? []
        return (codes, profileScales[position])
    }
}
