import ArgumentParser
import PaperboatCore

/// `paperboat tag ID TAG...`
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "Add tags to a paper.")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "The paper's id.") var id: String
    @Argument(help: "Tags to add.") var tags: [String]

    func run() throws {
        try PaperArguments.changeTags(adding: true, tags: tags, id: id, library: library)
    }
}

/// `paperboat untag ID TAG...`
struct UntagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untag", abstract: "Remove tags from a paper.")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "The paper's id.") var id: String
    @Argument(help: "Tags to remove.") var tags: [String]

    func run() throws {
        try PaperArguments.changeTags(adding: false, tags: tags, id: id, library: library)
    }
}
