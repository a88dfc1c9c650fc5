import ArgumentParser
import Foundation
import PaperboatCore

/// `paperboat note ID [--set TEXT | --set - | --clear]`: a paper's note, printed or written
/// (the note the browser's `e` edits, which `show`, search and `is:noted` read).
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Print a paper's note, or set or clear it.",
        discussion: """
            Without an option, prints the note (and exits 1, saying so, when the paper has none).
            --set replaces the note with TEXT, or with standard input for -; an empty TEXT clears it.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The paper's id (arXiv id, with or without version, or its t- key).")
    var id: String

    @Option(help: ArgumentHelp("Replace the note with this text (- reads standard input).", valueName: "text"))
    var set: String?

    @Flag(help: "Remove the note.")
    var clear = false

    func validate() throws {
        if set != nil && clear { throw ValidationError("--set and --clear cannot go together") }
    }

    func run() throws {
        let store = try library.open()
        let paper = try PaperArguments.papers([id], in: store)[0]
        let rowId = paper.id ?? 0
        if clear {
            let had = try store.note(of: rowId) != nil
            try store.setNote(rowId, "")
            Console.say("\(paper.key): " + (had ? "note removed" : "had no note"))
            return
        }
        if let set {
            let text = set == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : set
            try store.setNote(rowId, text)
            let lines = try store.note(of: rowId).map { Self.withoutTrailingNewlines($0).split(separator: "\n", omittingEmptySubsequences: false).count }
            Console.say("\(paper.key): " + (lines.map { "note saved (\(CountText.counted($0, "line")))" } ?? "note removed"))
            return
        }
        guard let note = try store.note(of: rowId) else { throw CLIError("\(paper.key) has no note") }
        Console.say(Self.withoutTrailingNewlines(note))
    }

    /// `text` without the line breaks at its end (an editor's, or `echo`'s), so it prints
    /// as its lines and no blank one after.
    static func withoutTrailingNewlines(_ text: String) -> String {
        var text = Substring(text)
        while text.last?.isNewline == true { text.removeLast() }
        return String(text)
    }
}
