import PaperboatCore

/// `y` and `Y`: the BibTeX, or the arXiv links, of the marked papers (else the one on
/// show) for the clipboard.
extension BrowserModel {
    /// Builds the BibTeX of the papers an action applies to and leaves it for the run loop.
    mutating func copyCitations() {
        let ids = targets
        guard !ids.isEmpty else { return }
        do {
            var keys = CitationKeys()
            let papers = try ids.compactMap { try store.paper(id: $0) }
            let entries = try store.bibTeXEntries(for: papers, keys: &keys)
            guard !entries.isEmpty else { return }
            let text = entries.map(\.text).joined(separator: "\n")
            guard text.utf8.count <= clipboardLimit else {
                message = StatusMessage("Too much for the clipboard (\(ids.count) papers): use paperboat export", kind: .error)
                return
            }
            pendingClipboard = text
            message = StatusMessage(entries.count == 1 ? "Copied BibTeX of \(entries[0].key)" : "Copied BibTeX of \(entries.count) papers")
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Leaves the arXiv links of the papers an action applies to for the run loop, one a
    /// line; papers without an arXiv id are counted in the message, not copied.
    mutating func copyLinks() {
        let ids = targets
        guard !ids.isEmpty else { return }
        do {
            let papers = try ids.compactMap { try store.paper(id: $0) }
            let links = papers.compactMap(\.arxivPageURL)
            let missing = papers.count - links.count
            guard !links.isEmpty else {
                message = StatusMessage(papers.count == 1 ? "This paper has no arXiv id, so there is no link to copy"
                                        : "None of these papers has an arXiv id, so there is no link to copy")
                return
            }
            let text = links.joined(separator: "\n")
            guard text.utf8.count <= clipboardLimit else {
                message = StatusMessage("Too much for the clipboard (\(links.count) links): use paperboat list --json", kind: .error)
                return
            }
            pendingClipboard = text
            let copied = links.count == 1 ? "Copied \(links[0])" : "Copied \(links.count) arXiv links"
            message = StatusMessage(missing == 0 ? copied : copied + " (\(CountText.counted(missing, "paper")) without an arXiv id)")
        } catch {
            message = StatusMessage("\(error)", kind: .error)
        }
    }

    /// Takes the text to put on the clipboard (the run loop hands it to the terminal).
    public mutating func takeClipboardRequest() -> String? {
        defer { pendingClipboard = nil }
        return pendingClipboard
    }
}
