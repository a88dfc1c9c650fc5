import Foundation
import Testing

/// The real binary in tmux, typed at as a person would.
@Suite(.serialized) struct BrowserEndToEndTests {
    @Test func firstRunOpensOnTheBundledCorpusAndKeysWork() throws {
        let home = try Harness.temporaryFolder()
        let db = home + "/paperboat/library.sqlite"
        let command = "cd \(shellQuote(home)) && XDG_DATA_HOME=\(shellQuote(home)) TERM=xterm-256color LANG=C.UTF-8 "
            + "\(shellQuote(Harness.binary)); echo PAPERBOAT-EXITED-$?; sleep 60"
        let tmux = try TmuxSession(command: command)

        var screen = try tmux.waitFor(text: "1/560")
        #expect(screen.contains("560 papers"))
        // The first title the command line lists is on screen and selected.
        let first = try Harness.run(["list", "--db", db, "--limit", "2", "--json"]).stdout.split(separator: "\n")
        let titles = first.map { line -> String in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["title"] as? String ?? ""
        }
        #expect(screen.contains(String(titles[0].prefix(30))))
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix(">") && $0.contains(titles[0].prefix(30)) })

        try tmux.send("j")
        screen = try tmux.waitFor(text: "2/560")
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix(">") && $0.contains(titles[1].prefix(30)) })

        // Tab focuses the abstract; j scrolls it (the title line scrolls away).
        try tmux.send("Tab")
        screen = try tmux.waitFor(text: "abstract ")
        let before = screen
        try tmux.send("j", "j", "j")
        screen = try tmux.waitFor("the abstract to scroll") { $0 != before && $0.contains("2/560") }
        #expect(screen.contains("2/560"))

        try tmux.send("q")
        screen = try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(!screen.contains("2/560"))
    }

    /// A search broader than --rank-at-once lists its matches at once and is ranked in the
    /// background; the list then shows the best match first, as `paperboat search` ranks it.
    @Test func aBroadSearchIsRankedInTheBackground() throws {
        let (tmux, db) = try TmuxSession.browser(seed: "002_9d533ba750abefce.txt", environment: "TERM=xterm-256color LANG=C.UTF-8",
                                                 arguments: ["--rank-at-once", "1"])
        try tmux.waitFor(text: "1/")
        func firstTitle(_ arguments: [String]) throws -> String {
            let line = try Harness.run(arguments + ["--db", db, "--json"]).stdout.split(separator: "\n").first.map(String.init) ?? ""
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return String((object?["title"] as? String ?? "").prefix(30))
        }
        let best = try firstTitle(["search", "--limit", "1", "language"])
        let newest = try firstTitle(["list", "--limit", "1", "--query", "language"])
        try #require(!best.isEmpty && best != newest, "the best match must differ from the newest for this test to mean anything")
        try tmux.send("/")
        try tmux.send("-l", "language")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("the ranked list") { screen in
            !screen.contains("ranking…") && screen.split(separator: "\n").contains { $0.hasPrefix(">") && $0.contains(best) }
        }
        #expect(screen.contains("[language]"))
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
    }

    @Test func helpOverlayAndResizeDownToTheMinimum() throws {
        let (tmux, _) = try TmuxSession.browser(seed: "000_9bd7ba3aec196936.txt", environment: "TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1", width: 100, height: 30)
        try tmux.waitFor(text: "1/57")
        try tmux.send("?")
        try tmux.waitFor(text: "Move focus to the next pane")
        try tmux.send("Escape")
        try tmux.waitFor("the help to close") { !$0.contains("Move focus to the next pane") }

        _ = try Harness.runProcess("/usr/bin/tmux", ["-L", tmux.socket, "resize-window", "-x", "40", "-y", "12"])
        try tmux.waitFor("a 40x12 layout") { $0.contains("1/57") && $0.contains("Abstract") }
        try tmux.send("G")
        try tmux.waitFor(text: "57/57")
        _ = try Harness.runProcess("/usr/bin/tmux", ["-L", tmux.socket, "resize-window", "-x", "30", "-y", "10"])
        try tmux.waitFor(text: "Terminal too small")
        _ = try Harness.runProcess("/usr/bin/tmux", ["-L", tmux.socket, "resize-window", "-x", "100", "-y", "30"])
        try tmux.waitFor(text: "57/57")
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let (tmux, db) = try TmuxSession.browser(seed: "001_fc615938d8267ad4.txt", environment: "TERM=xterm LANG=C", width: 80, height: 24)
        try tmux.waitFor(text: "1/48")
        _ = try Harness.runProcess("/usr/bin/pkill", ["-TERM", "-f", "paperboat --db \(db)"])
        try tmux.waitFor(text: "PAPERBOAT-EXITED-143")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    /// An unreadable related-papers index is rebuilt before the browser starts, with a
    /// progress bar and a message left on the terminal, and the related pane then works.
    @Test func aDamagedIndexIsRebuiltVisibly() throws {
        let db = try Harness.temporaryFolder() + "/lib.sqlite"
        let seeds = Harness.root.appendingPathComponent("Resources/seeds/002_9d533ba750abefce.txt").path
        let imported = try Harness.run(["import", "--db", db, seeds])
        try #require(imported.status == 0, "import: \(imported.stderr)")
        let index = db + ".related"
        try #require(FileManager.default.fileExists(atPath: index), "import writes the index")
        try Data("not an index at all".utf8).write(to: URL(fileURLWithPath: index))
        let command = "TERM=xterm-256color LANG=C.UTF-8 \(shellQuote(Harness.binary)) --db \(shellQuote(db)); echo PAPERBOAT-EXITED-$?; sleep 60"
        let tmux = try TmuxSession(command: command)
        try tmux.waitFor(text: "Related papers (15)")
        try tmux.send("q")
        let screen = try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
        #expect(screen.contains("100% related-papers index"), "the progress bar: \(screen)")
        #expect(screen.contains("Related-papers index rebuilt ("), "the message: \(screen)")
        let header = try FileHandle(forReadingFrom: URL(fileURLWithPath: index)).readData(ofLength: 8)
        #expect(String(decoding: header, as: UTF8.self).hasPrefix("PBSIM"), "a real index again")
    }

    /// `config.toml` sets the order and the keys; a bad line is reported with its file and
    /// line, on the status line and again on the terminal after the browser closes.
    @Test func theSettingsFileSetsOrderAndKeysAndReportsABadLine() throws {
        let home = try Harness.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/paperboat", withIntermediateDirectories: true)
        let settings = "[browser]\norder = \"oldest-first\"\n\n[keys]\nquit = \"x\"\nqiut = \"z\"\n"
        try Data(settings.utf8).write(to: URL(fileURLWithPath: home + "/paperboat/config.toml"))
        let (tmux, _) = try TmuxSession.browser(seed: "002_9d533ba750abefce.txt",
                                                environment: "XDG_CONFIG_HOME=\(shellQuote(home)) TERM=xterm-256color LANG=C.UTF-8")
        let screen = try tmux.waitFor(text: "oldest first")
        #expect(screen.contains("config.toml:6: unknown action \"qiut\""), "\(screen)")
        try tmux.send("q", "j")
        let moved = try tmux.waitFor(text: "2/224")
        #expect(moved.contains("x:quit"), "q no longer quits, and the hints name the key that does: \(moved)")
        try tmux.send("x")
        let after = try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
        #expect(after.contains("config.toml:6: unknown action"), "listed again on exit: \(after)")
    }

    /// `[colors]` reaches the terminal: the status line drawn black on red (SGR 30 and 41).
    @Test func theSettingsColoursReachTheTerminal() throws {
        let home = try Harness.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/paperboat", withIntermediateDirectories: true)
        try Data("[colors]\nstatus = \"black on red\"\n".utf8).write(to: URL(fileURLWithPath: home + "/paperboat/config.toml"))
        // `swift test` sets NO_COLOR for what it runs; an empty one lets colour through.
        let (tmux, _) = try TmuxSession.browser(seed: "002_9d533ba750abefce.txt",
                                                environment: "NO_COLOR= XDG_CONFIG_HOME=\(shellQuote(home)) TERM=xterm-256color LANG=C.UTF-8")
        try tmux.waitFor(text: "1/224")
        let styled = try tmux.command("capture-pane", "-e", "-p")
        let status = styled.split(separator: "\n").first { $0.contains("1/224") }.map(String.init) ?? ""
        #expect(status.contains("\u{1B}[30m") && status.contains("\u{1B}[41m"), "\(status.debugDescription)")
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
    }

    @Test func followARelatedPaperThenBackAndForward() throws {
        let (tmux, _) = try TmuxSession.browser(seed: "002_9d533ba750abefce.txt", environment: "TERM=xterm-256color LANG=C.UTF-8")
        try tmux.waitFor(text: "Related papers (15)")
        // Focus the related pane, pick its second entry and open it.
        try tmux.send("Tab", "Tab")
        try tmux.waitFor(text: "(focused)")
        try tmux.send("j", "Enter")
        var screen = try tmux.waitFor(text: "trail 2/2")
        try tmux.waitFor(text: "Related papers (15)")
        try tmux.send("[")
        screen = try tmux.waitFor(text: "trail 1/2")
        try tmux.send("]")
        screen = try tmux.waitFor(text: "trail 2/2")
        #expect(screen.contains("1/224"))
        // H lists the trail; Enter on its first paper goes back there, q closes it.
        try tmux.send("H")
        try tmux.waitFor(text: "Trail 2/2")
        try tmux.send("g", "Enter")
        screen = try tmux.waitFor(text: "trail 1/2")
        #expect(!screen.contains("Enter goes there"), "the overlay closed: \(screen)")
        try tmux.send("H")
        try tmux.waitFor(text: "Trail 1/2")
        try tmux.send("q")
        try tmux.waitFor("the overlay to close, the browser still running") {
            !$0.contains("Enter goes there") && $0.contains("trail 1/2")
        }
        // w says why the selected related paper is related; Enter there follows it too.
        try tmux.waitFor(text: "Related papers (15)")
        try tmux.send("w")
        screen = try tmux.waitFor(text: "Why related")
        #expect(screen.contains("related paper 1 of 15") && screen.contains("shared words (their cosine")
                && screen.contains("topic: both resemble"), "\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "trail 2/2")
        #expect(!screen.contains("Why related"), "the overlay closed: \(screen)")
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
    }

    /// Another `paperboat` imports and stars papers while the browser is open: the new paper
    /// appears at the top of the list, the header counts it, the star shows, and once the
    /// import has brought the index up to date the new paper has related papers.
    @Test func changesMadeByAnotherPaperboatAppearInTheOpenBrowser() throws {
        let (tmux, db) = try TmuxSession.browser(seed: "000_9bd7ba3aec196936.txt", environment: "TERM=xterm-256color LANG=C.UTF-8")
        try tmux.waitFor(text: "1/57")
        let file = try Harness.temporaryFolder() + "/outside.jsonl"
        try Data(#"{"id": "2612.00001", "title": "Written by another program about neural rendering", "abstract": "Real-time neural rendering of volumetric primitives for humans.", "date": "2026-12-01"}"#.utf8)
            .write(to: URL(fileURLWithPath: file))
        #expect(try Harness.run(["import", "--db", db, file]).status == 0)
        var screen = try tmux.waitFor(text: "1 paper added")
        #expect(screen.contains("58 papers") && screen.contains("2/58"), "the paper on show stays selected, one row down: \(screen)")
        #expect(screen.split(separator: "\n").dropFirst().first?.contains("Written by another program") == true, "\(screen)")
        try tmux.send("k")
        screen = try tmux.waitFor(text: "1/58")
        try tmux.waitFor("its related papers, from the index the import updated") { screen in
            screen.contains("Related papers (15)")
        }
        #expect(try Harness.run(["star", "--db", db, "2612.00001"]).status == 0)
        screen = try tmux.waitFor("the star") { $0.split(separator: "\n").contains { $0.hasPrefix(">*") && $0.contains("Written by another") } }
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
    }

    @Test func walkTheGraphToANeighboursNeighbourRecentreAndComeBack() throws {
        let (tmux, _) = try TmuxSession.browser(seed: "003_b52ef846144193ac.txt", environment: "TERM=xterm-256color LANG=C.UTF-8")
        try tmux.waitFor(text: "Related papers (15)")
        let originTitle = try tmux.capture().split(separator: "\n")[1].split(separator: "│").last.map {
            $0.trimmingCharacters(in: .whitespaces) } ?? ""
        try tmux.send("v")
        try tmux.waitFor(text: "Graph: depth 2")
        try tmux.waitFor("the graph to be drawn") { $0.contains("◉") && $0.contains("●") }
        // Walk: two steps away from the origin, each showing another paper in the abstract.
        var seen: Set<String> = [originTitle]
        for key in ["Right", "Right", "Down", "Left", "Up", "Down"] where seen.count < 3 {
            try tmux.send(key)
            Thread.sleep(forTimeInterval: 0.15)
            let title = try tmux.capture().split(separator: "\n")[1].split(separator: "│").last.map {
                $0.trimmingCharacters(in: .whitespaces) } ?? ""
            seen.insert(title)
        }
        #expect(seen.count >= 3)
        // w: how the selected paper relates to the centre, worked out by the worker; Esc closes.
        try tmux.send("w")
        var screen = try tmux.waitFor(text: "Why it is in the graph")
        #expect(screen.contains("paper at the centre of the graph") && screen.contains("topic: both resemble"), "\(screen)")
        try tmux.send("Escape")
        try tmux.waitFor("the overlay to close") { !$0.contains("Why it is in the graph") && $0.contains("Graph: depth 2") }
        try tmux.send("Enter")
        try tmux.waitFor(text: "trail 2/2")
        try tmux.waitFor(text: "Graph: depth 2")
        try tmux.send("-")
        try tmux.waitFor(text: "Graph: depth 1")
        try tmux.send("[")
        screen = try tmux.waitFor(text: "trail 1/2")
        #expect(screen.contains(String(originTitle.prefix(20))))
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
    }

    /// `O` hands the paper's arXiv page to $BROWSER with the terminal suspended, then
    /// comes back to the browser.
    @Test func openThePaperInTheBrowser() throws {
        let folder = try Harness.temporaryFolder()
        let browser = folder + "/browser.sh", opened = folder + "/opened.txt"
        try Data("#!/bin/sh\nprintf '%s\\n' \"$1\" >> \(shellQuote(opened))\n".utf8).write(to: URL(fileURLWithPath: browser))
        chmod(browser, 0o755)
        let file = folder + "/one.jsonl"
        try Data(#"{"id": "2401.00001", "title": "A paper with a page", "abstract": "Text.", "date": "2024-01-05"}"#.utf8)
            .write(to: URL(fileURLWithPath: file))
        let db = folder + "/lib.sqlite"
        #expect(try Harness.run(["import", "--db", db, file]).status == 0)
        let command = "TERM=xterm-256color LANG=C.UTF-8 BROWSER=\(shellQuote(browser)) \(shellQuote(Harness.binary)) --db \(shellQuote(db)); echo PAPERBOAT-EXITED-$?; sleep 60"
        let tmux = try TmuxSession(command: command)
        try tmux.waitFor(text: "1/1")
        try tmux.send("O")
        try tmux.waitFor(text: "Opened https://arxiv.org/abs/2401.00001")
        #expect(try String(contentsOfFile: opened, encoding: .utf8) == "https://arxiv.org/abs/2401.00001\n")
        #expect(try tmux.display("#{alternate_on}") == "1", "back in the browser")
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
    }

    /// `y` copies the BibTeX of the paper on show: inside tmux through its buffer, and
    /// elsewhere with OSC 52 (which this tmux, with `set-clipboard on`, takes as the
    /// terminal would).
    @Test func copyTheBibTeXOfAPaper() throws {
        let folder = try Harness.temporaryFolder()
        let file = folder + "/one.jsonl"
        try Data(#"{"id": "2401.00001", "title": "Copying R&D Citations", "abstract": "Text.", "authors": ["Ada Lovelace"], "date": "2024-01-05"}"#.utf8)
            .write(to: URL(fileURLWithPath: file))
        let db = folder + "/lib.sqlite"
        #expect(try Harness.run(["import", "--db", db, file]).status == 0)
        for outsideTmux in [false, true] {
            let unset = outsideTmux ? "env -u TMUX " : ""
            let command = "\(unset)TERM=xterm-256color LANG=C.UTF-8 \(shellQuote(Harness.binary)) --db \(shellQuote(db)); echo PAPERBOAT-EXITED-$?; sleep 60"
            let tmux = try TmuxSession(command: command)
            try tmux.command("set-option", "-g", "set-clipboard", "on")
            try tmux.waitFor(text: "1/1")
            try tmux.send("y")
            let screen = try tmux.waitFor(text: "Copied BibTeX of lovelace2024copying")
            #expect(screen.contains("(tmux buffer and clipboard)") == !outsideTmux, "the route taken")
            let buffer = try tmux.command("show-buffer")
            #expect(buffer.hasPrefix("@misc{lovelace2024copying,"), "outside tmux: \(outsideTmux): \(buffer)")
            #expect(buffer.contains("title = {Copying R\\&D Citations}") && buffer.contains("eprint = {2401.00001}"))
            try tmux.send("q")
            try tmux.waitFor(text: "PAPERBOAT-EXITED-0")
        }
    }

    @Test func starTagFilterSearchNoteQuitRestartAndFindItAll() throws {
        let folder = try Harness.temporaryFolder()
        let editor = folder + "/editor.sh"
        try Data("#!/bin/sh\nprintf 'zebra ablation note\\n' >> \"$1\"\n".utf8).write(to: URL(fileURLWithPath: editor))
        chmod(editor, 0o755)
        let environment = "TERM=xterm-256color LANG=C.UTF-8 EDITOR=\(shellQuote(editor))"
        let (tmux, db) = try TmuxSession.browser(seed: "000_9bd7ba3aec196936.txt", environment: environment)
        try tmux.waitFor(text: "1/57")
        try tmux.send("s")                              // star the first paper
        try tmux.waitFor(text: "Starred")
        try tmux.send("j", "t")                         // tag the second
        try tmux.waitFor(text: "Tags (+name -name):")
        try tmux.send("-l", "to-read")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Tags        to-read")
        try tmux.send("e")                              // note through the scripted $EDITOR
        try tmux.waitFor(text: "Note saved")
        try tmux.send("/")
        try tmux.send("-l", "tag:to-read")
        try tmux.send("Enter")
        var screen = try tmux.waitFor(text: "[tag:to-read]")
        #expect(screen.contains("1 of 57 papers"))
        try tmux.send("/")
        try tmux.waitFor(text: "/tag:to-read")          // the line opens on the filter in force
        try tmux.send("C-u")                             // Ctrl-U clears it
        try tmux.send("-l", "zebra")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "[zebra]")
        #expect(screen.contains("1 of 57 papers") && screen.contains("Relative representations"))
        try tmux.send("q")
        try tmux.waitFor(text: "PAPERBOAT-EXITED-0")

        // A new run of the program finds the star, the tag, the note and the search history.
        let starred = try Harness.run(["search", "--db", db, "--json", "is:starred"]).stdout
        #expect(starred.split(separator: "\n").count == 1)
        let tagged = try Harness.run(["search", "--db", db, "tag:to-read zebra"]).stdout
        #expect(tagged.split(separator: "\n").count == 1)
        let again = try TmuxSession(command: "\(environment) \(shellQuote(Harness.binary)) --db \(shellQuote(db)); echo PAPERBOAT-EXITED-$?; sleep 60")
        try again.waitFor(text: "1/57")
        try again.send("S")
        try again.waitFor(text: "[is:starred]")
        try again.send("c", "/", "Up")
        try again.waitFor(text: "/tag:to-read zebra")   // the command-line searches above are in the history too
        try again.send("Up")
        try again.waitFor(text: "/is:starred")
        try again.send("Up")
        try again.waitFor(text: "/zebra")
        try again.send("Escape", "S")                    // remove the starred paper: d asks, y answers
        try again.waitFor(text: "[is:starred]")
        try again.send("d")
        try again.waitFor(text: "Remove this paper from the library, with tags and notes? (y/n)")
        try again.send("y")
        try again.waitFor(text: "Removed 1 paper")
        try again.send("q")
        try again.waitFor(text: "PAPERBOAT-EXITED-0")
        #expect(try Harness.run(["search", "--db", db, "--json", "is:starred"]).stdout.isEmpty)
        let stats = try Harness.run(["stats", "--db", db, "--json"]).stdout
        #expect(stats.contains("\"papers\":56"))
        // The index the browser used still had it; the next use rebuilds it without it.
        let first = try Harness.run(["list", "--db", db, "--limit", "1"]).stdout.split(separator: " ").first.map(String.init) ?? ""
        let related = try Harness.run(["related", "--db", db, "--k", "3", first]).stderr
        #expect(related.contains("Related-papers index rebuilt (papers were removed"))
    }
}
