import ArgumentParser

/// The `paperboat` command: the browser by default, and subcommands for scripts.
@main
struct Paperboat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paperboat",
        abstract: "A fast, offline, keyboard-driven terminal browser for research papers.",
        subcommands: [BrowseCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, StatsCommand.self, RelatedCommand.self, GraphCommand.self,
                      SearchCommand.self, StarCommand.self, UnstarCommand.self, ReadCommand.self, UnreadCommand.self, TagCommand.self, UntagCommand.self, TagsCommand.self, NoteCommand.self,
                      RemoveCommand.self, ViewsCommand.self, RecommendCommand.self, ExportCommand.self, ConfigCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
