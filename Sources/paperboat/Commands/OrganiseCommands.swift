import ArgumentParser
import Foundation
import PaperboatCore
import Similarity

/// Resolves ids given on the command line to papers, failing with a clear message.
enum PaperArguments {
    static func papers(_ ids: [String], in store: PaperStore) throws -> [Paper] {
        try ids.map { id in
            guard let paper = try store.paper(key: id) else { throw CLIError("no paper with id \(id)") }
            return paper
        }
    }

    /// Adds or removes `tags` on paper `id`, then prints the paper's tags.
    static func changeTags(adding: Bool, tags: [String], id: String, library: LibraryOptions) throws {
        let store = try library.open()
        let paper = try papers([id], in: store)[0]
        let rowId = paper.id ?? 0
        if adding { try store.addTags(tags, to: [rowId]) } else { try store.removeTags(tags, from: [rowId]) }
        Console.say("\(paper.key): " + (try store.tags(of: rowId)).joined(separator: ", "))
    }

    /// Stars or unstars the papers with `ids` (all ids are checked before anything changes).
    static func setStarred(_ starred: Bool, ids: [String], library: LibraryOptions) throws {
        let store = try library.open()
        for paper in try papers(ids, in: store) { try store.setStarred(paper.id ?? 0, starred) }
        Console.say("\(starred ? "starred" : "unstarred") \(ids.count) paper\(ids.count == 1 ? "" : "s")")
    }
}

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

/// `paperboat search QUERY`
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search with the query language, ranked by relevance.",
        discussion: "Example: tag:to-read -tag:done is:starred diffusion \"state space\" author:gu year:>=2024 cat:cs.CL is:unread"
    )
    @OptionGroup var library: LibraryOptions
    @Option(help: "At most this many results.") var limit = 50
    @Flag(help: "One JSON object per line.") var json = false
    @Argument(help: "The query (quote it for the shell).") var query: [String]

    func run() throws {
        let store = try library.open()
        let text = query.joined(separator: " ")
        let parsed = try QueryLine.parse(text)
        try store.recordSearch(text)
        try PaperPrinter.print(try store.search(parsed, limit: limit), json: json)
    }
}

/// `paperboat views [--save NAME QUERY]`
struct ViewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "views", abstract: "List saved views with live counts, or save one.")
    @OptionGroup var library: LibraryOptions
    @Option(help: "Save the query given as arguments under this name.") var save: String?
    @Argument(help: "The query to save (with --save).") var query: [String] = []

    func run() throws {
        let store = try library.open()
        if let save {
            let text = query.joined(separator: " ")
            _ = try QueryLine.parse(text)
            try store.saveView(name: save, query: text)
        }
        for view in try store.savedViews() {
            Console.say("\(view.name)  (\(view.count))  \(view.query)")
        }
    }
}

/// `paperboat recommend (--tag T | --starred)`
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Papers like the ones with a tag, or the starred ones, ranked over the whole library."
    )
    @OptionGroup var library: LibraryOptions
    @Option(help: "Recommend from the papers with this tag.") var tag: String?
    @Flag(help: "Recommend from the starred papers.") var starred = false
    @Option(help: "Keep only papers from the last N days (by their date).") var days: Int?
    @Option(help: "How many.") var limit = 20
    @Flag(help: "One JSON object per line.") var json = false

    func validate() throws {
        if (tag == nil) == !starred { throw ValidationError("give exactly one of --tag T or --starred") }
    }

    func run() throws {
        let store = try library.open()
        let seedQuery: Query = tag.map { .tag($0) } ?? .state(.starred)
        let seeds = try store.search(seedQuery, limit: 10_000).compactMap(\.id)
        guard !seeds.isEmpty else { throw CLIError(tag.map { "no papers tagged \($0)" } ?? "no starred papers") }
        let tagged = Set(try store.search(.state(.tagged), limit: 1_000_000).compactMap(\.id))
        let index = try RelatedIndexLoader.load(store)
        // With --days, only papers dated within the window compete for the places.
        let recent = try days.map { try store.ids(datedSince: PaperStore.day($0, before: Date())) }
        let results = index.recommend(for: seeds, k: limit, explain: 5, excluded: tagged, include: { recent?.contains($0) ?? true })
        let papers = try store.summaries(ids: results.map(\.id))
        let texts = json ? [:] : try store.texts(ids: results.map(\.id))
        for result in results.prefix(limit) {
            guard let paper = papers[result.id] else { continue }
            if json {
                try Console.json(RelatedJSON.Entry(id: paper.key, score: (result.score * 10_000).rounded() / 10_000,
                                                   terms: result.terms.map(\.term)))
            } else {
                Console.say(String(format: "%.3f  ", result.score) + "\(paper.key)  \(TeXText.plain(paper.title))  ["
                            + TermWords.readable(result.terms.prefix(4).map(\.term), in: texts[result.id].map { [$0] } ?? [])
                                .joined(separator: ", ") + "]")
            }
        }
    }
}

/// Parses a query from the command line, turning errors into a pointed message.
enum QueryLine {
    static func parse(_ text: String) throws -> Query {
        do {
            return try QueryParser.parse(text)
        } catch {
            throw CLIError("bad query: \(error.message)\n  \(error.pointing(into: text).replacingOccurrences(of: "\n", with: "\n  "))")
        }
    }
}

/// Prints papers as lines or JSON, as `list` does.
enum PaperPrinter {
    static func print(_ papers: [Paper], json: Bool) throws {
        for paper in papers {
            if json {
                try Console.json(PaperJSON(paper, full: false))
            } else {
                let author = AuthorList.short(paper.authors)
                let star = paper.starredAt == nil ? " " : "*"
                Console.say(star + " " + [paper.key, paper.displayDate, author, TeXText.plain(paper.title)].filter { !$0.isEmpty }.joined(separator: "  "))
            }
        }
    }
}
