import ArgumentParser
import PaperboatCore

/// `paperboat star ID...`
struct StarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Star papers (favourites).")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "Paper ids.") var ids: [String]

    func run() throws {
        try PaperArguments.setStarred(true, ids: ids, library: library)
    }
}

/// `paperboat unstar ID...`
struct UnstarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Remove the star from papers.")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "Paper ids.") var ids: [String]

    func run() throws {
        try PaperArguments.setStarred(false, ids: ids, library: library)
    }
}
