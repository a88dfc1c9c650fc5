import Foundation

/// Runs `$EDITOR` (or `$VISUAL`, else `vi`) on a note in a temporary file.
enum NoteEditor {
    /// Edits `text`; returns the new text, or `nil` when unchanged.
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paperboat-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.md")
        try Data(text.utf8).write(to: file)
        let chosen = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        do {
            try ExternalProgram.run(ExternalProgram.words(chosen), arguments: [file.path])
        } catch {
            switch error {
            case let .cannotRun(reason): throw EditorError.cannotRun(chosen, reason)
            case .failed: throw EditorError.failed(chosen)
            }
        }
        let edited = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
        return edited == text ? nil : edited
    }

    enum EditorError: Error, CustomStringConvertible {
        case cannotRun(String, String)
        case failed(String)
        var description: String {
            switch self {
            case let .cannotRun(command, reason): return "cannot run editor \(command): \(reason)"
            case let .failed(command): return "editor \(command) failed; note not saved"
            }
        }
    }
}
