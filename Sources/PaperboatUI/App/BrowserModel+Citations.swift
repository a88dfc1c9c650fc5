import PaperboatCore

/// `y`: BibTeX of the marked papers (else the one on show) for the clipboard.
extension BrowserModel {
    /// The most text put on the clipboard at once (terminals cap OSC 52; tmux at about 1 MiB).
    static let clipboardLimit = 512 * 1024

    /// Builds the BibTeX of the papers an action applies to and leaves it for the run loop.
    mutating func copyCitations() {
        let ids = targets
        guard !ids.isEmpty else { return }
        do {
            var keys = CitationKeys()
            var entries: [String] = []
            var firstKey = ""
            var size = 0
            let annotations = try store.annotations(ids: ids)
            for id in ids {
                guard let paper = try store.paper(id: id) else { continue }
                let key = keys.key(for: paper)
                if firstKey.isEmpty { firstKey = key }
                let entry = BibTeXEntry(paper: paper, key: key, tags: annotations[id]?.tags ?? [], note: annotations[id]?.note).text
                size += entry.utf8.count + 1
                guard size <= Self.clipboardLimit else {
                    message = StatusMessage("Too much for the clipboard (\(ids.count) papers): use paperboat export", kind: .error)
                    return
                }
                entries.append(entry)
            }
            pendingClipboard = entries.joined(separator: "\n")
            message = StatusMessage(entries.count == 1 ? "Copied BibTeX of \(firstKey)" : "Copied BibTeX of \(entries.count) papers")
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
