import Testing
@testable import Similarity

/// The lead sentence and its extra weight in a paper's counts.
@Suite struct LeadSentenceTests {
    @Test func theLeadEndsAtTheFirstFullStop() {
        #expect(LeadSentence.of("Video segmentation is hard. We propose X. It works.") == "Video segmentation is hard")
        #expect(LeadSentence.of("One sentence only.") == "One sentence only.")
        #expect(LeadSentence.of("") == "")
        #expect(LeadSentence.of("Version 2.0 of a model. Next") == "Version 2.0 of a model", "a stop inside a number is not an end")
    }

    /// A term of the lead counts 1 + leadSentenceWeight times per use; a term only further
    /// on counts once; the title's terms count titleWeight.
    @Test func leadTermsCountMore() throws {
        var builder = IndexBuilder(bigrams: false)
        builder.add(id: 1, title: "Graphs", abstract: "Segmentation matters. Kernels help.")
        let index = builder.index
        func count(_ term: String) -> Float? {
            guard let t = index.termIds[term] else { return nil }
            let range = Int(index.docOffsets[0])..<Int(index.docOffsets[1])
            return range.first { index.docTerms[$0] == t }.map { index.docCounts[$0] }
        }
        #expect(count("segment") == 1 + SimilarityIndex.leadSentenceWeight)
        #expect(count("kernel") == 1)
        #expect(count("graph") == SimilarityIndex.titleWeight)
    }
}
