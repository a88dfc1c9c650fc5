/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
    /// The panes of the browser.
    case browser
    /// The help overlay.
    case help
    /// The trail overlay.
    case trail
    /// The "why related" overlay.
    case why
}

/// One row of the key table: an action, its default keys, where it applies and
/// what the help screen says about it.
public struct KeyBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var contexts: Set<KeyContext>
    public var help: String
}

/// The one table of keys. The run loop resolves keys through it and the help
/// overlay is generated from it, so the two cannot disagree (as newsboat's keymap).
public struct KeyMap: Sendable {
    /// The bindings, in the order the help screen lists them.
    public let bindings: [KeyBinding]

    /// The default key table.
    public static let standard = KeyMap(bindings: [
        KeyBinding(action: .moveDown, keys: [.character("j"), .down], contexts: [.browser, .help, .trail, .why],
                   help: "Move down (scrolls the abstract when it has focus)"),
        KeyBinding(action: .moveUp, keys: [.character("k"), .up], contexts: [.browser, .help, .trail, .why],
                   help: "Move up"),
        KeyBinding(action: .pageDown, keys: [.pageDown, .control("f"), .character(" ")], contexts: [.browser, .help, .trail],
                   help: "Page down"),
        KeyBinding(action: .pageUp, keys: [.pageUp, .control("b")], contexts: [.browser, .help, .trail],
                   help: "Page up"),
        KeyBinding(action: .top, keys: [.character("g"), .home], contexts: [.browser, .help, .trail],
                   help: "Go to the first line"),
        KeyBinding(action: .bottom, keys: [.character("G"), .end], contexts: [.browser, .help, .trail],
                   help: "Go to the last line"),
        KeyBinding(action: .focusNext, keys: [.tab], contexts: [.browser],
                   help: "Move focus to the next pane"),
        KeyBinding(action: .focusPrevious, keys: [.backTab], contexts: [.browser],
                   help: "Move focus to the previous pane"),
        KeyBinding(action: .search, keys: [.character("/")], contexts: [.browser],
                   help: "Filter the list with a query, e.g. tag:x is:starred"),
        KeyBinding(action: .toggleSidebar, keys: [.character("T")], contexts: [.browser],
                   help: "Sidebar: tags and saved views with counts"),
        KeyBinding(action: .recommend, keys: [.character("W")], contexts: [.browser],
                   help: "Sidebar: papers like this tag's; again: last 7/30/365 days"),
        KeyBinding(action: .anyOf, keys: [.character("|")], contexts: [.browser],
                   help: "Sidebar: filter by any of the marked tags"),
        KeyBinding(action: .saveView, keys: [.character("V")], contexts: [.browser],
                   help: "Save the current filter as a named view"),
        KeyBinding(action: .nextMatch, keys: [.character("n")], contexts: [.browser],
                   help: "Next search match in the abstract"),
        KeyBinding(action: .previousMatch, keys: [.character("N")], contexts: [.browser],
                   help: "Previous search match in the abstract"),
        KeyBinding(action: .clearFilter, keys: [.character("c")], contexts: [.browser],
                   help: "Clear the filter"),
        KeyBinding(action: .toggleStar, keys: [.character("s")], contexts: [.browser],
                   help: "Star or unstar the paper (or the marked papers)"),
        KeyBinding(action: .showStarred, keys: [.character("S")], contexts: [.browser],
                   help: "Show only starred papers (again: all)"),
        KeyBinding(action: .byAuthors, keys: [.character("a")], contexts: [.browser],
                   help: "Papers by this paper's authors (a filter)"),
        KeyBinding(action: .editTags, keys: [.character("t")], contexts: [.browser],
                   help: "Add or remove tags (Tab completes)"),
        KeyBinding(action: .toggleTagSlot, keys: (1...9).map { .character(Character("\($0)")) }, contexts: [.browser],
                   help: "Toggle your first nine tags"),
        KeyBinding(action: .mark, keys: [.character("m")], contexts: [.browser],
                   help: "Mark a paper (or, in the sidebar, a tag) to act on several"),
        KeyBinding(action: .toggleRead, keys: [.character("r")], contexts: [.browser],
                   help: "Mark read or unread (or the marked papers)"),
        KeyBinding(action: .markAllRead, keys: [.character("A")], contexts: [.browser],
                   help: "Mark every paper of the list read (asks first)"),
        KeyBinding(action: .hideRead, keys: [.character("R")], contexts: [.browser],
                   help: "Hide or show read papers"),
        KeyBinding(action: .reverseOrder, keys: [.character("D")], contexts: [.browser],
                   help: "Newest or oldest first (searches keep relevance order)"),
        KeyBinding(action: .editNote, keys: [.character("e")], contexts: [.browser],
                   help: "Edit the paper's note in $EDITOR"),
        KeyBinding(action: .openInBrowser, keys: [.character("O")], contexts: [.browser],
                   help: "Open the paper's arXiv page in $BROWSER"),
        KeyBinding(action: .openPdf, keys: [.character("P")], contexts: [.browser],
                   help: "Open the paper's PDF in $BROWSER"),
        KeyBinding(action: .copyCitation, keys: [.character("y")], contexts: [.browser],
                   help: "Copy the BibTeX of the marked papers (else this one)"),
        KeyBinding(action: .copyLink, keys: [.character("Y")], contexts: [.browser],
                   help: "Copy the arXiv link of the marked papers (else this one)"),
        KeyBinding(action: .removePapers, keys: [.character("d")], contexts: [.browser],
                   help: "Remove the paper (or the marked ones); asks first"),
        KeyBinding(action: .moveLeft, keys: [.left], contexts: [.browser],
                   help: "Graph: select the nearest paper to the left"),
        KeyBinding(action: .moveRight, keys: [.right], contexts: [.browser],
                   help: "Graph: select the nearest paper to the right"),
        KeyBinding(action: .toggleGraph, keys: [.character("v")], contexts: [.browser],
                   help: "Show or hide the related-papers graph"),
        KeyBinding(action: .deeper, keys: [.character("+"), .character("=")], contexts: [.browser],
                   help: "Graph: one more hop out"),
        KeyBinding(action: .shallower, keys: [.character("-")], contexts: [.browser],
                   help: "Graph: one hop less"),
        KeyBinding(action: .wider, keys: [.character("}")], contexts: [.browser],
                   help: "Graph: more papers per hop (5, 8, 12)"),
        KeyBinding(action: .narrower, keys: [.character("{")], contexts: [.browser],
                   help: "Graph: fewer papers per hop"),
        KeyBinding(action: .open, keys: [.enter, .character("o")], contexts: [.browser, .trail, .why],
                   help: "Open a related paper; in the graph, centre on it"),
        KeyBinding(action: .back, keys: [.character("["), .backspace, .character("h")], contexts: [.browser],
                   help: "Back to the previous paper on the trail"),
        KeyBinding(action: .forward, keys: [.character("]"), .character("l")], contexts: [.browser],
                   help: "Forward along the trail"),
        KeyBinding(action: .showTrail, keys: [.character("H")], contexts: [.browser, .trail],
                   help: "Show the trail of papers visited; Enter goes back to one"),
        KeyBinding(action: .whyRelated, keys: [.character("w")], contexts: [.browser, .why],
                   help: "Why the related (or graph) paper is related, part by part"),
        KeyBinding(action: .toggleHelp, keys: [.character("?")], contexts: [.browser, .help],
                   help: "Show or hide this help"),
        KeyBinding(action: .closeOverlay, keys: [.escape, .character("q")], contexts: [.help, .trail, .why],
                   help: "Close the help, the trail or the why overlay"),
        KeyBinding(action: .reload, keys: [.control("r")], contexts: [.browser],
                   help: "Read the library again (another program changed it)"),
        KeyBinding(action: .redraw, keys: [.control("l")], contexts: [.browser, .help, .trail, .why],
                   help: "Redraw the screen"),
        KeyBinding(action: .closeOverlay, keys: [.escape], contexts: [.browser],
                   help: "Close the sidebar, else the graph; else unmark every paper"),
        KeyBinding(action: .quit, keys: [.character("q"), .control("c")], contexts: [.browser],
                   help: "Quit Paperboat"),
    ])

    /// The action bound to `key` in `context`, if any.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// Help lines: keys and description, in table order, for `context`.
    public func helpEntries(for context: KeyContext) -> [(keys: String, help: String)] {
        bindings.filter { $0.contexts.contains(context) }.map { binding in
            (binding.keys.count > 4 ? "\(binding.keys[0].label)-\(binding.keys[binding.keys.count - 1].label)"
                : binding.keys.map(\.label).joined(separator: " "), binding.help)
        }
    }
}
