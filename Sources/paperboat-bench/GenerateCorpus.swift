import ArgumentParser
import Foundation

/// `paperboat-bench generate`: a large JSON-lines corpus made from a real one, for scale runs.
/// Each output paper copies a source paper's abstract, authors and categories, with a
/// distinct title (a variant number) and a date spread over 2015–2026.
struct GenerateCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a scaled-up corpus for benchmarks.")

    @Option(help: "Source JSON lines.") var from: String
    @Option(help: "Papers to write.") var count = 1_000_000
    @Option(help: "Output file.") var out: String

    func run() throws {
        let text = try String(contentsOfFile: from, encoding: .utf8)
        let sources = text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        guard !sources.isEmpty else { throw ValidationError("no papers in \(from)") }
        FileManager.default.createFile(atPath: out, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        defer { try? handle.close() }
        var generator = SplitMix64(seed: 7)
        var buffer = Data()
        for i in 0..<count {
            var paper = sources[i % sources.count]
            let variant = i / sources.count
            paper["id"] = nil
            if variant > 0 { paper["title"] = "\(paper["title"] as? String ?? "") (variant \(variant))" }
            let day = Int(generator.next() % 4_380)
            let date = Date(timeIntervalSince1970: 1_420_070_400 + Double(day) * 86_400)
            paper["date"] = String(ISO8601DateFormatter().string(from: date).prefix(10))
            buffer.append(try JSONSerialization.data(withJSONObject: paper))
            buffer.append(0x0A)
            if buffer.count > 8 << 20 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        handle.write(buffer)
        print("wrote \(count) papers to \(out)")
    }
}
