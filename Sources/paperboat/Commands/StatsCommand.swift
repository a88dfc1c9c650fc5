import ArgumentParser
import PaperboatCore

/// `paperboat stats`: counts about the library.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print counts about the library."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "One JSON object.")
    var json = false

    func run() throws {
        let store = try library.open()
        let stats = try store.statistics()
        if json {
            try Console.json(stats)
        } else {
            Console.say("library   \(store.path)")
            Console.say("papers    \(stats.papers)")
            Console.say("starred   \(stats.starred)")
            Console.say("read      \(stats.read)")
            Console.say("tags      \(stats.tags)")
            Console.say("notes     \(stats.notes)")
        }
    }
}
