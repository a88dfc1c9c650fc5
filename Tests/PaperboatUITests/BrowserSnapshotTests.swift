import Foundation
import PaperboatCore
import Testing
@testable import PaperboatUI

/// Whole-screen snapshots of the browser at two sizes.
@Suite struct BrowserSnapshotTests {
    static let sizes = [(35, 120), (16, 60)]

    @Test(arguments: sizes)
    func listView(height: Int, width: Int) throws {
        var model = try UIFixtures.browser(height: height, width: width)
        model.handle(.character("j"))
        assertSnapshot(BrowserView.render(model).trimmedText, named: "list-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func abstractView(height: Int, width: Int) throws {
        var model = try UIFixtures.browser(height: height, width: width)
        model.handle(.tab)
        model.handle(.character("j"))
        assertSnapshot(BrowserView.render(model).trimmedText, named: "abstract-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func helpView(height: Int, width: Int) throws {
        var model = try UIFixtures.browser(height: height, width: width)
        model.handle(.character("?"))
        assertSnapshot(BrowserView.render(model).trimmedText, named: "help-\(width)x\(height)")
    }

    /// The help scrolls as a pager does: `G` shows the last screenful, with the last key
    /// on the box's last row; `j` there goes no further; `PgDn` moves a screenful.
    @Test func helpScrollsAsAPager() throws {
        var model = try UIFixtures.browser(height: 24, width: 80)
        model.handle(.character("?"))
        let lines = { BrowserView.render(model).trimmedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let first = lines()
        #expect(first.contains { $0.contains("Move down") } && first.contains { $0.contains("j/k scroll") })
        model.handle(.character(" "))
        #expect(model.helpTop == HelpOverlay.visibleRows(screenHeight: 24, entries: HelpOverlay.entries(model.keyMap).count))
        model.handle(.character("G"))
        let last = lines()
        // The keys end with quitting; the filter language follows them, to the box's end.
        #expect(last.contains { $0.contains("title:(a OR b)") && $0.contains("A field over a group") })
        let lastRow = try #require(last.firstIndex { $0.contains("case-sensitive") })
        #expect(last[lastRow + 1].contains("closes") && !last[lastRow + 1].contains("scroll"), "\(last.joined(separator: "\n"))")
        #expect(!last[1...lastRow].contains { $0.hasPrefix(" │ ") && $0.dropFirst(3).allSatisfy { $0 == " " || $0 == "│" } },
                "no blank rows above the last key: \(last.joined(separator: "\n"))")
        let top = model.helpTop
        model.handle(.character("j"))
        #expect(model.helpTop == top)
    }

    /// Every row of the help, scrolled through at several widths, keeps a blank cell
    /// between its key label (or filter example) and its description: a label too wide
    /// for the column is cut with `…`, never run into the text beside it.
    @Test(arguments: [120, 80, 60, 44])
    func helpLabelsNeverRunIntoTheirDescriptions(width: Int) throws {
        var model = try UIFixtures.browser(height: 20, width: width)
        model.handle(.character("?"))
        let all = HelpOverlay.entries(model.keyMap)
        let entries = all.filter { !$0.help.isEmpty }
        let boxWidth = min(width - 2, 80)
        // The keys' column and the filter examples' column.
        let columns = Set(zip(all, HelpOverlay.labelWidths(all, boxWidth: boxWidth)).filter { !$0.0.help.isEmpty }
            .map { (width - boxWidth) / 2 + 2 + $0.1 })
        let uncut = { (shown: String) in shown.hasSuffix("…") ? String(shown.dropLast()) : shown }
        var seen = Set<String>()
        var everything = ""
        for _ in 0..<entries.count {
            everything += BrowserView.render(model).text
            for line in BrowserView.render(model).text.split(separator: "\n").map({ Array(String($0)) }) {
                // The rows whose text, read from one of the two columns, begins a description.
                let readings = columns.compactMap { column -> (column: Int, text: String)? in
                    guard line.count > column else { return nil }
                    let text = uncut(String(line[column...]).trimmingCharacters(in: CharacterSet(charactersIn: " │")))
                    return text.count >= 8 && entries.contains { $0.help.hasPrefix(text) } ? (column, text) : nil
                }
                guard !readings.isEmpty else { continue }
                let clean = readings.compactMap { column, text -> String? in
                    guard line[column - 1] == " " else { return nil }
                    let label = uncut(String(line[((width - boxWidth) / 2 + 2)..<(column - 1)]).trimmingCharacters(in: .whitespaces))
                    return entries.first { $0.help.hasPrefix(text) && $0.keys.hasPrefix(label) }?.help
                }
                #expect(!clean.isEmpty, "a label runs into its description at width \(width): \(String(line))")
                seen.formUnion(clean)
            }
            model.handle(.character("j"))
        }
        #expect(seen.contains(QueryExamples.entries[0].meaning), "the widest example was on show at width \(width)")
        if width >= 82 {
            // A full-size box (80 cells) shows every description whole.
            for entry in entries { #expect(everything.contains(entry.help), "\"\(entry.help)\" is cut at width \(width)") }
        }
    }

    @Test func hostileTitleView() throws {
        var model = try UIFixtures.browser(height: 12, width: 40)
        model.handle(.character("j"))
        model.handle(.character("j"))
        let screen = BrowserView.render(model)
        assertSnapshot(screen.trimmedText, named: "hostile-40x12")
        #expect(!screen.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
    }

    @Test func tooSmallView() throws {
        let model = try UIFixtures.browser(height: 10, width: 30)
        assertSnapshot(BrowserView.render(model).trimmedText, named: "too-small-30x10")
    }
}

/// The related pane, filled from a real index, at two sizes.
@Suite struct RelatedSnapshotTests {
    @Test(arguments: [(35, 120), (24, 80)])
    func relatedView(height: Int, width: Int) throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        model.resize(height: height, width: width)
        for _ in 0..<3 { model.handle(.character("j")) }
        try RelatedFlowTests.answer(&model, lookup)
        model.handle(.backTab)
        assertSnapshot(BrowserView.render(model).trimmedText, named: "related-\(width)x\(height)")
    }

    /// The trail overlay after following twelve links and stepping back once; at 60x16 it
    /// scrolls to keep the cursor in view.
    @Test(arguments: [(35, 120), (16, 60)])
    func trailView(height: Int, width: Int) throws {
        var (model, lookup) = try RelatedFlowTests.browser()
        for _ in 0..<3 { model.handle(.character("j")) }
        try RelatedFlowTests.answer(&model, lookup)
        model.handle(.tab); model.handle(.tab)
        for _ in 0..<12 {
            model.handle(.character("j"))
            model.handle(.enter)
            try RelatedFlowTests.answer(&model, lookup)
        }
        model.handle(.character("["))
        model.resize(height: height, width: width)
        model.handle(.character("H"))
        #expect(model.trailListing?.entries.count == 13)
        assertSnapshot(BrowserView.render(model).trimmedText, named: "trail-\(width)x\(height)")
    }
}

/// The "why related" overlay on the first related paper, at two sizes.
@Suite struct WhySnapshotTests {
    @Test(arguments: [(35, 120), (24, 80)])
    func whyView(height: Int, width: Int) throws {
        var (model, _) = try WhyRelatedTests.focusedOnRelated()
        model.resize(height: height, width: width)
        model.handle(.character("w"))
        assertSnapshot(BrowserView.render(model).trimmedText, named: "why-\(width)x\(height)")
    }
}
