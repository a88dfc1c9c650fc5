import ArgumentParser
import Foundation
import Similarity

/// `paperboat-bench generate`: a large JSON-lines corpus made from a real one, for scale runs.
///
/// The first pass over the sources copies them as they are. Every later paper is a
/// variant: a coined method name ("KOVARENTI: …", as real titles have) before a source
/// title, and an abstract that mixes the source's sentences with another paper's of the
/// same primary category, the name mentioned in it. So the library grows the way a real
/// one does: new rare words and phrases with every paper (the vocabulary keeps growing,
/// and with it the index), common words in proportion, and no two abstracts alike.
/// Dates spread over 2015–2026. The same arguments always write the same file.
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
        let sentences = sources.map { Self.sentences(of: $0["abstract"] as? String ?? "") }
        var byCategory: [String: [Int]] = [:]
        for (i, paper) in sources.enumerated() {
            byCategory[paper["primary_category"] as? String ?? "", default: []].append(i)
        }
        guard FileManager.default.createFile(atPath: out, contents: nil) else {
            throw ValidationError("cannot create \(out)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        defer { try? handle.close() }
        var generator = SplitMix64(seed: 7)
        var buffer = Data()
        for i in 0..<count {
            let source = i % sources.count
            var paper = sources[source]
            paper["id"] = nil
            if i >= sources.count {
                let peers = byCategory[paper["primary_category"] as? String ?? ""] ?? [source]
                let other = peers[Int(generator.next() % UInt64(peers.count))]
                let name = Self.coinedName(&generator)
                paper["title"] = "\(name): \(paper["title"] as? String ?? "")"
                paper["abstract"] = Self.mix(sentences[source], sentences[other], name: name, &generator)
            }
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

    /// An abstract's sentences.
    static func sentences(of abstract: String) -> [String] {
        abstract.components(separatedBy: ". ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// About two thirds of `own`'s sentences in order, a third of `other`'s spliced in, and
    /// a sentence naming the method.
    static func mix(_ own: [String], _ other: [String], name: String, _ generator: inout SplitMix64) -> String {
        var out: [String] = []
        var borrowed = other.makeIterator()
        for sentence in own {
            if generator.next() % 3 != 0 { out.append(sentence) }
            if generator.next() % 3 == 0, let extra = borrowed.next() { out.append(extra) }
        }
        out.insert("We call the method \(name)", at: Int(generator.next() % UInt64(out.count + 1)))
        return out.joined(separator: ". ")
    }

    /// A pronounceable capitalised name of three to five syllables.
    static func coinedName(_ generator: inout SplitMix64) -> String {
        let consonants = Array("BCDFGHKLMNPRSTVZ"), vowels = Array("AEIOU")
        let syllables = 3 + Int(generator.next() % 3)
        var name = ""
        for _ in 0..<syllables {
            name.append(consonants[Int(generator.next() % UInt64(consonants.count))])
            name.append(vowels[Int(generator.next() % UInt64(vowels.count))])
        }
        return name
    }
}
