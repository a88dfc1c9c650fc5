/// A malformed query: what is wrong, and where (0-based character offset), so the
/// filter line can point at it.
public struct QueryError: Error, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Offset of the problem in the query text.
    public var position: Int

    public init(_ message: String, at position: Int) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(message) (at character \(position + 1))" }

    /// The query with a caret under the problem, for terminals.
    public func pointing(into query: String) -> String {
        query + "\n" + String(repeating: " ", count: max(0, position)) + "^ " + message
    }
}
