import PaperboatCore
import Testing
@testable import PaperboatUI

@Suite struct TextLayoutTests {
    @Test func wrapsAtSpacesByCells() {
        #expect(TextLayout.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func wrapsWideCharactersByCellsNotCharacters() {
        let lines = TextLayout.wrap("漢字漢字漢字 abc", width: 5)
        #expect(lines == ["漢字", "漢字", "漢字", "abc"])
        #expect(lines.allSatisfy { CellWidth.of($0) <= 5 })
    }

    @Test func combiningMarksTakeNoCell() {
        #expect(TextLayout.wrap("e\u{301}e\u{301}e\u{301} x", width: 3) == ["e\u{301}e\u{301}e\u{301}", "x"])
    }

    @Test func splitsWordsLongerThanALine() {
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func keepsParagraphsAndDropsControls() {
        #expect(TextLayout.wrap("one\n\ntwo\u{1B}[1m!", width: 20) == ["one", "", "two!"])
    }

    @Test func truncatesWithAnEllipsisByCells() {
        #expect(TextLayout.truncate("Hello world", width: 8) == "Hello w…")
        #expect(TextLayout.truncate("漢字漢字", width: 5) == "漢字…")
        #expect(TextLayout.truncate("short", width: 8) == "short")
        #expect(TextLayout.truncate("anything", width: 0) == "")
    }

    /// The end of a line being typed stays in view: cut from the front, by cells.
    @Test func truncatesTheFrontWithAnEllipsisByCells() {
        #expect(TextLayout.truncateLeading("Hello world", width: 8) == "…o world")
        #expect(TextLayout.truncateLeading("漢字漢字", width: 5) == "…漢字")
        #expect(TextLayout.truncateLeading("short", width: 8) == "short")
        #expect(TextLayout.truncateLeading("anything", width: 0) == "")
        // A combining mark whose letter is cut off does not start the line.
        #expect(TextLayout.truncateLeading("abcde\u{0301}fg", width: 4) == "…e\u{0301}fg")
        #expect(TextLayout.truncateLeading("abcd\u{0301}fgh", width: 4) == "…fgh")
        #expect(CellWidth.of(TextLayout.truncateLeading(String(repeating: "字", count: 30), width: 9)) <= 9)
    }
}

@Suite struct ScreenTests {
    @Test func writesAreClippedByCellsAndWideCharactersNeverStraddle() {
        var screen = Screen(height: 1, width: 6)
        let used = screen.write("ab漢字", row: 0, column: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(screen.rowText(0) == "ab漢  ")
        #expect(screen[0, 3].isContinuation)
    }

    @Test func hostileTextNeverReachesACell() {
        var screen = Screen(height: 1, width: 40)
        screen.write("Evil \u{1B}[31mred\u{9B}2J \u{202E}x\u{07}", row: 0, column: 0, maxWidth: 40)
        #expect(screen.rowText(0).hasPrefix("Evil red x"))
        let scalars = screen.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    }

    @Test func writesOutsideTheScreenAreIgnored() {
        var screen = Screen(height: 2, width: 4)
        screen.write("x", row: 5, column: 0, maxWidth: 4)
        screen.write("y", row: -1, column: 0, maxWidth: 4)
        screen.write("toolong", row: 1, column: 2, maxWidth: 10)
        #expect(screen.text == "    \n  to")
    }
}

@Suite struct CountTextTests {
    @Test func groupsDigitsByThousands() {
        #expect(CountText.grouped(0) == "0")
        #expect(CountText.grouped(999) == "999")
        #expect(CountText.grouped(1_000) == "1,000")
        #expect(CountText.grouped(120_102) == "120,102")
        #expect(CountText.grouped(999_999) == "999,999")
        #expect(CountText.grouped(1_234_567) == "1,234,567")
        #expect(CountText.grouped(-4_500) == "-4,500")
    }

    @Test func countsNounsSingularForOne() {
        #expect(CountText.counted(1, "paper") == "1 paper")
        #expect(CountText.counted(0, "paper") == "0 papers")
        #expect(CountText.counted(24_943, "paper") == "24,943 papers")
    }
}
