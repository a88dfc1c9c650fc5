import Foundation

/// Writes an index file: raw bytes and length-prefixed sections padded to 8 bytes.
final class FileWriter {
    private var descriptor: Int32
    private var written = 0

    init(path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw IndexFile.ReadError.unreadable("cannot create \(path): \(String(cString: strerror(errno)))") }
    }

    deinit { if descriptor >= 0 { _ = Foundation.close(descriptor) } }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let n = Foundation.write(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw IndexFile.ReadError.unreadable("write failed: \(String(cString: strerror(errno)))") }
            done += n
        }
        written += bytes.count
    }

    func write<T>(_ values: [T]) throws {
        try values.withUnsafeBytes { try write($0) }
    }

    /// Writes the byte length, the values, and zeros up to the next multiple of 8.
    func writeSection<T>(_ values: [T]) throws {
        let length = values.count * MemoryLayout<T>.stride
        try write([UInt64(length).littleEndian])
        try write(values)
        let padding = (8 - length % 8) % 8
        if padding > 0 { try write([UInt8](repeating: 0, count: padding)) }
    }

    func close() throws {
        defer { descriptor = -1 }
        guard fsync(descriptor) == 0 || errno == EINVAL, Foundation.close(descriptor) == 0 else {
            throw IndexFile.ReadError.unreadable("closing the index file failed: \(String(cString: strerror(errno)))")
        }
    }
}

/// An open index file: the tag, where each section lies, and positioned reads (`pread`,
/// safe from several threads; nothing is mapped, so reading does not grow the resident set).
final class SectionedFile: @unchecked Sendable {
    let tag: String
    private let descriptor: Int32
    private let sections: [(offset: Int, length: Int)]

    init(path: String) throws {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw IndexFile.ReadError.unreadable("\(path): \(String(cString: strerror(errno)))") }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            _ = Foundation.close(descriptor)
            throw IndexFile.ReadError.unreadable(path)
        }
        let size = Int(info.st_size)
        do {
            var magic = [UInt8](repeating: 0, count: IndexFile.magic.count)
            guard size >= magic.count else { throw IndexFile.ReadError.notAnIndex }
            try Self.read(descriptor, into: &magic, at: 0)
            guard magic == IndexFile.magic else {
                // "PBSIM" and a version number: ours, of another version.
                let isOurs = magic.starts(with: IndexFile.magic.dropLast(3)) && magic.suffix(3).allSatisfy { (0x30...0x39).contains($0) }
                throw isOurs ? IndexFile.ReadError.otherVersion(String(decoding: magic, as: UTF8.self)) : IndexFile.ReadError.notAnIndex
            }
            var offset = magic.count
            var found: [(offset: Int, length: Int)] = []
            for _ in 0...IndexFile.Section.allCases.count {
                guard offset + 8 <= size else { throw IndexFile.ReadError.truncated }
                var length: [UInt64] = [0]
                try Self.read(descriptor, into: &length, at: offset)
                let bytes = Int(clamping: UInt64(littleEndian: length[0]))
                guard bytes >= 0, bytes <= size - offset - 8 else { throw IndexFile.ReadError.truncated }
                found.append((offset + 8, bytes))
                offset += 8 + bytes + (8 - bytes % 8) % 8
            }
            var tagBytes = [UInt8](repeating: 0, count: found[0].length)
            try Self.read(descriptor, into: &tagBytes, at: found[0].offset)
            tag = String(decoding: tagBytes, as: UTF8.self)
            sections = Array(found.dropFirst())
        } catch {
            _ = Foundation.close(descriptor)
            throw error
        }
    }

    deinit { _ = Foundation.close(descriptor) }

    /// Number of `T` values in a section.
    func count<T>(_ section: IndexFile.Section, of type: T.Type) -> Int {
        sections[section.rawValue].length / MemoryLayout<T>.stride
    }

    /// A whole section as an array.
    func array<T>(_ section: IndexFile.Section) throws -> [T] {
        try elements(section, 0..<count(section, of: T.self))
    }

    /// Elements `range` of a section.
    func elements<T>(_ section: IndexFile.Section, _ range: Range<Int>) throws -> [T] {
        let (start, length) = sections[section.rawValue]
        let stride = MemoryLayout<T>.stride
        guard range.lowerBound >= 0, range.upperBound * stride <= length else { throw IndexFile.ReadError.truncated }
        var failed = false
        let values = [T](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            do {
                try Self.readRaw(descriptor, UnsafeMutableRawBufferPointer(buffer), at: start + range.lowerBound * stride)
                initialized = range.count
            } catch {
                failed = true
                initialized = 0
            }
        }
        guard !failed else { throw IndexFile.ReadError.truncated }
        return values
    }

    private static func read<T>(_ descriptor: Int32, into values: inout [T], at offset: Int) throws {
        try values.withUnsafeMutableBytes { try readRaw(descriptor, $0, at: offset) }
    }

    private static func readRaw(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw IndexFile.ReadError.truncated }
            done += n
        }
    }
}
