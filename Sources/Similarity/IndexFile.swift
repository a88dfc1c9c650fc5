import Foundation

/// The on-disk form of a ``SimilarityIndex``: its documents' raw term counts and
/// vocabulary (weights and postings are derived on load), plus a caller's tag
/// (the library's state it was built from).
public enum IndexFile {
    static let magic = Array("PBSIM001".utf8)

    /// Problems reading an index file.
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case notAnIndex
        case truncated

        public var description: String {
            switch self {
            case .notAnIndex: return "not a Paperboat similarity index (or an older version)"
            case .truncated: return "similarity index file is truncated"
            }
        }
    }

    /// Serialises `index` with a `tag` string.
    public static func encode(_ index: SimilarityIndex, tag: String = "") -> Data {
        var out = Data()
        out.append(contentsOf: magic)
        appendString(tag, to: &out)
        appendArray(index.documentIds, to: &out)
        appendInt(index.terms.count, to: &out)
        for term in index.terms { appendString(term, to: &out) }
        appendArray(index.documentFrequency, to: &out)
        appendArray(index.docOffsets, to: &out)
        appendArray(index.docTerms, to: &out)
        appendArray(index.docCounts, to: &out)
        return out
    }

    /// Reads only the tag of an index file (cheap: the header), or `nil` when it is not one.
    public static func tag(ofFileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: magic.count + 8 + 256) else { return nil }
        var reader = Reader(data: head)
        guard (try? reader.bytes(magic.count)) == magic else { return nil }
        return try? reader.string()
    }

    /// Reads an index (prepared for queries) and its tag.
    public static func decode(_ data: Data) throws -> (index: SimilarityIndex, tag: String) {
        var reader = Reader(data: data)
        guard try reader.bytes(magic.count) == magic else { throw ReadError.notAnIndex }
        let tag = try reader.string()
        var index = SimilarityIndex()
        index.setDocuments(ids: try reader.array(Int64.self))
        let termCount = try reader.int()
        var terms: [String] = []
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount { terms.append(try reader.string()) }
        let df: [Int32] = try reader.array(Int32.self)
        let offsets: [Int32] = try reader.array(Int32.self)
        let docTerms: [Int32] = try reader.array(Int32.self)
        let counts: [Float] = try reader.array(Float.self)
        guard df.count == terms.count, offsets.count == index.count + 1, docTerms.count == counts.count,
              Int(offsets.last ?? -1) == docTerms.count else { throw ReadError.truncated }
        index.restore(terms: terms, documentFrequency: df, docOffsets: offsets, docTerms: docTerms, docCounts: counts)
        index.prepare()
        return (index, tag)
    }

    private static func appendInt(_ value: Int, to out: inout Data) {
        var v = UInt64(value).littleEndian
        withUnsafeBytes(of: &v) { out.append(contentsOf: $0) }
    }

    private static func appendString(_ s: String, to out: inout Data) {
        let bytes = Array(s.utf8)
        appendInt(bytes.count, to: &out)
        out.append(contentsOf: bytes)
    }

    private static func appendArray<T>(_ values: [T], to out: inout Data) {
        appendInt(values.count, to: &out)
        values.withUnsafeBytes { out.append(contentsOf: $0) }
    }

    private struct Reader {
        let data: Data
        var offset = 0

        mutating func bytes(_ n: Int) throws -> [UInt8] {
            guard n >= 0, offset + n <= data.count else { throw ReadError.truncated }
            defer { offset += n }
            return Array(data[data.startIndex + offset..<data.startIndex + offset + n])
        }

        mutating func int() throws -> Int {
            let raw = try bytes(8)
            let value = raw.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            guard value < UInt64(Int32.max) * 16 else { throw ReadError.truncated }
            return Int(UInt64(littleEndian: value))
        }

        mutating func string() throws -> String {
            String(decoding: try bytes(try int()), as: UTF8.self)
        }

        mutating func array<T>(_ type: T.Type) throws -> [T] {
            let count = try int()
            let size = count * MemoryLayout<T>.stride
            guard offset + size <= data.count else { throw ReadError.truncated }
            let result = data.withUnsafeBytes { raw in
                [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                    let source = UnsafeRawBufferPointer(rebasing: raw[offset..<offset + size])
                    _ = source.copyBytes(to: UnsafeMutableRawBufferPointer(buffer))
                    initialized = count
                }
            }
            offset += size
            return result
        }
    }
}

extension SimilarityIndex {
    /// Sets the document ids (decoding only).
    mutating func setDocuments(ids: [Int64]) {
        documentIds = ids
    }

    /// Restores the raw arrays (decoding only); call ``prepare()`` afterwards.
    mutating func restore(terms: [String], documentFrequency: [Int32], docOffsets: [Int32], docTerms: [Int32],
                          docCounts: [Float]) {
        self.terms = terms
        termIds = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($0.element, Int32($0.offset)) })
        self.documentFrequency = documentFrequency
        self.docOffsets = docOffsets
        self.docTerms = docTerms
        self.docCounts = docCounts
    }
}
