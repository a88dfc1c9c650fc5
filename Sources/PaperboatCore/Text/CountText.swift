/// Counts as the screen shows them: digits grouped by thousands ("999,999"), so a million
/// papers read at a glance.
public enum CountText {
    /// `n` with a comma between each group of three digits.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return n < 0 ? "-" + out : out
    }

    /// `n` and the noun, singular for one: "1 paper", "24,943 papers".
    public static func counted(_ n: Int, _ noun: String) -> String {
        "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")"
    }
}
