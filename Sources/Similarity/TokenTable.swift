/// A hash table from a token's UTF-8 bytes to a small integer, compared byte for byte,
/// so that looking up a token already seen allocates nothing (open addressing, FNV-1a).
struct TokenTable {
    /// The value stored for a token, or `nil` when the token is new.
    private var slots: [Int32]
    private var keys: [UInt8] = []
    private var keyStarts: [Int] = [0]
    private var values: [Int32] = []
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Number of tokens stored.
    var count: Int { values.count }

    /// The value of `token`, if stored.
    ///
    /// - Complexity: O(token length), expected.
    func value(of token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if matches(Int(entry), token) { return values[Int(entry)] }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `token` (which must not be stored yet).
    mutating func insert(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32) {
        if (values.count + 1) * 2 > slots.count { grow() }
        keys.append(contentsOf: token)
        keyStarts.append(keys.count)
        values.append(value)
        place(Int32(values.count - 1), hash: hash)
    }

    /// FNV-1a over the token's bytes.
    static func hash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in token { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    private func matches(_ entry: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[entry], end = keyStarts[entry + 1]
        guard end - start == token.count else { return false }
        for i in 0..<token.count where keys[start + i] != token[i] { return false }
        return true
    }

    private mutating func place(_ entry: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for entry in 0..<values.count {
            let key = keys[keyStarts[entry]..<keyStarts[entry + 1]]
            let hash = key.withContiguousStorageIfAvailable { Self.hash($0) } ?? Self.hash(Array(key))
            place(Int32(entry), hash: hash)
        }
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }
}
