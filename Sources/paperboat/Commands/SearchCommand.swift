import ArgumentParser
import PaperboatCore

/// `paperboat search QUERY`
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search with the query language, ranked by relevance.",
        discussion: "Example: tag:to-read -tag:done is:starred diffusion \"state space\" author:gu year:>=2024 cat:cs.CL is:unread\n\n"
            + QueryExamples.text
    )
    @OptionGroup var library: LibraryOptions
    @Option(help: "At most this many results.") var limit = 50
    @Flag(help: "One JSON object per line.") var json = false
    @Argument(help: "The query (quote it for the shell; one that starts with - goes after --: search -- -is:read).") var query: [String]

    func run() throws {
        let store = try library.open()
        let text = query.joined(separator: " ")
        let parsed = try QueryLine.parse(text)
        try store.recordSearch(text)
        try PaperPrinter.print(try store.search(parsed, limit: limit), json: json)
    }
}
