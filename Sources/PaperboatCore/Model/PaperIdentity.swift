import Foundation

/// Rules for the stable identity of a paper: arXiv ids and normalised titles.
public enum PaperIdentity {
    /// Returns the arXiv id in `text` without prefix, URL or version, or `nil`
    /// when it is not an arXiv id (`2503.11677v2` → `2503.11677`,
    /// `arXiv:hep-th/9901001v1` → `hep-th/9901001`).
    public static func normalizedArxivId(_ text: String) -> String? {
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        for prefix in ["arxiv.org/abs/", "arxiv.org/pdf/", "arXiv:", "arxiv:"] where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
            break
        }
        if s.hasSuffix(".pdf") { s.removeLast(4) }
        // Strip a version suffix: v followed by digits at the end.
        if let v = s.lastIndex(of: "v"), s.index(after: v) < s.endIndex,
           s[s.index(after: v)...].allSatisfy(\.isASCII), s[s.index(after: v)...].allSatisfy(\.isNumber) {
            s = String(s[..<v])
        }
        if isNewStyle(s) || isOldStyle(s) { return s }
        return nil
    }

    /// `YYMM.NNNN` or `YYMM.NNNNN`.
    private static func isNewStyle(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (4...5).contains(parts[1].count) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// `archive(.SUB)/YYMMNNN`, e.g. `hep-th/9901001`, `math.GT/0309136`.
    private static func isOldStyle(_ s: String) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 7, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return false
        }
        return !parts[0].isEmpty && parts[0].allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == ".") }
    }

    /// The title folded for identity: case and diacritics folded, punctuation and
    /// runs of white space collapsed to single spaces.
    public static func normalizedTitle(_ title: String) -> String {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The public key of a paper known only by title: `t-` and 12 hex digits
    /// of the FNV-1a hash of its normalised title.
    public static func titleHashKey(_ titleKey: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in titleKey.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return "t-" + padded.prefix(12)
    }
}
