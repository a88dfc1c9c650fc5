/// The papers visited by following links, with a position, as a web browser keeps them.
public struct Trail: Sendable, Equatable {
    /// Visited paper ids, oldest first.
    public private(set) var ids: [Int64] = []
    /// The index of the paper shown.
    public private(set) var position = -1

    /// Starts a new trail at `id` (moving in the list does this).
    public mutating func reset(to id: Int64?) {
        ids = id.map { [$0] } ?? []
        position = ids.isEmpty ? -1 : 0
    }

    /// Visits `id`, dropping anything forward of the current position.
    public mutating func visit(_ id: Int64) {
        if position >= 0 { ids.removeSubrange((position + 1)...) }
        ids.append(id)
        position = ids.count - 1
    }

    /// Steps back; returns the id to show, or `nil` at the start.
    public mutating func back() -> Int64? {
        guard position > 0 else { return nil }
        position -= 1
        return ids[position]
    }

    /// Steps forward; returns the id to show, or `nil` at the end.
    public mutating func forward() -> Int64? {
        guard position + 1 < ids.count else { return nil }
        position += 1
        return ids[position]
    }

    /// Goes to the paper at `index` without dropping any of the trail (a web browser's
    /// history menu); returns its id, or `nil` when `index` is not on the trail.
    public mutating func jump(to index: Int) -> Int64? {
        guard ids.indices.contains(index) else { return nil }
        position = index
        return ids[index]
    }
}
