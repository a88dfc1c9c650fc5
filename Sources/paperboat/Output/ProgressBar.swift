import Foundation
import PaperboatCore

/// A one-line progress bar on standard error, drawn only on a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private var lastDrawn = -1
    private let lock = NSLock()

    init() {
        enabled = isatty(STDERR_FILENO) != 0
    }

    /// Redraws the bar for `done` of `total` lines of `file` (at most once a percent).
    func update(file: String, done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock(); defer { lock.unlock() }
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = width * percent / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let name = TerminalText.sanitize((file as NSString).lastPathComponent)
        Console.rawError("\r[\(bar)] \(percent)% \(name.prefix(40))\u{1B}[K")
        if percent == 100 {
            Console.rawError("\n")
            lastDrawn = -1
        }
    }
}
