import ArgumentParser
import PaperboatCore

/// The `--db` option every subcommand takes.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library file.", valueName: "path"))
    var db: String?

    /// The library path in force: `--db`, else the default location.
    var path: String { db ?? StoreLocation.defaultPath() }

    /// Opens the library, turning failures into a clean exit with a message.
    func open() throws -> PaperStore {
        do {
            return try PaperStore(path: path)
        } catch {
            throw CLIError("\(error)")
        }
    }
}

/// An error shown to the user as one line, with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = TerminalText.sanitize(description, keepNewlines: true) }
}
