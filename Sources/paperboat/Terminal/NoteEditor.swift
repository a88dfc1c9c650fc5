import Foundation

/// Runs `$EDITOR` (or `$VISUAL`, else `vi`) on a note in a temporary file. The editor
/// command is split into words and run directly: no shell ever sees paper metadata.
enum NoteEditor {
    /// Edits `text`; returns the new text, or `nil` when unchanged or the editor failed.
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paperboat-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.md")
        try Data(text.utf8).write(to: file)
        let command = (environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi")
            .split(separator: " ").map(String.init)
        let program = command.first ?? "vi"
        let argv = (command + [file.path]).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, nil, nil, argv, environ)
        guard spawned == 0 else { throw EditorError.cannotRun(command.joined(separator: " "), String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw EditorError.failed(command.joined(separator: " ")) }
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
