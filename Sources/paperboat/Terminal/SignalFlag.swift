import Foundation

/// Set by the signal handler; read by the run loop (async-signal-safe).
nonisolated(unsafe) private var pendingSignal: sig_atomic_t = 0

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the run loop polls, so the
/// terminal is restored on those exit paths too.
enum SignalFlag {
    /// Installs the handlers, and unblocks the signals the browser relies on
    /// (a parent may have started us with them blocked; curses needs SIGWINCH).
    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { number in pendingSignal = number }
        }
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The signal received, or 0.
    static var received: Int32 { pendingSignal }
}
