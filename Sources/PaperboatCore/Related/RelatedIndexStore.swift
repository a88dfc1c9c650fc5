import Foundation
import Similarity

/// Keeps a library's related-papers index current and on disk beside the library
/// (`library.sqlite.related`), so opening the browser loads it instead of rebuilding.
///
/// The file is tagged with the library's own id and its generation counters. When papers
/// were only added since, the index is extended incrementally; when existing text changed,
/// the file is missing or unreadable, or it was built for another library (one deleted and
/// made again at the same path), it is rebuilt. It is never used stale.
public struct RelatedIndexStore: Sendable {
    /// Progress of building: papers indexed so far and in all.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// The library.
    public let store: PaperStore
    /// The index file, or `nil` for an in-memory library.
    public let path: String?

    public init(store: PaperStore) {
        self.store = store
        path = store.path == ":memory:" ? nil : store.path + ".related"
    }

    /// How the index was brought up to date.
    public enum Refresh: Sendable, Equatable {
        case current
        case extended(added: Int)
        case rebuilt(reason: String)
    }

    /// Whether the file on disk matches the library as it is now (reads only its header).
    public func fileIsCurrent() throws -> Bool {
        guard let path, let tag = IndexFile.tag(ofFileAt: path) else { return false }
        return tag == (try currentTag())
    }

    /// "library id:generation:rewrite generation".
    /// The tag of the index file on disk (which library state it was built for), if any.
    public func fileTag() -> String? {
        path.flatMap { IndexFile.tag(ofFileAt: $0) }
    }

    private func currentTag() throws -> String {
        let generations = try store.generations()
        return "\(try store.libraryId()):\(generations.generation):\(generations.rewrite)"
    }

    /// The index for the library as it is now, opening, extending or rebuilding as needed.
    /// A library file gets a ``DiskIndex`` (queries read the file; nothing is held in
    /// memory beyond offsets); an in-memory library gets an in-memory index.
    public func current(progress: Progress? = nil) throws -> (any RelatedIndex, Refresh) {
        let generations = try store.generations()
        let tag = try currentTag()
        guard let path else {
            return (try build(from: SimilarityIndex(), progress: progress), .rebuilt(reason: "in-memory library"))
        }
        var reason = "no index yet"
        if FileManager.default.fileExists(atPath: path) {
            do {
                let index = try DiskIndex(path: path)
                if index.tag == tag { return (index, .current) }
                let old = index.tag.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                let libraryId = try store.libraryId()
                let sameLibrary = old.count == 3 && old[0] == libraryId
                if sameLibrary, old[2] == String(generations.rewrite) {
                    let (saved, _) = try IndexFile.readForUpdate(path: path)
                    let extended = try build(from: saved, progress: progress)
                    try save(extended, tag: tag)
                    return (try DiskIndex(path: path), .extended(added: extended.count - saved.count))
                }
                reason = sameLibrary ? "papers were removed, or their text changed, since it was built"
                    : "it was built for another library, or by an older Paperboat"
            } catch {
                reason = "\(error)"
            }
        }
        let index = try build(from: SimilarityIndex(), progress: progress)
        try save(index, tag: tag)
        return (try DiskIndex(path: path), .rebuilt(reason: reason))
    }

    /// Adds every paper not yet in `index` (ids above its largest), then prepares it.
    private func build(from start: SimilarityIndex, progress: Progress?) throws -> SimilarityIndex {
        let total = try store.paperCount()
        var builder = IndexBuilder(index: start)
        var lastId = start.documentIds.max() ?? 0
        var done = start.count
        while true {
            let page = try store.indexableText(afterId: lastId, limit: 5_000)
            guard let last = page.last else { break }
            builder.addAll(page.map {
                IndexBuilder.Text(id: $0.id, title: $0.title, abstract: $0.abstract, extraTerms: Self.metadataTerms($0))
            })
            lastId = last.id
            done += page.count
            progress?(done, total)
        }
        builder.finish()
        return builder.index
    }

    /// Categories and authors as terms of their own, so papers in the same category or
    /// by the same people draw closer.
    static func metadataTerms(_ paper: IndexableText) -> [String] {
        paper.categories.map { "cat:" + $0.lowercased() } + paper.authors.map { "au:" + $0.lowercased() }
    }

    private func save(_ index: SimilarityIndex, tag: String) throws {
        guard let path else { return }
        let temporary = path + ".tmp"
        do {
            try IndexFile.write(index, tag: tag, to: temporary)
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw StoreError.failed("cannot write the related-papers index \(path): \(error)")
        }
    }
}
