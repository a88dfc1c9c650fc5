import ArgumentParser
import Foundation
import PaperboatCore

/// The `--db` option every subcommand takes.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library file.", valueName: "path"))
    var db: String?

    /// The library path in force: `--db`, else the default location.
    var path: String { db ?? StoreLocation.defaultPath() }

    /// Opens the library, turning failures into a clean exit with a message. Only `creating`
    /// (import, and the browser's first run) makes a library that is not there; any other
    /// command says so, rather than leave an empty library (and its folders) at a mistyped path.
    func open(creating: Bool = false) throws -> PaperStore {
        if !creating && !FileManager.default.fileExists(atPath: path) {
            throw CLIError("no library at \(path) (create one with: paperboat import --db \(path) FILE)")
        }
        if PaperStore.needsUpgrade(path: path) {
            Console.warn("Upgrading \(path) for this version of Paperboat (once; a few minutes at a million papers) …")
        }
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
