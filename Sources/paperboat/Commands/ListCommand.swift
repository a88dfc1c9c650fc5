import ArgumentParser
import PaperboatCore

/// `paperboat list`: papers in the browser's order.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print papers in the browser's default order (newest first)."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "Print at most this many papers (default: all).")
    var limit: Int?

    @Flag(help: "One JSON object per line.")
    var json = false

    @Option(parsing: .unconditional, help: "Only papers matching this query (the query language of search), in list order; it may start with - (--query -is:read).")
    var query: String?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let store = try library.open()
        try ListPages.forEach(in: store, query: query, limit: limit ?? Int.max) { page in
            for paper in page {
                if json {
                    try Console.json(PaperJSON(paper, full: false))
                } else {
                    let author = AuthorList.short(paper.authors)
                    Console.say([paper.key, paper.displayDate, author, TeXText.plain(paper.title)].filter { !$0.isEmpty }.joined(separator: "  "))
                }
            }
        }
    }
}
