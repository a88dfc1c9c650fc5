import PaperboatCore
import Testing
@testable import PaperboatUI

@Suite struct KeyNameTests {
    @Test func namesParseAsTheHelpScreenWritesThem() {
        #expect(Key(name: "j") == .character("j"))
        #expect(Key(name: "?") == .character("?"))
        #expect(Key(name: "Space") == .character(" "))
        #expect(Key(name: "C-n") == .control("n"))
        #expect(Key(name: "c-N") == .control("n"))
        #expect(Key(name: "PgDn") == .pageDown && Key(name: "pagedown") == .pageDown)
        #expect(Key(name: "S-Tab") == .backTab && Key(name: "Esc") == .escape && Key(name: "Bksp") == .backspace)
        // Every key of the standard table reads back from its label (arrows aside: ↑ is "Up").
        for binding in KeyMap.standard.bindings {
            for key in binding.keys where ![.up, .down, .left, .right].contains(key) {
                #expect(Key(name: key.label) == key, "\(key.label)")
            }
        }
        #expect(Key(name: "") == nil && Key(name: "jk") == nil && Key(name: "C-1") == nil && Key(name: "Hyper") == nil)
    }
}

@Suite struct BrowserConfigTests {
    @Test func settingsAndKeysApply() {
        let text = """
        # mine
        [browser]
        order = "oldest-first"
        hide-read = true
        ascii = true

        [keys]
        down = ["j", "C-n"]
        quit = "x"
        """
        let config = BrowserConfig.parse(text, file: "config.toml")
        #expect(config.problems.isEmpty, "\(config.problems)")
        #expect(config.oldestFirst && config.hideRead && config.ascii && !config.monochrome)
        #expect(config.keyMap.action(for: .control("n"), in: .browser) == .moveDown)
        #expect(config.keyMap.action(for: .down, in: .browser) == nil, "the listed keys replace the defaults")
        #expect(config.keyMap.action(for: .character("x"), in: .browser) == .quit)
        #expect(config.keyMap.action(for: .character("q"), in: .browser) == nil)
        #expect(config.keyMap.action(for: .character("q"), in: .help) == .closeOverlay, "q still closes the help")
        #expect(config.keyMap.helpEntries(for: .browser).contains { $0.keys == "x" && $0.help == "Quit Paperboat" })
    }

    /// A key taken by another action leaves it, so one key never does two things.
    @Test func aReboundKeyLeavesItsOldAction() {
        let config = BrowserConfig.parse("[keys]\nquit = [\"s\"]\n", file: "c.toml")
        #expect(config.keyMap.action(for: .character("s"), in: .browser) == .quit)
        let star = config.keyMap.bindings.first { $0.action == .toggleStar }
        #expect(star?.keys.isEmpty == true)
        #expect(config.problems == ["c.toml:1: star has no key left: its keys went to other actions"])
    }

    /// Each problem names the file and line; everything good in the file still applies.
    @Test func problemsNameTheLineAndTheRestApplies() {
        let text = """
        [browser]
        order = "sideways"
        hide-read = "yes"
        monochrome = true
        colour = "red"

        [keys]
        qiut = "x"
        down = ["j", "Hyper"]
        up = 3
        graph = "g"

        [theme]
        x = 1
        """
        let config = BrowserConfig.parse(text, file: "/home/me/.config/paperboat/config.toml")
        let problems = config.problems
        #expect(problems.count == 7, "\(problems)")
        func has(_ line: Int, _ part: String) -> Bool {
            problems.contains { $0.hasPrefix("/home/me/.config/paperboat/config.toml:\(line): ") && $0.contains(part) }
        }
        #expect(has(2, "order must be"))
        #expect(has(3, "hide-read must be true or false"))
        #expect(has(5, "unknown setting \"colour\""))
        #expect(has(8, "unknown action \"qiut\""))
        #expect(has(9, "\"Hyper\" is not a key"))
        #expect(has(10, "up must be a key name"))
        #expect(has(13, "unknown section [theme]"))
        #expect(config.monochrome, "the good line between bad ones applies")
        #expect(config.keyMap.action(for: .character("g"), in: .browser) == .toggleGraph)
        #expect(config.keyMap.action(for: .character("j"), in: .browser) == .moveDown, "a bad entry changes nothing")
    }

    @Test func brokenTOMLSaysWhereAndKeepsTheDefaults() {
        let config = BrowserConfig.parse("[browser]\norder = \"oldest-first\"\nhide-read = tru\n", file: "c.toml")
        #expect(config.problems.count == 1)
        #expect(config.problems.first?.hasPrefix("c.toml:3: not TOML") == true, "\(config.problems)")
        #expect(!config.oldestFirst)
    }

