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
    @Option(help: "Only papers matching this query (the query language of search).") var query: String?
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
                for paper in papers { try Console.json(PaperJSON(paper, full: true)) }
            case .bibtex:
                let annotations = try store.annotations(ids: papers.compactMap(\.id))
                for paper in papers {
                    let annotation = paper.id.flatMap { annotations[$0] }
                    let entry = BibTeXEntry(paper: paper, key: keys.key(for: paper),
                                            tags: annotation?.tags ?? [], note: annotation?.note)
                    Console.say(entry.text)
                }
            }
        }
        if !ids.isEmpty {
            try write(try PaperArguments.papers(ids, in: store))
            return
        }
        let plan = try query.map { try store.plan(for: try QueryLine.parse($0), pageSize: 500) }
        var cursor: ListCursor?
        while true {
            let page = try plan.map { try store.papers(matching: $0, after: cursor, limit: 500) }
                ?? store.papers(after: cursor, limit: 500)
            guard let last = page.last else { break }
            try write(page)
            cursor = ListCursor(date: last.date, id: last.id ?? 0)
        }
    }
}
