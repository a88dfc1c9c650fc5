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

    /// TeX accents fold as Unicode accents do, so a name is one word however it is written;
    /// commands stay tokens of their own, the brace after them included.
    @Test func texAccentsFoldIntoTheirWord() {
        #expect(Analyzer.tokens(#"Fr\'echet and Fréchet"#) == ["frechet", "and", "frechet"])
        #expect(Analyzer.tokens(#"Schr{\"o}dinger, M{\"u}ller na\"ive"#) == ["schrodinger", nil, "muller", "naive"])
        #expect(Analyzer.tokens(#"$\mathcal{O}(n)$ in {LLMs}"#) == ["mathcal", "o", nil, "n", nil, "in", "llms"])
        #expect(Analyzer.tokens(#"10{\deg} \cite{dpo}. \\ B\^{o}t"#) == ["10", "deg", "cite", "dpo", nil, "bot"])
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

    /// The counter the builder uses gives exactly the analyser's terms, counted, numbered in
    /// order of first appearance — on punctuation, stop words, numbers, diacritics,
    /// combining marks, non-Latin scripts and repeated words and phrases.
    @Test func theTermCounterCountsWhatTheAnalyserLists() {
        let texts = [
            "State space models, and diffusion: state-space MODELS (S4) beat 2024 baselines; state space again!",
            "Café-Style RÉSUMÉ, naïve models. Cafe\u{301} style résumé naïve — e\u{301}le\u{300}ve",
            "深層学習 Ελληνικά 深層学習 and ελληνικά 3D Gaussian (GS) 3D gaussians",
            "",
            "a an the of . , ; : ( ) [ ] ! ? \" x y z 12 345",
            #"Fr\'echet B\'ezier Schr{\"o}dinger $\mathcal{O}(n)$ \cite{dpo} 10{\deg} \\ \"é\ \"#,
        ]
        for bigrams in [true, false] {
            var counter = TermCounter(bigrams: bigrams)
            var analyzer = Analyzer(bigrams: bigrams)
            var seen: [String] = []
            for text in texts {
                counter.add(text, weight: 2)
                counter.add(text.uppercased(), weight: 1)
                let counts = counter.finishDocument()
                var expected: [String: Float] = [:]
                var order: [String] = []
                for (list, weight) in [(analyzer.terms(text), Float(2)), (analyzer.terms(text.uppercased()), Float(1))] {
                    for term in list {
                        if expected[term] == nil && !seen.contains(term) && !order.contains(term) { order.append(term) }
                        expected[term, default: 0] += weight
                    }
                }
                seen += order
                let got = Dictionary(uniqueKeysWithValues: counts.map { (counter.terms[Int($0.0)], $0.1) })
                #expect(got == expected, "\(text)")
            }
            #expect(counter.terms == seen)
        }
    }
}


@Suite struct TermWordsTests {
    @Test func stemsAndBigramsReadAsTheTextWritesThem() {
        let text = "Large Language Models for Segmentation. We segment images with large language models; large and language."
        let readable = TermWords.readable(["larg_languag", "languag", "segment", "languag_model", "cat:cs.cl", "absent"], in: [text])
        #expect(readable == ["large language", "language", "segmentation", "language models", "cat:cs.cl", "absent"])
    }

    @Test func theMostFrequentSpellingWinsAcrossTexts() {
        let readable = TermWords.readable(["network"], in: ["A network.", "Networks, networks and networking."])
        #expect(readable == ["networks"])
        #expect(TermWords.readable([], in: ["anything"]) == [])
        #expect(TermWords.readable(["diffus"], in: []) == ["diffus"])
    }

    /// Stemming only words that begin as a wanted stem does changes nothing.
    @Test func screeningWordsByTheirStartChangesNothing() {
        var analyzer = Analyzer()
        let texts = ["Happy ponies cried; relational caresses and the hopping hoped-for ties.",
                     "Large language models: generalization, generalizing and generalized general agents.",
                     "État de l'art: naïve Bayes über alles, classifying classification classes."]
        for text in texts {
            let terms = Array(Set(analyzer.terms(text))).sorted()
            #expect(TermWords.readable(terms, in: [text], screened: true) == TermWords.readable(terms, in: [text], screened: false))
        }
    }

    /// A speller shared by many look-ups spells each exactly as a look-up alone does, whatever
    /// texts and stems earlier look-ups left in it.
    @Test func aSharedSpellerSpellsAsEachLookUpAlone() {
        var analyzer = Analyzer()
        let shared = "Large language models segment images; networks of large language models."
        let others = ["Segmentation networks: segmenting and segmented images.", "A network of languages, large and small.",
                      "Models, modelling and modeled language."]
        var speller = TermSpeller()
        for text in others + others.reversed() {
            let terms = Array(Set(analyzer.terms(text) + analyzer.terms(shared))).sorted()
            #expect(speller.readable(terms, in: [text, shared]) == TermWords.readable(terms, in: [text, shared]), "\(text)")
        }
    }

    /// The words found are those the analyser makes the term from (so every term the index
    /// explains with can be spelled from the paper it came from).
    @Test func everyTermOfATextIsSpelledFromIt() {
        var analyzer = Analyzer()
        let text = "Diffusion transformers denoise latent images; state-space models scale linearly."
        let terms = Array(Set(analyzer.terms(text))).sorted()
        let readable = TermWords.readable(terms, in: [text])
        for (term, words) in zip(terms, readable) {
            #expect(words != term || !term.contains("_"), "\(term) was not spelled")
            var again = Analyzer()
            #expect(again.terms(words).contains(term), "\(words) does not analyse back to \(term)")
        }
    }
}