    @Test func aMissingFileGivesTheDefaults() {
        let config = BrowserConfig.load(path: "/nonexistent/paperboat/config.toml")
        #expect(config.problems.isEmpty && !config.oldestFirst)
        let named = BrowserConfig.load(path: "/nonexistent/mine.toml", required: true)
        #expect(named.problems == ["/nonexistent/mine.toml: no such settings file"], "a file the user named must be there")
        #expect(BrowserConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/paperboat/config.toml")
    }

    /// The status line's hints name the keys as the table in force binds them.
    @Test func hintsFollowRebinding() throws {
        let config = BrowserConfig.parse("[keys]\nsearch = \"f\"\n", file: "c.toml")
        let model = try BrowserModel(store: try UIFixtures.library(), height: 24, width: 120, keyMap: config.keyMap)
        let line = BrowserView.render(model).rowText(23)
        #expect(line.contains("f:filter") && !line.contains("/:filter"), "[\(line)]")
    }

    /// The overlays say how to close them with the keys in force.
    @Test func overlayFootersFollowRebinding() throws {
        let config = BrowserConfig.parse("[keys]\nhelp = \"F1\"\nhelp-key = 1\n", file: "c.toml")
        #expect(config.problems.count == 2, "F1 is no key name here, help-key no action: \(config.problems)")
        let rebound = KeyMap.standard.rebinding(.toggleHelp, to: [.character("h")])
        var model = try BrowserModel(store: try UIFixtures.library(), height: 35, width: 120, keyMap: rebound)
        model.handle(.character("h"))
        #expect(model.showingHelp)
        #expect(BrowserView.render(model).text.contains("Esc, q or h closes"))
        #expect(KeyMap.standard.spoken([.open], in: .trail, firstKeys: true) == "Enter")
    }

    /// Messages that name a key name the one in force.
    @Test func messagesNameTheKeysInForce() throws {
        for (keyMap, graphKey, tagKey) in [(KeyMap.standard, "v", "t"),
                                           (KeyMap.standard.rebinding(.toggleGraph, to: [.character("x")]).rebinding(.editTags, to: [.character("u")]), "x", "u")] {
            var model = try BrowserModel(store: try UIFixtures.library(), height: 24, width: 120, keyMap: keyMap)
            model.handle(.character("+"))
            #expect(model.message?.text == "Open the graph with \(graphKey) first")
            model.handle(.character("1"))
            #expect(model.message?.text == "No tag 1 yet: add tags with \(tagKey)")
        }
    }

    @Test func colourSettingsParseAsNewsboatWritesThem() throws {
        let spec = try StyleColors(parsing: "black on cyan bold")
        #expect(spec.foreground == .indexed(0) && spec.background == .indexed(6) && spec.attributes == ["bold"])
        #expect(try StyleColors(parsing: "on default").background == .terminalDefault)
        #expect(try StyleColors(parsing: "color208").foreground == .indexed(208))
        #expect(try StyleColors(parsing: "underline reverse").attributes == ["underline", "reverse"])
        #expect(throws: ColorSyntaxError(word: "purple")) { try StyleColors(parsing: "purple") }
        #expect(throws: ColorSyntaxError(word: "color300")) { try StyleColors(parsing: "white on color300") }
        #expect(throws: ColorSyntaxError(word: "sparkly")) { try StyleColors(parsing: "white sparkly") }

        let config = BrowserConfig.parse("""
        [colors]
        status = "black on red"
        selected = "on purple"
        frame = "blue"
        """, file: "c.toml")
        #expect(config.colors[.status] == StyleColors(foreground: .indexed(0), background: .indexed(1), attributes: nil))
        #expect(config.colors[.selected] == nil)
        #expect(config.problems.count == 2)
        #expect(config.problems.contains { $0.hasPrefix("c.toml:3: \"purple\" is not a colour") })
        #expect(config.problems.contains { $0.hasPrefix("c.toml:4: unknown style \"frame\"") })
    }

    /// `paperboat config --defaults` writes a file that reads back as the standard table.
    @Test func theDefaultsFileReadsBackAsTheStandardTable() {
        let config = BrowserConfig.parse(BrowserConfig.defaultText(), file: "defaults.toml")
        #expect(config.problems.isEmpty, "\(config.problems)")
        #expect(config.keyMap.bindings.map(\.keys) == KeyMap.standard.bindings.map(\.keys))
        #expect(!config.oldestFirst && !config.hideRead && config.colors.isEmpty)
    }
}
