import Foundation
import Testing
@testable import Similarity

/// Author profiles: what a paper's authors' other papers are about, and how they move its
/// neighbours.
@Suite struct AuthorProfilesTests {
    /// The 600 papers of ``FocusAndExpansionTests/library(count:topics:seed:)`` on three
    /// topics, with authors: 1 with 2 and 3 (`au:x`); 4 with 5 twice (`au:y`, `au:z`) and
    /// with 6 once (`au:y`); 7 alone (`au:solo`); 8 only with a name on 51 papers (`au:common`).
    static func papers() -> [IndexBuilder.Text] {
        var papers = FocusAndExpansionTests.library(count: 600, topics: 3)
        let authors: [Int64: [String]] = [1: ["au:x"], 2: ["au:x"], 3: ["au:x"], 4: ["au:y", "au:z"],
                                          5: ["au:y", "au:z"], 6: ["au:y"], 7: ["au:solo"]]
        for i in papers.indices {
            papers[i].extraTerms = authors[papers[i].id] ?? []
            if papers[i].id >= 8 && papers[i].id < 8 + 51 { papers[i].extraTerms.append("au:common") }
        }
        return papers
    }

    static func unit(_ vector: [Float]) -> [Float] {
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return vector.map { $0 / norm }
    }

    /// The index of `papers`, and each paper's unit embedding and author profile by id.
    static func built(_ papers: [IndexBuilder.Text]) throws
        -> (index: SimilarityIndex, vector: (Int64) -> [Float], profile: (Int64) -> [Float]) {
        var builder = IndexBuilder()
        builder.addAll(papers)
        builder.finish()
        let index = builder.index
        let embedding = try #require(index.embedding)
        let vector = { (id: Int64) -> [Float] in
            var row = [Float](repeating: 0, count: SecondOrderEmbedding.dimensions)
            embedding.unitVector(at: index.position(of: id) ?? -1, into: &row, offset: 0)
            return row
        }
        let profile = { (id: Int64) -> [Float] in
            let (codes, scale) = index.authorProfile(at: index.position(of: id) ?? -1)
            return codes.map { Float($0) * scale }
        }
        return (index, vector, profile)
    }

