/// The panes that can hold keyboard focus, in Tab order.
public enum Pane: String, Sendable, CaseIterable {
    case list
    case abstract
    case related

    /// The next pane in Tab order.
    public var next: Pane {
        switch self {
        case .list: return .abstract
        case .abstract: return .related
        case .related: return .list
        }
    }

    /// The previous pane in Tab order.
    public var previous: Pane { next.next }
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
