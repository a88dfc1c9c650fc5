import PaperboatCore

/// Where the list gets its rows from, a page at a time (keyset pagination).
public protocol PaperPageSource: Sendable {
    /// The number of rows in the list.
    func rowCount() throws -> Int
    /// Up to `limit` rows after `cursor` in list order; from the top when `nil`.
    func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow]
    /// Up to `limit` rows before `cursor`, in list order; the last rows when `nil`.
    func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow]
}

extension PaperStore: PaperPageSource {
    public func rowCount() throws -> Int { try paperCount() }
}
