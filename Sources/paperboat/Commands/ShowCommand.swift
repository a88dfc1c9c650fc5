import ArgumentParser
import PaperboatCore

/// `paperboat show ID`: one paper in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one paper: its metadata and abstract."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "One JSON object.")
    var json = false

    @Argument(help: "The paper's id (arXiv id, with or without version, or its t- key).")
    var id: String

    func run() throws {
        let store = try library.open()
        guard let paper = try store.paper(key: id) else {
            throw CLIError("no paper with id \(id)")
        }
        if json {
            let id = paper.id ?? 0
            try Console.json(PaperJSON(paper, full: true, tags: try store.tags(of: id), note: try store.note(of: id)))
            return
        }
        Console.say(TeXText.plain(paper.title))
        Console.say("")
        let fields: [(String, String)] = [
            ("Id", paper.key), ("Authors", paper.authors.joined(separator: ", ")), ("Date", paper.displayDate),
            ("Categories", paper.categories.joined(separator: " ")), ("Source", paper.source),
            ("Starred", paper.starredAt == nil ? "no" : "yes"), ("Read", paper.readAt == nil ? "no" : "yes"),
            ("Tags", try store.tags(of: paper.id ?? 0).joined(separator: ", ")),
        ]
        for (label, value) in fields where !value.isEmpty {
            Console.say(label.padding(toLength: 12, withPad: " ", startingAt: 0) + value)
        }
        Console.say("")
        Console.say(TeXText.plain(paper.abstract))
        if let note = try store.note(of: paper.id ?? 0) {
            Console.say("")
            Console.say("Note")
            Console.say(note)
        }
    }
}
