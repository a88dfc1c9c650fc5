import Foundation

/// The on-disk form of a prepared ``SimilarityIndex`` (format `PBSIM007`).
///
/// After the magic and the caller's tag (the library state it was built from) come
/// length-prefixed, 8-byte-aligned sections: the ids, the vocabulary, document
/// frequencies, per-term weight factors, the raw counts (for incremental updates), per-paper
/// norms, the impact-ordered postings, the quantised embeddings and the papers' author
/// profiles (``AuthorProfiles``; empty sections when no two papers share an author). ``DiskIndex`` answers
/// queries by reading the sections it needs; ``readForUpdate(path:)`` reads the raw part
/// back to extend it.
public enum IndexFile {
    /// Version 7: author profiles. Version 6: TeX accents fold into their word (`Fr\'echet` is `frechet`). Version 5: √tf,
    /// and focus from one group per 100 papers. (Version 4 counted the
    /// abstract's lead sentence twice; version 3 brought term focus and a random matrix
    /// hashed per paper.) Older files are rebuilt: their postings hold the old weights, and
    /// querying or extending one would mix two weightings.
    static let magic = Array("PBSIM007".utf8)

    /// Problems reading an index file.
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case notAnIndex
        /// A Paperboat index of another format version (its magic, such as `PBSIM004`).
        case otherVersion(String)
        case truncated
        case unreadable(String)

        public var description: String {
            switch self {
            case .notAnIndex: return "not a Paperboat similarity index"
            case let .otherVersion(found): return "made by another version of Paperboat: format \(found), this one reads \(String(decoding: IndexFile.magic, as: UTF8.self))"
            case .truncated: return "similarity index file is truncated"
            case let .unreadable(reason): return "cannot read the similarity index: \(reason)"
            }
        }
    }

    /// The sections, in file order.
    enum Section: Int, CaseIterable {
        case header, documentIds, termOffsets, termBytes, documentFrequency, termFactor
        case docOffsets, docTerms, docCounts, inverseNorms, postingOffsets, postings
        case embeddingCodes, embeddingScales, authorProfileCodes, authorProfileScales
    }

    /// Writes `index` (prepared) with `tag` to `path`, streaming section by section.
    public static func write(_ index: SimilarityIndex, tag: String, to path: String) throws {
        precondition(index.isPrepared, "prepare() the index before writing it")
        let file = try FileWriter(path: path)
        try file.write(magic)
        try file.writeSection(Array(tag.utf8))
        let header: [UInt64] = [UInt64(index.count), UInt64(index.terms.count), UInt64(index.docTerms.count),
                                UInt64(index.postings.count), UInt64(index.embedding == nil ? 0 : SecondOrderEmbedding.dimensions),
                                UInt64(index.idfPower.bitPattern), UInt64(index.bigramWeight.bitPattern),
                                UInt64(index.focusPower.bitPattern)]
        try file.writeSection(header)
        try file.writeSection(index.documentIds)
        var termOffsets: [UInt64] = [0]
        termOffsets.reserveCapacity(index.terms.count + 1)
        var termBytes: [UInt8] = []
        for term in index.terms {
            termBytes.append(contentsOf: term.utf8)
            termOffsets.append(UInt64(termBytes.count))
        }
        try file.writeSection(termOffsets)
        try file.writeSection(termBytes)
        try file.writeSection(index.documentFrequency)
        try file.writeSection(index.termFactor)
        try file.writeSection(index.docOffsets.map(Int64.init))
        try file.writeSection(index.docTerms)
        try file.writeSection(index.docCounts)
        try file.writeSection(index.inverseNorms)
        try file.writeSection(index.postingOffsets.map(Int64.init))
        try file.writeSection(index.postings)
        try file.writeSection(index.embedding?.codes ?? [])
        try file.writeSection(index.embedding?.scales ?? [])
        try file.writeSection(index.authorProfiles?.codes ?? [])
        try file.writeSection(index.authorProfiles?.scales ?? [])
        try file.close()
    }

    /// Reads only the tag of an index file (cheap: the header), or `nil` when it is not one.
    public static func tag(ofFileAt path: String) -> String? {
        guard let file = try? SectionedFile(path: path) else { return nil }
        return file.tag
    }

    /// Reads the ids, vocabulary and raw counts back into an index that can be extended
    /// (then prepared), with the file's tag.
    public static func readForUpdate(path: String) throws -> (index: SimilarityIndex, tag: String) {
        let file = try SectionedFile(path: path)
        var index = SimilarityIndex()
        let ids: [Int64] = try file.array(.documentIds)
        let termOffsets: [UInt64] = try file.array(.termOffsets)
        let termBytes: [UInt8] = try file.array(.termBytes)
        let df: [Int32] = try file.array(.documentFrequency)
        let offsets: [Int64] = try file.array(.docOffsets)
        let docTerms: [Int32] = try file.array(.docTerms)
        let counts: [Float] = try file.array(.docCounts)
        guard termOffsets.count == df.count + 1, offsets.count == ids.count + 1, docTerms.count == counts.count,
              Int(offsets.last ?? -1) == docTerms.count, Int(termOffsets.last ?? 0) == termBytes.count
        else { throw ReadError.truncated }
        var terms: [String] = []
        terms.reserveCapacity(df.count)
        for t in 0..<df.count {
            guard termOffsets[t] <= termOffsets[t + 1] else { throw ReadError.truncated }
            terms.append(String(decoding: termBytes[Int(termOffsets[t])..<Int(termOffsets[t + 1])], as: UTF8.self))
        }
        let header: [UInt64] = try file.array(.header)
        if header.count >= 7 {
            index.idfPower = Float(bitPattern: UInt32(truncatingIfNeeded: header[5]))
            index.bigramWeight = Float(bitPattern: UInt32(truncatingIfNeeded: header[6]))
        }
        if header.count >= 8 {
            index.focusPower = Float(bitPattern: UInt32(truncatingIfNeeded: header[7]))
        }
        index.restore(ids: ids, terms: terms, documentFrequency: df, docOffsets: offsets.map { Int32($0) },
                      docTerms: docTerms, docCounts: counts)
        return (index, file.tag)
    }
}

extension SimilarityIndex {
    /// Restores the raw arrays (reading a file only); call ``prepare()`` afterwards.
    mutating func restore(ids: [Int64], terms: [String], documentFrequency: [Int32], docOffsets: [Int32],
                          docTerms: [Int32], docCounts: [Float]) {
        documentIds = ids
        self.terms = terms
        termIds = Dictionary(terms.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { a, _ in a })
        self.documentFrequency = documentFrequency
        self.docOffsets = docOffsets
        self.docTerms = docTerms
        self.docCounts = docCounts
        isPrepared = false
    }
}
