import PaperboatCore

/// Another source's list in the opposite order: oldest first where the library and its
/// filters list newest first. Pages are the other end's pages, turned round, so it pages
/// through a million papers as cheaply as the source does.
public struct ReversedPageSource: PaperPageSource {
    /// The list turned round.
    public let base: any PaperPageSource

    public init(base: any PaperPageSource) {
        self.base = base
    }

    public func rowCount() throws -> Int { try base.rowCount() }

    public func rows(after cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try base.rows(before: cursor, limit: limit).reversed()
    }

    public func rows(before cursor: ListCursor?, limit: Int) throws -> [PaperListRow] {
        try base.rows(after: cursor, limit: limit).reversed()
    }
}
