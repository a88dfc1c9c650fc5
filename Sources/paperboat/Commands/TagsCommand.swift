import ArgumentParser
import PaperboatCore

/// `paperboat tags [--rename OLD NEW | --delete NAME]`: every tag with its count, or a
/// tag renamed (merged into an existing one of that name) or deleted from every paper.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List tags with their counts, or rename or delete one everywhere.")
    @OptionGroup var library: LibraryOptions
    @Option(parsing: .upToNextOption, help: "Rename tag OLD to NEW on every paper (into NEW if it exists).") var rename: [String] = []
    @Option(help: "Delete this tag from every paper.") var delete: String?

    func validate() throws {
        if !rename.isEmpty && rename.count != 2 { throw ValidationError("--rename takes two names: OLD NEW") }
        if !rename.isEmpty && delete != nil { throw ValidationError("--rename and --delete, one at a time") }
    }

    func run() throws {
        let store = try library.open()
        do {
            if rename.count == 2 {
                let count = try store.renameTag(rename[0], to: rename[1])
                Console.say("renamed tag \(rename[0]) to \(rename[1]): \(CountText.counted(count, "paper"))")
                warnOfViews(naming: rename[0], in: store)
            } else if let delete {
                let count = try store.deleteTag(named: delete)
                Console.say("deleted tag \(delete) from \(CountText.counted(count, "paper"))")
                warnOfViews(naming: delete, in: store)
            } else {
                for tag in try store.tagCounts() { Console.say("\(tag.name)  (\(tag.count))") }
            }
        } catch let error as StoreError {
            throw CLIError("\(error)")
        }
    }

    /// Saved views keep their text: say which still name the old tag.
    private func warnOfViews(naming tag: String, in store: PaperStore) {
        let views = (try? store.views(namingTag: tag)) ?? []
        if !views.isEmpty { Console.warn("saved views that still name tag:\(tag): \(views.joined(separator: ", "))") }
    }
}
