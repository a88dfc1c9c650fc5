import ArgumentParser
import PaperboatCore

/// `paperboat export`: papers as BibTeX or as JSON lines that `import` reads back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print papers as BibTeX (for LaTeX and reference managers) or as JSON lines.",
        discussion: """
            Without ids, every paper in list order (newest first), or those matching --query.
            BibTeX entries carry your tags as keywords and your note as annote; keys are
            family name, year and title word (vaswani2017attention), unique within the export.
            JSON lines carry what import reads back (id, title, abstract, authors, categories, date).
            Examples: paperboat export --query tag:thesis > thesis.bib
                      paperboat export --format jsonl > library.jsonl
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case bibtex, jsonl
    }

    @OptionGroup var library: LibraryOptions

    @Option(help: "bibtex or jsonl.") var format: Format = .bibtex
    @Option(parsing: .unconditional, help: "Only papers matching this query (the query language of search); it may start with -.") var query: String?
    @Argument(help: "Papers to export (arXiv ids or t- keys); default: all, or --query's.") var ids: [String] = []

    func validate() throws {
        if query != nil && !ids.isEmpty { throw ValidationError("give ids or --query, not both") }
    }

    func run() throws {
        let store = try library.open()
        var keys = CitationKeys()
        let write: ([Paper]) throws -> Void = { papers in
            switch format {
            case .jsonl:
                let annotations = try store.annotations(ids: papers.compactMap(\.id))
                for paper in papers {
                    let added = paper.id.flatMap { annotations[$0] }
                    try Console.json(PaperJSON(paper, full: true, tags: added?.tags ?? [], note: added?.note))
                }
            case .bibtex:
                for entry in try store.bibTeXEntries(for: papers, keys: &keys) { Console.say(entry.text) }
            }
        }
        if ids.isEmpty {
            try ListPages.forEach(in: store, query: query, write)
        } else {
            try write(try PaperArguments.papers(ids, in: store))
        }
    }
}
