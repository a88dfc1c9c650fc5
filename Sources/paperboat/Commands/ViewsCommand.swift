import ArgumentParser
import PaperboatCore

/// `paperboat views [--save NAME QUERY]`
struct ViewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "views", abstract: "List saved views with live counts, or save one.")
    @OptionGroup var library: LibraryOptions
    @Option(help: "Save the query given as arguments under this name.") var save: String?
    @Argument(help: "The query to save (with --save).") var query: [String] = []

    func run() throws {
        let store = try library.open()
        if let save {
            let text = query.joined(separator: " ")
            _ = try QueryLine.parse(text)
            try store.saveView(name: save, query: text)
        }
        for view in try store.savedViews() {
            Console.say("\(view.name)  (\(view.count))  \(view.query)")
        }
    }
}
