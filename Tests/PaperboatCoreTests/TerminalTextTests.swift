import Testing
@testable import PaperboatCore

@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("plain title", "plain title"),
        ("\u{1B}[31mred\u{1B}[0m title", "red title"),
        ("\u{1B}]0;pwned\u{07}title", "title"),
        ("\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
        ("a\u{9B}2Jb", "ab"),
        ("a\u{9D}0;x\u{9C}b", "ab"),
        ("\u{1B}Pq#0;2;0;0;0\u{1B}\\sixel", "sixel"),
        ("\u{1B}(Bcharset", "charset"),
        ("\u{1B}7save", "save"),
        ("bell\u{07}nul\u{00}del\u{7F}bs\u{08}", "bellnuldelbs"),
        ("tab\there", "tab here"),
        ("line\r\nbreak\nnext", "line break next"),
        ("abc\u{202E}fed\u{202C}", "abcfed"),
        ("\u{2066}iso\u{2069}\u{200E}\u{200F}\u{061C}", "iso"),
        ("漢字 café e\u{301}", "漢字 café e\u{301}"),
        ("\u{85}next-line\u{8D}", "next-line"),
    ])
    func makesHostileTextInert(input: String, expected: String) {
        let clean = TerminalText.sanitize(input)
        #expect(clean == expected)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    /// The fast path passes a character exactly when the full sanitiser would keep it as it is.
    @Test func theFastPathAgreesWithTheStateMachine() {
        let scalars = (0...0x3000).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0x1F600)!, Unicode.Scalar(0xFEFF)!]
        for keepNewlines in [false, true] {
            for scalar in scalars {
                let text = "a" + String(Character(scalar)) + "b"
                let kept = TerminalText.sanitizeScalars(text, keepNewlines: keepNewlines) == text
                #expect(TerminalText.isInert(text, keepNewlines: keepNewlines) == kept,
                        "U+\(String(scalar.value, radix: 16)) keepNewlines \(keepNewlines)")
            }
        }
        #expect(TerminalText.sanitize("an “en” – dash ± 5 °C, 漢字\n", keepNewlines: true) == "an “en” – dash ± 5 °C, 漢字\n")
    }

    @Test func keepsParagraphsWhenAsked() {
        #expect(TerminalText.sanitize("one\r\ntwo\n\nthree", keepNewlines: true) == "one\ntwo\n\nthree")
    }

    @Test func anUnterminatedSequenceCannotSwallowEverything() {
        let text = "\u{1B}]" + String(repeating: "x", count: 1000)
        #expect(TerminalText.sanitize(text).count > 500)
    }
}

@Suite struct CellWidthTests {
    @Test func measuresByCells() {
        #expect(CellWidth.of("abc") == 3)
        #expect(CellWidth.of("漢字") == 4)
        #expect(CellWidth.of("e\u{301}") == 1)
        #expect(CellWidth.of("한국어") == 6)
        #expect(CellWidth.of("🎉") == 2)
        #expect(CellWidth.of("\u{200B}") == 0)
        #expect(CellWidth.of("ｆｕｌｌ") == 8)
    }
}
