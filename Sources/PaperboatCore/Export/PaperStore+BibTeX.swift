/// BibTeX for papers of the library, with the reader's tags and notes.
extension PaperStore {
    /// The entries of `papers`, in their order, keyed by `keys` (which keeps keys unique
    /// across calls, so an export can go a page at a time).
    public func bibTeXEntries(for papers: [Paper], keys: inout CitationKeys) throws -> [BibTeXEntry] {
        let annotations = try annotations(ids: papers.compactMap(\.id))
        return papers.map { paper in
            let annotation = paper.id.flatMap { annotations[$0] }
            return BibTeXEntry(paper: paper, key: keys.key(for: paper), tags: annotation?.tags ?? [], note: annotation?.note)
        }
    }
}
