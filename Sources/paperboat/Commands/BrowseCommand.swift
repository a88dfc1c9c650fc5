import ArgumentParser
import Foundation
import PaperboatCore
import PaperboatUI

/// `paperboat browse` (the default): the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default when no subcommand is given)."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Draw without colour (also when NO_COLOR is set).")
    var monochrome = false

    @Flag(help: "Draw the graph with ASCII only, no Unicode line art (also when PAPERBOAT_ASCII is set).")
    var ascii = false

    @Option(help: "Rank searches of at most this many matches at once; broader ones show their matches at once and are ranked in the background.")
    var rankAtOnce = 20_000

    @Option(help: "Settings file (default: $XDG_CONFIG_HOME/paperboat/config.toml, else ~/.config/paperboat/config.toml).")
    var config: String?

    func run() throws {
        if let problem = TerminalCheck.problem() {
            throw CLIError("cannot start the browser: \(problem). Use a subcommand such as `paperboat list` instead.")
        }
        let store = try library.open(creating: true)
        var startMessage: StatusMessage?
        // Only a library that never held a paper gets the bundled corpus: one emptied by
        // `paperboat remove` stays empty (its list says how to import).
        if try store.paperCount() == 0, try store.generations().generation == 0 {
            startMessage = importBundledCorpus(into: store)
        }
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        // A current index loads in the background after the first screen; a stale or
        // missing one is brought up to date here, with a progress bar, before the browser starts.
        var related: (@Sendable () throws -> RelatedLookup)?
        do {
            if try RelatedIndexStore(store: store).fileIsCurrent() {
                related = { RelatedLookup(index: try RelatedIndexStore(store: store).current().0, store: store) }
            } else {
                let lookup = RelatedLookup(index: try RelatedIndexLoader.load(store), store: store)
                related = { lookup }
            }
        } catch {
            startMessage = StatusMessage("related papers unavailable: \(error)", kind: .error)
        }
        let settingsPath = config ?? BrowserConfig.defaultPath()
        var settings = BrowserConfig.load(path: settingsPath, required: config != nil)
        settings.monochrome = settings.monochrome || monochrome || noColor
        settings.ascii = settings.ascii || ascii || !(ProcessInfo.processInfo.environment["PAPERBOAT_ASCII"] ?? "").isEmpty
        // Every problem stays on the terminal after the browser's screen closes; the first
        // one is on the status line meanwhile.
        for problem in settings.problems { Console.warn(problem) }
        if let first = settings.problems.first, startMessage?.kind != .error {
            // The status line names the file by its name; the full path is listed on exit.
            let short = first.replacingOccurrences(of: settingsPath, with: URL(fileURLWithPath: settingsPath).lastPathComponent)
            let more = settings.problems.count > 1 ? " (and \(settings.problems.count - 1) more, listed on exit)" : ""
            startMessage = StatusMessage(short + more, kind: .error)
        }
        do {
            try BrowserLoop.run(store: store, related: related, config: settings, rankAtOnce: rankAtOnce,
                                startMessage: startMessage)
        } catch {
            throw CLIError("\(error)")
        }
        if SignalFlag.received != 0 { throw ExitCode(128 + SignalFlag.received) }
    }

    /// Imports the bundled seeds into an empty library; returns a status message.
    private func importBundledCorpus(into store: PaperStore) -> StatusMessage {
        let files = BundledCorpus.files()
        guard !files.isEmpty else {
            return StatusMessage("bundled corpus not found; import papers with `paperboat import FILE`", kind: .error)
        }
        Console.warn("First run: importing the bundled corpus into \(store.path) …")
        let progress = ProgressBar()
        let report = LibraryImporter(store: store).importFiles(files) { file, done, total in
            progress.update(file: file, done: done, total: total)
        }
        let kind: StatusMessage.Kind = report.rejected.isEmpty ? .info : .error
        return StatusMessage("Imported the bundled corpus: \(report.summary)", kind: kind)
    }
}
