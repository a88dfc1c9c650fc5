import Foundation
import Testing

/// Compares text with a snapshot file in `__Snapshots__`; with `RECORD_SNAPSHOTS=1`
/// in the environment it writes the file instead. A missing snapshot fails.
func assertSnapshot(_ text: String, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data((text + "\n").utf8).write(to: file)
        return
    }
    guard let data = try? Data(contentsOf: file) else {
        Issue.record("missing snapshot \(file.path); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text + "\n" {
        Issue.record("snapshot \(name) differs:\n--- expected\n\(expected)--- actual\n\(text)\n", sourceLocation: sourceLocation)
    }
}
