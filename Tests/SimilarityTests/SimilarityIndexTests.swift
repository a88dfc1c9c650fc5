import Foundation
import Testing
@testable import Similarity

@Suite struct SimilarityIndexTests {
    /// Four tiny documents whose scores are worked out by hand below.
    static func handIndex() -> SimilarityIndex {
        var index = SimilarityIndex()
        // Plain TF-IDF cosine: no idf damping, no embedding re-ranking, no skipped terms.
        index.idfPower = 1
        index.settings.embeddingWeight = 0
        index.settings.maxQueryDocumentShare = 1
        index.add(id: 1, titleTerms: [], bodyTerms: ["a", "b"])
        index.add(id: 2, titleTerms: [], bodyTerms: ["a", "c"])
        index.add(id: 3, titleTerms: [], bodyTerms: ["b", "c"])
        index.add(id: 4, titleTerms: [], bodyTerms: ["a"])
        index.prepare()
        return index
    }

    // N = 4; df(a) = 3, df(b) = df(c) = 2. idf = ln((1+N)/(1+df)) + 1:
    // idf(a) = 1.22314, idf(b) = idf(c) = 1.51083. Doc 1 = (a, b) normalised:
    // |(1.22314, 1.51083)| = 1.94388 → a 0.62923, b 0.77723; doc 3 → b = c = 0.70711; doc 4 → a = 1.
    // related(1): doc 4 = 0.62923; doc 3 = 0.77723 · 0.70711 = 0.54959; doc 2 = 0.62923² = 0.39593.
    @Test func scoresMatchTheHandComputation() {
        let neighbours = Self.handIndex().related(to: 1, k: 3)
        #expect(neighbours.map(\.id) == [4, 3, 2])
        let expected: [Float] = [0.62923, 0.54959, 0.39593]
        for (n, value) in zip(neighbours, expected) {
            #expect(abs(n.score - value) < 1e-4)
        }
    }

    // A repeated term weighs √count: doc 1 has "a" in its title (2) and abstract (1), so with
    // idf switched off (idf^0 = 1) doc 1 = (a √3, b 1) / 2 = (0.86603, 0.5); docs 2 and 3
    // are (a, c) and (b, c) at 0.70711 each. related(1): doc 2 = 0.86603 · 0.70711 =
    // 0.61237, doc 3 = 0.5 · 0.70711 = 0.35355 (1 + ln 3 would give 0.63832 and 0.30422).
    @Test func aRepeatedTermWeighsTheSquareRootOfItsCount() {
        var index = SimilarityIndex()
        index.idfPower = 0
        index.settings.embeddingWeight = 0
        index.settings.maxQueryDocumentShare = 1
        index.add(id: 1, titleTerms: ["a"], bodyTerms: ["a", "b"])
        index.add(id: 2, titleTerms: [], bodyTerms: ["a", "c"])
        index.add(id: 3, titleTerms: [], bodyTerms: ["b", "c"])
        index.prepare()
        let neighbours = index.related(to: 1, k: 2)
        #expect(neighbours.map(\.id) == [2, 3])
        for (n, value) in zip(neighbours, [Float(0.61237), 0.35355]) {
            #expect(abs(n.score - value) < 1e-4, "\(n.id): \(n.score)")
        }
    }

    @Test func explanationsNameTheSharedTermsAndTheirWeights() {
        let neighbours = Self.handIndex().related(to: 1, k: 3)
        #expect(neighbours[1].terms.map(\.term) == ["b"])
        #expect(abs(neighbours[1].terms[0].weight - 0.54959) < 1e-4)
        #expect(neighbours[2].terms.map(\.term) == ["a"])
        // The explanation weights add up to the score; without an embedding the score is
        // all shared words.
        for n in neighbours {
            #expect(abs(n.terms.map(\.weight).reduce(0, +) - n.score) < 1e-4)
            #expect(n.parts == ScoreParts(words: n.score, topic: 0, authors: 0, wordsWeight: 1))
        }
    }

    @Test func kLimitsAndUnknownIdsGiveNothing() {
        let index = Self.handIndex()
        #expect(index.related(to: 1, k: 1).map(\.id) == [4])
        #expect(index.related(to: 99).isEmpty)
        #expect(!index.related(to: 4).contains { $0.id == 4 })
    }

    static let texts: [(String, String)] = [
        ("Diffusion models for image synthesis", "Denoising diffusion probabilistic models generate images."),
        ("Latent diffusion for high resolution images", "We train diffusion models in a latent space of images."),
        ("State space models for long sequences", "Structured state space sequence models handle long context."),
        ("Mamba: selective state spaces", "Selective state space models scale linearly in sequence length."),
        ("Graph neural networks for molecules", "Message passing networks predict molecular properties."),
        ("Protein structure with graph networks", "Graph neural networks model protein structure and molecules."),
        ("Image generation with diffusion transformers", "Transformers replace the U-Net in diffusion image generation."),
    ]

