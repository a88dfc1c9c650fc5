import ArgumentParser
import PaperboatCore

/// `paperboat views [--save NAME QUERY]`
struct ViewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "views", abstract: "List saved views with live counts, or save one.")
    @OptionGroup var library: LibraryOptions
    @Option(help: "Save the query given as arguments under this name.") var save: String?
    @Option(help: "Delete the saved view of this name.") var delete: String?
    @Argument(help: "The query to save (with --save).") var query: [String] = []

    func run() throws {
        let store = try library.open()
        do {
            if let save {
                let text = query.joined(separator: " ")
                _ = try QueryLine.parse(text)
                try store.saveView(name: save, query: text)
            }
            if let delete {
                guard try store.deleteView(named: delete) else { throw StoreError.invalid("no saved view \(delete)") }
                Console.say("deleted saved view \(delete)")
            }
        } catch let error as StoreError {
            throw CLIError("\(error)")
        }
        for view in try store.savedViews() {
            Console.say("\(view.name)  (\(view.count))  \(view.query)")
        }
    }
}
