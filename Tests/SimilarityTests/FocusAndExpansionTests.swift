import Foundation
import Testing
@testable import Similarity

/// Term focus, pseudo-classes, query expansion, and the independence of the embedding from
/// the order papers were added in — on synthetic libraries large enough (600+ papers) for
/// focus to be on.
@Suite struct FocusAndExpansionTests {
    /// `count` papers: paper i is on topic i % topics, with 8 of its topic's 30 words and
    /// 6 of 50 words every topic uses; `topics` 1 gives papers with no topic at all.
    static func library(count: Int, topics: Int, seed: UInt64 = 1) -> [IndexBuilder.Text] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let topic = i % topics
            let own = (0..<8).map { _ in "topic\(topic)word\(random.next() % 30)" }
            let common = (0..<6).map { _ in "shared\(random.next() % 50)" }
            return IndexBuilder.Text(id: Int64(i + 1), title: own.prefix(3).joined(separator: " "),
                                     abstract: (own + common).shuffledDeterministically(&random).joined(separator: ". "))
        }
    }

    static func index(_ papers: [IndexBuilder.Text], focusPower: Float? = nil) -> SimilarityIndex {
        var builder = IndexBuilder()
        builder.addAll(papers)
        var index = builder.index
        if let focusPower { index.focusPower = focusPower }
        index.prepare()
        return index
    }

    /// The embedding's random matrix may not vary with position: rows at any offset must be
    /// uncorrelated, as for independent signs (the mean of 2,000 row correlations then has a
    /// spread of about 0.0014). An earlier generator, one LCG step per dimension from a seed
    /// linear in the position, correlated rows 10 apart by +0.056 and 64 apart by −0.084,
    /// which pulled papers imported near each other together and leaked the dev set's file
    /// order (daily listings, grouped by category) into the benchmark.
    @Test func theRandomMatrixHasNoStructureByPosition() {
        let d = SecondOrderEmbedding.dimensions
        let rows = (0..<2_400).map { doc -> [Float] in
            var signs = [Float](repeating: 0, count: d)
            SecondOrderEmbedding.randomSigns(forDocument: doc, into: &signs)
            return signs
        }
        var worst: Float = 0
        for offset in 1...300 {
            var sum: Float = 0
            for doc in 0..<2_000 {
                for k in 0..<d { sum += rows[doc][k] * rows[doc + offset][k] }
            }
            worst = max(worst, abs(sum / Float(2_000 * d)))
        }
        #expect(worst < 0.01, "largest mean correlation between rows at one offset: \(worst)")
        let balance = rows.joined().reduce(0, +) / Float(rows.count * d)
        #expect(abs(balance) < 0.01)
    }

    /// The index of `papers` with query expansion as set, and with it off.
    static func withAndWithoutExpansion(_ papers: [IndexBuilder.Text], candidates: Int) -> (SimilarityIndex, SimilarityIndex) {
        var expanded = index(papers)
        expanded.settings.rerankCandidates = candidates
        var plain = expanded
        plain.settings.expansionDocuments = 0
        return (expanded, plain)
    }

    /// A topic's words carry more focus than words every topic uses.
    @Test func topicalTermsWeighMoreThanEvenlySpreadOnes() throws {
        let papers = Self.library(count: 900, topics: 3)
        let focused = Self.index(papers)
        let plain = Self.index(papers, focusPower: 0)
        func gain(_ term: String) throws -> Float {
            let t = try #require(focused.termIds[term])
            return focused.termFactor[Int(t)] / plain.termFactor[Int(t)]
        }
        #expect(PseudoClasses.sizes(forDocuments: 900) == [20])
        #expect(PseudoClasses.sizes(forDocuments: 499).isEmpty)
        #expect(PseudoClasses.sizes(forDocuments: 5_000) == [50])
        #expect(PseudoClasses.sizes(forDocuments: 24_943) == [100])
        #expect(PseudoClasses.sizes(forDocuments: 1_000_000) == [100])
        for w in 0..<5 {
            #expect(try gain("topic0word\(w)") > gain("shared\(w)") * 1.2, "topic0word\(w)")
        }
    }

    /// Focus and author profiles are derived from the counts alone: the same papers give the
    /// same weights, and an update that adds papers gives exactly the neighbours of a full rebuild.
    @Test func anIncrementalUpdateWithFocusGivesTheNeighboursOfAFullRebuild() throws {
        // Authors shared across the two batches, so author profiles change with the update.
        let papers = Self.library(count: 700, topics: 4).map { paper in
            var paper = paper
            paper.extraTerms = ["au:a\(paper.id % 97)"]
            return paper
        }
        let full = Self.index(papers)
        #expect(Self.index(papers).termFactor == full.termFactor)

        var first = IndexBuilder()
        first.addAll(Array(papers.prefix(560)))
        first.finish()
        let path = SimilarityIndexTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try IndexFile.write(first.index, tag: "1:0", to: path)
        let (saved, _) = try IndexFile.readForUpdate(path: path)
        var second = IndexBuilder(index: saved)
        second.addAll(Array(papers.dropFirst(560)))
        second.finish()
        #expect(second.index.termFactor == full.termFactor)
        for id in stride(from: Int64(1), through: 700, by: 23) {
            #expect(second.index.related(to: id, k: 8) == full.related(to: id, k: 8))
        }
    }

    /// Expansion changes which papers make a list of ten, not their scores: every paper keeps
    /// the score it has without expansion (its own likeness), lists fall by score, and the
    /// neighbours share the paper's topic.
    @Test func expansionChoosesTheListButKeepsEachPapersOwnScore() {
        let (expanded, plain) = Self.withAndWithoutExpansion(Self.library(count: 900, topics: 3), candidates: 60)
        var changed = 0
        for id in stride(from: Int64(1), through: 900, by: 17) {
            let a = expanded.related(to: id, k: 10, explain: 0)
            let all = Dictionary(uniqueKeysWithValues: plain.related(to: id, k: 60, explain: 0).map { ($0.id, $0.score) })
            #expect(a.allSatisfy { all[$0.id] == $0.score })
            #expect(zip(a, a.dropFirst()).allSatisfy { $0.score >= $1.score })
            if Set(a.map(\.id)) != Set(plain.related(to: id, k: 10, explain: 0).map(\.id)) { changed += 1 }
            let onTopic = a.filter { ($0.id - 1) % 3 == (id - 1) % 3 }.count
            #expect(onTopic >= 8, "paper \(id): \(onTopic) of 10 on its topic")
        }
        #expect(changed > 0, "expansion never changed a list")
    }

    /// A narrow `include` (a date window) still fills every place: only papers it admits
    /// compete for them.
    @Test func recommendationsInANarrowWindowFillEveryPlace() {
        let index = Self.index(Self.library(count: 900, topics: 3))
        let seeds = (0..<10).map { Int64($0 * 3 + 1) }   // topic 0
        let window: (Int64) -> Bool = { $0 > 880 }        // 20 papers, about 7 of them on topic 0
        let results = index.recommend(for: seeds, k: 10, explain: 2, excluded: [], include: window)
        #expect(results.count == 10)
        #expect(results.allSatisfy { window($0.id) && !seeds.contains($0.id) })
        #expect(zip(results, results.dropFirst()).allSatisfy { $0.score >= $1.score })
        // The on-topic papers of the window come first.
        let onTopic = results.prefix(while: { ($0.id - 1) % 3 == 0 }).count
        #expect(onTopic >= 5)
    }

    /// In a small pool there are not enough neighbours to expand with: ranking is the plain blend.
    @Test func aSmallPoolIsNotExpanded() {
        let (expanded, plain) = Self.withAndWithoutExpansion(Self.library(count: 40, topics: 2), candidates: 5)
        for id in Int64(1)...40 {
            #expect(expanded.related(to: id, k: 5) == plain.related(to: id, k: 5))
        }
    }
}

extension Array {
    /// A Fisher–Yates shuffle driven by `random` (repeatable, unlike `shuffled()`).
    func shuffledDeterministically(_ random: inout SplitMix64) -> [Element] {
        var copy = self
        for i in stride(from: copy.count - 1, to: 0, by: -1) { copy.swapAt(i, Int(random.next() % UInt64(i + 1))) }
        return copy
    }
}