    @Test func aProfileIsTheMeanOfTheAuthorsOtherPapers() throws {
        let (index, vector, profile) = try Self.built(Self.papers())
        func cosine(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

        // Paper 1's authors wrote 2 and 3: its profile is the unit mean of theirs, not its own.
        let expected1 = Self.unit(zip(vector(2), vector(3)).map { $0 + $1 })
        #expect(cosine(profile(1), expected1) > 0.999)
        #expect(cosine(profile(1), vector(1)) < 0.9)
        // Paper 4 shares two authors with 5 and one with 6: 5 counts twice.
        let expected4 = Self.unit(zip(vector(5), vector(6)).map { 2 * $0 + $1 })
        #expect(cosine(profile(4), expected4) > 0.999)
        // Paper 6 shares au:y with 4 and 5.
        #expect(cosine(profile(6), Self.unit(zip(vector(4), vector(5)).map { $0 + $1 })) > 0.999)
        // No other paper by the same author, or only a name on more than 50 papers: no profile.
        #expect(index.authorProfile(at: index.position(of: 7) ?? -1).scale == 0)
        #expect(index.authorProfile(at: index.position(of: 8) ?? -1).scale == 0)
        #expect(AuthorProfiles.maxPapersPerAuthor == 50)
        // Without authors there are no profiles at all.
        let plain = FocusAndExpansionTests.index(FocusAndExpansionTests.library(count: 600, topics: 3))
        #expect(plain.authorProfiles == nil)
    }

    /// A paper whose words sit between two topics leans towards the topic its authors
    /// usually write on.
    @Test func profilesPullNeighboursTowardsTheAuthorsUsualTopic() {
        var random = SplitMix64(seed: 9)
        var papers = FocusAndExpansionTests.library(count: 900, topics: 3)
        // Paper 901: four words of topic 0 and four of topic 1, by an author who wrote ten
        // topic-1 papers (ids 2, 5, 8, …: id − 1 ≡ 1 mod 3).
        let words = (0..<4).map { _ in "topic0word\(random.next() % 30)" } + (0..<4).map { _ in "topic1word\(random.next() % 30)" }
        papers.append(IndexBuilder.Text(id: 901, title: words.prefix(2).joined(separator: " ") + " " + words[4],
                                        abstract: words.joined(separator: ". "), extraTerms: ["au:habit"]))
        for i in papers.indices where [2, 5, 8, 11, 14, 17, 20, 23, 26, 29].contains(papers[i].id) {
            papers[i].extraTerms = ["au:habit"]
        }
        var builder = IndexBuilder()
        builder.addAll(papers)
        builder.finish()
        var with = builder.index
        var without = builder.index
        with.settings.authorWeight = 0.3
        without.settings.authorWeight = 0
        func topicOne(_ index: SimilarityIndex) -> Int {
            index.related(to: 901, k: 10, explain: 0).filter { ($0.id - 1) % 3 == 1 }.count
        }
        #expect(topicOne(with) > topicOne(without), "\(topicOne(with)) against \(topicOne(without))")
        #expect(topicOne(with) >= 8)
    }

    /// A neighbour's score parts are the blend's terms, each as computed here from the
    /// embeddings and profiles, and they add up to its score.
    @Test func scorePartsAreTheBlendsTermsAndAddUpToTheScore() throws {
        // Topic-0 papers 10, 13, …, 100 share an author too, so paper 1's neighbours have
        // profiles of their own.
        var papers = Self.papers()
        for i in papers.indices where (10...100).contains(papers[i].id) && (papers[i].id - 1) % 3 == 0 {
            papers[i].extraTerms.append("au:w")
        }
        let (index, vector, profile) = try Self.built(papers)
        func dot(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        let weight = index.settings.embeddingWeight, authorWeight = index.settings.authorWeight
        #expect(weight == 0.5 && authorWeight == 0.1)
        let neighbours = index.related(to: 1, k: 10, explain: 1_000)
        #expect(neighbours.count == 10)
        for n in neighbours {
            let parts = n.parts
            #expect(parts.wordsWeight == 1 - weight)
            // Every shared term is listed, so their weights make up the whole term cosine.
            #expect(abs(n.terms.map(\.weight).reduce(0, +) * (1 - weight) - parts.words) < 1e-4, "\(n.id)")
            #expect(abs(parts.topic - weight * max(0, dot(vector(1), vector(n.id)))) < 1e-4, "\(n.id)")
            let expectedAuthors = authorWeight * (dot(profile(1), vector(n.id)) + dot(vector(1), profile(n.id)))
            #expect(abs(parts.authors - expectedAuthors) < 1e-4, "\(n.id)")
            #expect(abs(min(1, max(0, parts.total)) - n.score) < 1e-6)
        }
        // Paper 1 has a profile, and so have some of its neighbours: both ways count.
        #expect(neighbours.filter { abs(dot(vector(1), profile($0.id))) > 0.05 }.count >= 2)
        #expect(neighbours.allSatisfy { abs($0.parts.authors) > 1e-3 })
        var without = index
        without.settings.authorWeight = 0
        #expect(without.related(to: 1, k: 10).allSatisfy { $0.parts.authors == 0 })
        // A pair asked for directly scores as the related list does, term for term.
        for n in neighbours {
            let pair = try #require(index.relation(of: n.id, to: 1, explain: 1_000))
            #expect(abs(pair.parts.words - n.parts.words) < 1e-5 && abs(pair.parts.topic - n.parts.topic) < 1e-6
                    && abs(pair.parts.authors - n.parts.authors) < 1e-6, "\(pair.parts) against \(n.parts)")
            #expect(abs(pair.score - n.score) < 1e-5 && pair.terms.map(\.term) == n.terms.map(\.term))
        }
        // And papers outside the list too: one of another topic scores lower than the tenth.
        let far = try #require(index.relation(of: 2, to: 1, explain: 5))
        #expect(far.score < (neighbours.last?.score ?? 0))
        #expect(index.relation(of: 1, to: 1, explain: 5) == nil && index.relation(of: 99_999, to: 1, explain: 5) == nil)
    }
}