    @Test func anIncrementalUpdateGivesTheSameNeighboursAsAFullRebuild() throws {
        var full = IndexBuilder()
        for (i, text) in Self.texts.enumerated() { full.add(id: Int64(i + 1), title: text.0, abstract: text.1) }
        full.finish()

        var first = IndexBuilder()
        for (i, text) in Self.texts.prefix(4).enumerated() { first.add(id: Int64(i + 1), title: text.0, abstract: text.1) }
        first.finish()
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try IndexFile.write(first.index, tag: "1:0", to: path)
        let (saved, _) = try IndexFile.readForUpdate(path: path)
        var second = IndexBuilder(index: saved)
        second.addAll(Self.texts.enumerated().dropFirst(4).map { IndexBuilder.Text(id: Int64($0.offset + 1), title: $0.element.0, abstract: $0.element.1) })
        second.finish()

        for id in 1...Int64(Self.texts.count) {
            #expect(second.index.related(to: id, k: 6) == full.index.related(to: id, k: 6))
        }
        #expect(full.index.related(to: 1, k: 2).map(\.id).contains(2))
        #expect(full.index.related(to: 3, k: 1).map(\.id) == [4])
        #expect(full.index.related(to: 5, k: 1).map(\.id) == [6])
    }

    @Test func parallelAnalysisGivesTheSameIndexAsOneByOne() {
        let papers = (0..<300).map { i in
            IndexBuilder.Text(id: Int64(i), title: Self.texts[i % Self.texts.count].0 + " \(i % 13)",
                              abstract: Self.texts[(i * 7) % Self.texts.count].1 + " variant\(i % 17)")
        }
        var one = IndexBuilder()
        for paper in papers { one.add(id: paper.id, title: paper.title, abstract: paper.abstract) }
        one.finish()
        var all = IndexBuilder()
        all.addAll(papers)
        all.finish()
        #expect(all.index.terms == one.index.terms)
        for id in stride(from: Int64(0), to: 300, by: 37) {
            #expect(all.index.related(to: id, k: 5) == one.index.related(to: id, k: 5))
        }
    }

    @Test func theEmbeddingReranksTowardsPapersOfTheSameTopic() {
        var builder = IndexBuilder()
        for (i, text) in Self.texts.enumerated() { builder.add(id: Int64(i + 1), title: text.0, abstract: text.1) }
        builder.finish()
        var plain = builder.index
        plain.settings.embeddingWeight = 0
        // Same candidates, and each fused score lies between the two signals' blend bounds.
        let fused = builder.index.related(to: 1, k: 6)
        #expect(Set(fused.map(\.id)) == Set(plain.related(to: 1, k: 6).map(\.id)))
        #expect(fused.first?.id == 2 || fused.first?.id == 7)
        #expect(fused.allSatisfy { $0.score >= 0 && $0.score <= 1 })
    }

    /// A query's posting budget bounds the postings each term reads (strongest first): a
    /// budget of one finds only each term's strongest paper; none, or the settings' default,
    /// finds them all. The graph asks for a budget of its own.
    @Test func thePostingBudgetBoundsWhatAQueryReads() {
        var builder = IndexBuilder()
        for i in 1...40 {
            builder.add(id: Int64(i), title: "Shared topic words number \(i)", abstract: "zebra quagga okapi text \(i) " + String(repeating: "zebra ", count: i % 5))
        }
        builder.finish()
        let index = builder.index
        let full = index.related(to: 1, k: 30, explain: 0, postingBudget: nil)
        #expect(full == index.related(to: 1, k: 30, explain: 0))
        #expect(full.count == 30)
        let tight = index.related(to: 1, k: 30, explain: 0, postingBudget: 1)
        #expect(tight.count < 10, "one posting per term: \(tight.count)")
        #expect(index.related(to: 1, k: 30, explain: 0, postingBudget: 1_000) == full)
        #expect(NeighbourhoodGraph.graphPostingBudget < QuerySettings().postingBudget)
    }

    static func temporaryPath() -> String {
        NSTemporaryDirectory() + "paperboat-index-\(UUID().uuidString).related"
    }

