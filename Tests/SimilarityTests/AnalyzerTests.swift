import Testing
@testable import Similarity

@Suite struct AnalyzerTests {
    @Test(arguments: [
        ("transformers", "transform"), ("networks", "network"), ("generalization", "gener"), ("caresses", "caress"),
        ("ponies", "poni"), ("relational", "relat"), ("hopping", "hop"), ("agreed", "agre"), ("happy", "happi"),
        ("diffusion", "diffus"), ("learning", "learn"), ("running", "run"), ("a", "a"),
    ])
    func porterStems(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func tokensFoldCaseAndDiacriticsAndBreakPhrasesAtPunctuation() {
        #expect(Analyzer.tokens("Café-Style RÉSUMÉ, naïve.") == ["cafe", "style", "resume", nil, "naive", nil])
        #expect(Analyzer.tokens("3D Gaussian (GS)") == ["3d", "gaussian", nil, "gs", nil])
    }

    @Test func dropsStopWordsNumbersAndSingleLetters() {
        var analyzer = Analyzer(bigrams: false)
        #expect(analyzer.terms("We propose a novel model for the 2024 x task") == ["model", "task"])
    }

    @Test func bigramsJoinAdjacentContentWordsOnly() {
        var analyzer = Analyzer()
        #expect(analyzer.terms("State space models, and diffusion") ==
                ["state", "space", "state_space", "model", "space_model", "diffus"])
    }

    @Test func nonLatinScriptsAreKept() {
        var analyzer = Analyzer(bigrams: false)
        #expect(analyzer.terms("深層学習 Ελληνικά") == ["深層学習", "ελληνικα"])
    }
}
