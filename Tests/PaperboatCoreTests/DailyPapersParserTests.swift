import Testing
@testable import PaperboatCore

@Suite struct DailyPapersParserTests {
    let spaced = """
        new

        Get trending papers in your email inbox!

        Subscribe

        Daily Papers

        byAK and the research community

        Sep 8

        Mixture of Volumetric Primitives for Efficient Neural Rendering

        Real-time rendering and animation of humans is a core function.

        Pointer Networks

        We introduce a new neural architecture.
        """

    let packed = """
        Get trending papers in your email inbox once a day!
        Get trending papers in your email inbox!
        SubscribeMARLIN: Masked Autoencoder for facial video Representation LearnINg
        This paper proposes a self-supervised approach.
        ConvBERT: Improving BERT with Span-based Dynamic Convolution
        Pre-trained language models like BERT.
        """

    @Test func readsTheSpacedLayoutWithItsDateHeader() {
        let records = Fixtures.parse(spaced, with: DailyPapersParser())
        let drafts = Fixtures.drafts(records)
        #expect(drafts.count == 2)
        #expect(drafts[0].title == "Mixture of Volumetric Primitives for Efficient Neural Rendering")
        #expect(drafts[0].abstract == "Real-time rendering and animation of humans is a core function.")
        #expect(drafts.allSatisfy { $0.date == "--09-08" })
        #expect(records.first == .paper(line: 13, drafts[0]))
    }

    @Test func readsThePackedLayoutWithTheTitleGluedToSubscribe() {
        let drafts = Fixtures.drafts(Fixtures.parse(packed, with: DailyPapersParser()))
        #expect(drafts.map(\.title) == ["MARLIN: Masked Autoencoder for facial video Representation LearnINg",
                                        "ConvBERT: Improving BERT with Span-based Dynamic Convolution"])
        #expect(drafts[1].abstract == "Pre-trained language models like BERT.")
        #expect(drafts.allSatisfy { $0.date.isEmpty })
    }

    @Test func rejectsAnAbstractWithoutTitleAndKeepsTheRest() {
        let orphan = String(repeating: "word ", count: 120)
        let text = "Daily Papers\n\n\(orphan)\n\nGood Title\n\nGood abstract.\n"
        let records = Fixtures.parse(text, with: DailyPapersParser())
        #expect(records.contains { if case .rejected(line: 3, _) = $0 { return true } else { return false } })
        #expect(Fixtures.drafts(records).map(\.title) == ["Good Title"])
    }

    @Test func keepsATrailingTitleWithAWarning() {
        let records = Fixtures.parse("Daily Papers\nA Title\nAn abstract.\nLonely Title\n", with: DailyPapersParser())
        #expect(Fixtures.drafts(records).map(\.title) == ["A Title", "Lonely Title"])
        #expect(records.contains(.warning(line: 4, note: "title without an abstract at the end of the file")))
    }

    @Test func repairsInvalidUTF8AndSaysWhere() {
        var bytes = Array("Daily Papers\nBad ".utf8) + [0xFF, 0xFE] + Array(" Title\nAbstract.\n".utf8)
        bytes += Array("Next\nMore.\n".utf8)
        let records = Fixtures.parse(bytes: bytes, with: DailyPapersParser())
        #expect(records.contains(.warning(line: 2, note: "invalid UTF-8 replaced with U+FFFD")))
        #expect(Fixtures.drafts(records).count == 2)
    }

    @Test func detectsBothLayouts() {
        #expect(ImportFormat.detect(Array(spaced.utf8)) == .dailyPapers)
        #expect(ImportFormat.detect(Array(packed.utf8)) == .dailyPapers)
        #expect(ImportFormat.detect(Array("  {\"title\": \"x\"}".utf8)) == .jsonLines)
        #expect(ImportFormat.detect(Array("hello world".utf8)) == nil)
        #expect(ImportFormat.detect([]) == nil)
    }
}
