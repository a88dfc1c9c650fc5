/// A rectangle of cells: origin at the top left, in rows and columns.
public struct Rect: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var height: Int
    public var width: Int

    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { height == 0 || width == 0 }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(by n: Int) -> Rect {
        Rect(row: row + n, column: column + n, height: height - 2 * n, width: width - 2 * n)
    }
}
