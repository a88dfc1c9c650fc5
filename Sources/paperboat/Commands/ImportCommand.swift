import Foundation
import ArgumentParser
import PaperboatCore

/// `paperboat import FILE...`: adds papers, merging ones already in the library.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import papers from JSON lines, BibTeX or Hugging Face Daily Papers pages.",
        discussion: "The format of each file is detected. Papers already in the library are merged, never duplicated. Bad records are reported with file:line and skipped; the rest imports."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Print only the summary line.")
    var quiet = false

    @Flag(help: "Do not bring the related-papers index up to date now (the browser will).")
    var skipRelatedIndex = false

    @Argument(help: "Files to import; a directory imports every file in it, and - reads standard input.")
    var files: [String]

    func run() throws {
        let store = try library.open(creating: true)
        let progress = ProgressBar()
        let importer = LibraryImporter(store: store)
        var total = ImportReport()
        let paths = files.flatMap { $0 == "-" ? [$0] : LibraryImporter.expand($0) }
        for file in paths {
            let show: LibraryImporter.Progress = { name, done, lines in progress.update(file: name, done: done, total: lines) }
            let report = file == "-"
                ? importer.importContents([UInt8](FileHandle.standardInput.readDataToEndOfFile()), name: "stdin", progress: show)
                : importer.importFile(file, progress: show)
            if !quiet { Console.say("\(file): \(report.summary)") }
            total.absorb(report)
        }
        if total.added > 0 { try store.analyze() }
        for issue in total.warnings where !quiet { Console.warn("warning: \(issue)") }
        for issue in total.rejected { Console.warn("rejected: \(issue)") }
        Console.say("Imported \(CountText.counted(paths.count, "file")): \(total.summary); library now has \(CountText.counted(try store.paperCount(), "paper"))")
        if total.added + total.merged > 0 && !skipRelatedIndex { _ = try RelatedIndexLoader.load(store) }
        if total.added + total.merged == 0 && !total.rejected.isEmpty { throw ExitCode(1) }
    }
}
