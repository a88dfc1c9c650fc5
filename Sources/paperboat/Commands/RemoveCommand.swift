import ArgumentParser
import PaperboatCore

/// `paperboat remove ID...`: takes papers out of the library, with their tags and notes.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove papers from the library, with their tags and notes.",
        discussion: "Every id is checked before anything is removed. The related-papers index is then rebuilt, so a removed paper is never offered as related. Importing a paper again brings it back (without its old tags and notes)."
    )
    @OptionGroup var library: LibraryOptions

    @Flag(help: "Do not rebuild the related-papers index now (the browser will).")
    var skipRelatedIndex = false

    @Argument(help: "Paper ids (arXiv ids or t- keys).") var ids: [String]

    func run() throws {
        let store = try library.open()
        let papers = try PaperArguments.papers(ids, in: store)
        let removed = try store.removePapers(papers.compactMap(\.id))
        Console.say("removed \(CountText.counted(removed, "paper")); library now has \(CountText.counted(try store.paperCount(), "paper"))")
        if removed > 0 && !skipRelatedIndex { _ = try RelatedIndexLoader.load(store) }
    }
}
