import ArgumentParser
import PaperboatCore

/// `paperboat read ID... | --query Q`: marks papers read, as `r` and `A` do in the browser.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Mark papers read: these ids, or every paper a query matches.",
        discussion: "Examples: paperboat read 2503.11677   paperboat read --query 'tag:done'   paperboat read --query ''  (every paper)")
    @OptionGroup var library: LibraryOptions
    @Option(parsing: .unconditional, help: "Every unread paper matching this query (the query language of search; empty: all); it may start with -.")
    var query: String?
    @Argument(help: "Paper ids.") var ids: [String] = []

    func validate() throws {
        if query != nil && !ids.isEmpty { throw ValidationError("give ids or --query, not both") }
        if query == nil && ids.isEmpty { throw ValidationError("give paper ids, or --query") }
    }

    func run() throws {
        if let query {
            let parsed = query.trimmingCharacters(in: .whitespaces).isEmpty ? Query.all : try QueryLine.parse(query)
            let store = try library.open()
            Console.say("marked \(CountText.counted(try store.markRead(matching: parsed), "paper")) read")
        } else {
            try PaperArguments.setRead(true, ids: ids, library: library)
        }
    }
}

/// `paperboat unread ID...`
struct UnreadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unread", abstract: "Mark papers unread.")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "Paper ids.") var ids: [String]

    func run() throws {
        try PaperArguments.setRead(false, ids: ids, library: library)
    }
}
