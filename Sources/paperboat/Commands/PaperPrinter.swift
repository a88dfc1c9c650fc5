import PaperboatCore

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
