import Foundation
import PaperboatCore

/// Paths and helpers shared by the core tests.
enum Fixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled seed files.
    static var seedFiles: [String] {
        let folder = root.appendingPathComponent("Resources/seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// Parses `text` with `parser`, collecting every record.
    static func parse(_ text: String, with parser: some PaperParser) -> [ParsedRecord] {
        var records: [ParsedRecord] = []
        parser.parse(Array(text.utf8)) { records.append($0) }
        return records
    }

    /// Parses raw bytes with `parser`.
    static func parse(bytes: [UInt8], with parser: some PaperParser) -> [ParsedRecord] {
        var records: [ParsedRecord] = []
        parser.parse(bytes) { records.append($0) }
        return records
    }

    /// The drafts among `records`.
    static func drafts(_ records: [ParsedRecord]) -> [PaperDraft] {
        records.compactMap { if case let .paper(_, draft) = $0 { return draft } else { return nil } }
    }

    /// A temporary file holding `text`.
    static func temporaryFile(_ text: String, name: String = "input.jsonl") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
