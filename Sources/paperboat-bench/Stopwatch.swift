import Foundation

/// Wall-clock timing and summaries for benchmarks.
enum Stopwatch {
    /// Seconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Median and 99th percentile of `samples` (seconds), as milliseconds text.
    static func summary(_ samples: [Double]) -> String {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return "no samples" }
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        return String(format: "median %.3f ms, p99 %.3f ms, max %.3f ms (n=%d)", median * 1e3, p99 * 1e3,
                      (sorted.last ?? 0) * 1e3, sorted.count)
    }

    /// Peak resident memory of this process in MiB (VmHWM).
    static func peakResidentMiB() -> Double { statusMiB("VmHWM:") }

    /// Resident memory of this process now, in MiB (VmRSS).
    static func residentMiB() -> Double { statusMiB("VmRSS:") }

    private static func statusMiB(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kib / 1024
    }
}
