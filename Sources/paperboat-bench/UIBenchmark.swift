import ArgumentParser
import Foundation
import PaperboatCore
import PaperboatUI

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
        print(String(format: "peak resident memory: %.1f MiB", Stopwatch.peakResidentMiB()))
    }
}
