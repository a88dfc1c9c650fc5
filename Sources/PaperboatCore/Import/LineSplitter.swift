/// Splits file bytes into lines (LF or CRLF), keeping 1-based line numbers.
enum LineSplitter {
    /// Calls `body` with each line's number and byte range, without copying.
    static func forEachLine(in bytes: [UInt8], _ body: (Int, Range<Int>) throws -> Void) rethrows {
        var lineNumber = 1
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] == 0x0A {
                var end = index
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                try body(lineNumber, start..<end)
                lineNumber += 1
                start = index + 1
            }
            index += 1
        }
        if start < count {
            var end = count
            if bytes[end - 1] == 0x0D { end -= 1 }
            try body(lineNumber, start..<end)
        }
    }

    /// Decodes UTF-8, replacing invalid sequences; reports whether it had to.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (text: String, repaired: Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, false) }
        return (String(decoding: bytes, as: UTF8.self), true)
    }
}
