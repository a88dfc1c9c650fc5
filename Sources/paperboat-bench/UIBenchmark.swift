import ArgumentParser
import Foundation
import PaperboatCore
import PaperboatUI
import Similarity

/// `paperboat-bench ui --db X`: time to first screen and per keystroke, on a library.
struct UIBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Time the browser's first screen and each keystroke (model update plus full render)."
    )

    @Option(help: "The library file to browse.")
    var db: String

    @Option(help: "Keystrokes of each kind to time.")
    var repeats = 500

    @Option(help: "Also time star toggles this many rows down the list (reached by PgDn), where a reload must not walk from the top.")
    var deep = 0

    func run() throws {
        let (store, openTime) = try Stopwatch.time { try PaperStore(path: db) }
        let (model, initTime) = try Stopwatch.time { try BrowserModel(store: store, height: 35, width: 120) }
        var browser = model
        let (_, renderTime) = Stopwatch.time { BrowserView.render(browser) }
        print("library: \(db), \(browser.list.count) papers")
        print(String(format: "first screen: %.2f ms (open %.2f ms, first page and paper %.2f ms, render %.2f ms)",
                     (openTime + initTime + renderTime) * 1e3, openTime * 1e3, initTime * 1e3, renderTime * 1e3))
        let scripts: [(String, [Key])] = [
            ("j (down)", [.character("j")]),
            ("PgDn", [.pageDown]),
            ("G / g (end, home)", [.character("G"), .character("g")]),
            ("Tab + j (abstract scroll)", [.tab, .character("j"), .tab]),
        ]
        for (name, keys) in scripts {
            var samples: [Double] = []
            for _ in 0..<repeats {
                for key in keys {
                    let (_, seconds) = Stopwatch.time {
                        browser.handle(key)
                        _ = BrowserView.render(browser)
                    }
                    samples.append(seconds)
                }
            }
            print("keystroke \(name): \(Stopwatch.summary(samples))")
        }
        if deep > 0 {
            var browser = try BrowserModel(store: store, height: 35, width: 120)
            while browser.list.selected < deep { browser.handle(.pageDown) }
            var samples: [Double] = []
            for _ in 0..<20 {
                let (_, seconds) = Stopwatch.time { browser.handle(.character("s")); _ = BrowserView.render(browser) }
                samples.append(seconds)
            }
            print("toggle star at row \(browser.list.selected) (key to screen): \(Stopwatch.summary(samples))")
        }
        if try RelatedIndexStore(store: store).fileIsCurrent() {
            try timeRelatedPane(store: store, papers: browser.list.count)
        }
        print(String(format: "peak resident memory: %.1f MiB", Stopwatch.peakResidentMiB()))
    }

    /// The related pane's answer as the worker computes it (the index query, then titles,
    /// texts and authors from the store, and the shared terms spelt as the papers write them),
    /// for 200 papers drawn from the library: first as a reader meets them (the index file's
    /// pages as cold as the machine keeps them), then the same papers again (warm), and the
    /// warm answer's parts.
    private func timeRelatedPane(store: PaperStore, papers: Int) throws {
        let (index, _) = try RelatedIndexStore(store: store).current()
        let lookup = RelatedLookup(index: index, store: store)
        // Papers are numbered by row id from 1: a seeded draw of distinct ones the index holds.
        var generator = SplitMix64(seed: 42)
        var ids: [Int64] = []
        for _ in 0..<2_000 where ids.count < 200 {
            let id = Int64(generator.next() % UInt64(max(1, papers))) + 1
            if index.contains(id), !ids.contains(id) { ids.append(id) }
        }
        func timed(_ body: (Int64) throws -> Void) rethrows -> String {
            var samples: [Double] = []
            for id in ids { samples.append(try Stopwatch.time { try body(id) }.1) }
            return Stopwatch.summary(samples)
        }
        let what = "\(lookup.count) papers, \(RelatedLookup.explainedTerms) shared terms each"
        print("related pane answer (\(what)), first time: \(try timed { _ = try lookup.rows(for: $0) })")
        print("related pane answer, the same papers again: \(try timed { _ = try lookup.rows(for: $0) })")
        print("  of which the index query: \(timed { _ = index.related(to: $0, k: lookup.count, explain: RelatedLookup.explainedTerms) })")
        let answers = Dictionary(uniqueKeysWithValues: ids.map { ($0, index.related(to: $0, k: lookup.count, explain: RelatedLookup.explainedTerms)) })
        print("  titles, texts and authors from the store: \(try timed { id in _ = try store.textsAndAuthors(ids: (answers[id] ?? []).map(\.id) + [id]) })")
        let texts = try Dictionary(uniqueKeysWithValues: ids.map { ($0, try store.textsAndAuthors(ids: (answers[$0] ?? []).map(\.id) + [$0])) })
        let spelling = timed { id in
            var speller = TermSpeller()
            for n in answers[id] ?? [] {
                _ = speller.readable(n.terms.map(\.term), in: [texts[id]?[n.id]?.text, texts[id]?[id]?.text].compactMap { $0 })
            }
        }
        print("  the shared terms spelt as the papers write them: \(spelling)")
    }
}
