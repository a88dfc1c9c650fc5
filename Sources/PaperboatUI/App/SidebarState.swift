import PaperboatCore

/// The sidebar: fixed views, tags and saved views, each with a live count.
public struct SidebarState: Sendable, Equatable {
    /// One line of the sidebar.
    public struct Entry: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case heading, builtIn, tag, view }
        public var kind: Kind
        public var name: String
        /// The query the entry filters by.
        public var query: String
        public var count: Int
    }

    public var entries: [Entry] = []
    /// Selection and scroll.
    public var window = ListWindow(count: 0, height: 1)
    /// Tags marked with Space, to filter by several.
    public var markedTags: [String] = []

    /// Reads counts from the store.
    public static func load(from store: PaperStore, height: Int) throws -> SidebarState {
        var state = SidebarState()
        let builtIn: [(String, String, Query)] = [
            ("All papers", "", .all), ("Starred", "is:starred", .state(.starred)), ("Unread", "is:unread", .state(.unread)),
            ("With notes", "is:noted", .state(.noted)), ("Added this week", "added:7d", .added(days: 7)),
        ]
        for (name, text, query) in builtIn {
            state.entries.append(Entry(kind: .builtIn, name: name, query: text, count: try store.paperCount(matching: query)))
        }
        let tags = try store.tagCounts()
        if !tags.isEmpty {
            state.entries.append(Entry(kind: .heading, name: "Tags", query: "", count: 0))
            state.entries += tags.map { Entry(kind: .tag, name: $0.name, query: "tag:" + Self.quoted($0.name), count: $0.count) }
        }
        let views = try store.savedViews()
        if !views.isEmpty {
            state.entries.append(Entry(kind: .heading, name: "Saved views", query: "", count: 0))
            state.entries += views.map { Entry(kind: .view, name: $0.name, query: $0.query, count: $0.count) }
        }
        state.window = ListWindow(count: state.entries.count, height: max(1, height))
        return state
    }

    /// `name`, quoted when it holds spaces.
    static func quoted(_ name: String) -> String {
        name.contains(" ") ? "\"\(name)\"" : name
    }

    /// The selected entry.
    public var selected: Entry? { entries.indices.contains(window.selected) ? entries[window.selected] : nil }
}
