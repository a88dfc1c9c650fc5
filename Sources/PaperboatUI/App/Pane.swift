/// The panes that can hold keyboard focus, in Tab order.
public enum Pane: String, Sendable, CaseIterable {
    case sidebar
    case list
    case graph
    case abstract
    case related
}

/// A message in the status bar.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
