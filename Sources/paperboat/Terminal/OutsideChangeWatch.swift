import Foundation
import PaperboatCore

/// Notices, at most once a second, that another program changed the library (SQLite's
/// `data_version` moved) or brought its related-papers index file up to date (the file's
/// tag changed and matches the library), so the browser can read them again.
struct OutsideChangeWatch {
    private let store: PaperStore
    private let index: RelatedIndexStore
    private var version: Int?
    private var indexTag: String?
    private var lastCheck = Date.distantPast

    init(store: PaperStore) {
        self.store = store
        index = RelatedIndexStore(store: store)
        version = try? store.outsideChangeCounter()
        indexTag = index.fileTag()
        lastCheck = Date()
    }

    /// What changed since the last check; nothing when checked less than a second ago.
    mutating func check(now: Date) -> (library: Bool, index: Bool) {
        guard now.timeIntervalSince(lastCheck) >= 1 else { return (false, false) }
        lastCheck = now
        var library = false
        if let current = try? store.outsideChangeCounter(), current != version {
            version = current
            library = true
        }
        // The index file is replaced after the library's commit (the import writes the papers,
        // then the index), so its tag is watched on its own.
        var reloadIndex = false
        if let tag = index.fileTag(), tag != indexTag, (try? index.fileIsCurrent()) == true {
            indexTag = tag
            reloadIndex = true
        }
        return (library, reloadIndex)
    }
}
