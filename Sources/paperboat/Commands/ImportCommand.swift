import ArgumentParser
import PaperboatCore

/// `paperboat import FILE...`: adds papers, merging ones already in the library.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import papers from JSON lines or Hugging Face Daily Papers pages.",
        discussion: "The format of each file is detected. Papers already in the library are merged, never duplicated. Bad records are reported with file:line and skipped; the rest imports."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Print only the summary line.")
    var quiet = false

    @Flag(help: "Do not bring the related-papers index up to date now (the browser will).")
    var skipRelatedIndex = false

    @Argument(help: "Files to import.")
    var files: [String]

    func run() throws {
        let store = try library.open(creating: true)
        let progress = ProgressBar()
        let importer = LibraryImporter(store: store)
        var total = ImportReport()
        for file in files {
            let report = importer.importFile(file) { name, done, lines in
                progress.update(file: name, done: done, total: lines)
            }
            if !quiet { Console.say("\(file): \(report.summary)") }
            total.absorb(report)
        }
        if total.added > 0 { try store.analyze() }
        for issue in total.warnings where !quiet { Console.warn("warning: \(issue)") }
        for issue in total.rejected { Console.warn("rejected: \(issue)") }
        Console.say("Imported \(files.count) file\(files.count == 1 ? "" : "s"): \(total.summary); library now has \(try store.paperCount()) papers")
        if total.added + total.merged > 0 && !skipRelatedIndex { _ = try RelatedIndexLoader.load(store) }
        if total.added + total.merged == 0 && !total.rejected.isEmpty { throw ExitCode(1) }
    }
}