    @Test func theIndexFileAnswersExactlyAsTheIndexInMemory() throws {
        var builder = IndexBuilder()
        let papers = (0..<400).map { i in
            IndexBuilder.Text(id: Int64(i * 3 + 1), title: Self.texts[i % Self.texts.count].0 + " \(i % 11)",
                              abstract: Self.texts[(i * 5) % Self.texts.count].1 + " word\(i % 23) word\(i % 7)",
                              extraTerms: ["au:author\(i % 37)", "au:author\(i % 101)"])
        }
        builder.addAll(papers)
        builder.finish()
        #expect(builder.index.authorProfiles != nil)
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try IndexFile.write(builder.index, tag: "7:1", to: path)
        // Read per query (nothing resident) and from memory, the file answers alike.
        let unread = try DiskIndex(path: path, residentLimit: 0)
        for paper in papers.prefix(20) {
            #expect(unread.related(to: paper.id, k: 10, explain: 4) == builder.index.related(to: paper.id, k: 10, explain: 4))
        }
        let disk = try DiskIndex(path: path)
        #expect(disk.tag == "7:1")
        #expect(IndexFile.tag(ofFileAt: path) == "7:1")
        #expect(disk.count == 400)
        #expect(!disk.contains(2) && disk.contains(4))
        for paper in papers.prefix(60) {
            #expect(disk.related(to: paper.id, k: 10, explain: 4) == builder.index.related(to: paper.id, k: 10, explain: 4))
            #expect(disk.relation(of: paper.id, to: 1, explain: 4) == builder.index.relation(of: paper.id, to: 1, explain: 4))
        }
        let seeds = papers.prefix(5).map(\.id)
        #expect(disk.recommend(for: seeds, k: 8) == builder.index.recommend(for: seeds, k: 8))
        #expect(NeighbourhoodGraph(index: disk, origin: 1, depth: 2) == NeighbourhoodGraph(index: builder.index, origin: 1, depth: 2))
        // Read back for an update, it prepares to the same index.
        var (again, tag) = try IndexFile.readForUpdate(path: path)
        again.prepare()
        #expect(tag == "7:1")
        #expect(again.related(to: 4, k: 10) == builder.index.related(to: 4, k: 10))
    }

    // Postings are impact-ordered: a = [4 (1.0), 1 (0.62923), 2 (0.62923)], b = [1 (0.77723), 3 (0.70711)].
    // Reading one posting per term from doc 1 = (a, b) finds doc 4 through a, and only itself through b.
    @Test func aPostingBudgetReadsOnlyTheStrongestPostings() {
        var index = Self.handIndex()
        index.settings.postingBudget = 1
        #expect(index.related(to: 1, k: 3).map(\.id) == [4])
        index.settings.postingBudget = 2
        #expect(index.related(to: 1, k: 3).map(\.id) == [4, 3])
        #expect(Self.handIndex().related(to: 1, k: 3).map(\.id) == [4, 3, 2])
    }

    @Test func brokenIndexFilesAreRejectedWithAReason() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("nonsense".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: IndexFile.ReadError.notAnIndex) { try DiskIndex(path: path) }
        #expect(IndexFile.tag(ofFileAt: path) == nil)
        try IndexFile.write(Self.handIndex(), tag: "1:0", to: path)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        for cut in [12, 40, whole.count / 2, whole.count - 4] {
            try whole.prefix(cut).write(to: URL(fileURLWithPath: path))
            #expect(throws: IndexFile.ReadError.truncated) { try DiskIndex(path: path) }
            #expect(throws: IndexFile.ReadError.truncated) { try IndexFile.readForUpdate(path: path) }
        }
        #expect(throws: IndexFile.ReadError.self) { try DiskIndex(path: path + ".missing") }
    }

    /// A file an older Paperboat wrote says so, and names both formats.
    @Test func anIndexOfAnotherVersionIsNamedAsSuch() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try IndexFile.write(Self.handIndex(), tag: "1:0", to: path)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.replaceSubrange(0..<8, with: Data("PBSIM004".utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: IndexFile.ReadError.otherVersion("PBSIM004")) { try DiskIndex(path: path) }
        #expect(throws: IndexFile.ReadError.otherVersion("PBSIM004")) { try IndexFile.readForUpdate(path: path) }
        #expect(IndexFile.ReadError.otherVersion("PBSIM004").description
            == "made by another version of Paperboat: format PBSIM004, this one reads PBSIM007")
    }
}

@Suite struct NeighbourhoodGraphTests {
    static func index() -> SimilarityIndex {
        var builder = IndexBuilder()
        for (i, text) in SimilarityIndexTests.texts.enumerated() { builder.add(id: Int64(i + 1), title: text.0, abstract: text.1) }
        builder.finish()
        return builder.index
    }

    @Test func depthAndBreadthBoundTheNodesAndEdgesStayAmongThem() {
        let index = Self.index()
        let one = NeighbourhoodGraph(index: index, origin: 1, depth: 1, breadth: [3])
        #expect(one.nodes.first == .init(id: 1, depth: 0))
        #expect(one.nodes.count == 4 && one.nodes.dropFirst().allSatisfy { $0.depth == 1 })
        let two = NeighbourhoodGraph(index: index, origin: 1, depth: 2, breadth: [2, 2])
        #expect(two.nodes.count > 3 && two.nodes.contains { $0.depth == 2 })
        let ids = Set(two.nodes.map(\.id))
        #expect(two.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) && $0.source != $0.target })
        #expect(two == NeighbourhoodGraph(index: index, origin: 1, depth: 2, breadth: [2, 2]))
        #expect(NeighbourhoodGraph(index: index, origin: 99, depth: 2).nodes.isEmpty)
    }
}
