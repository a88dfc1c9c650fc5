import Foundation
import Testing

/// Runs the real `paperboat` binary: as a command, or inside tmux like a person would.
enum Harness {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built `paperboat` beside the test bundle (SwiftPM builds it for this target).
    static var binary: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            root.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("paperboat").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[candidates.count - 1]
    }

    /// A new empty folder.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The result of running a command.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `paperboat` with `arguments`, stdin from /dev/null, and waits.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        try runProcess(binary, arguments, environment: environment)
    }

    /// Runs any program and waits for it (posix_spawn and waitpid: Foundation's
    /// `Process` can miss the exit of a child that leaves a daemon behind).
    static func runProcess(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/stdout", errPath = folder + "/stderr"
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Children start with no signal blocked, whatever this test thread blocks.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw HarnessError("cannot run \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Output(status: exitStatus,
                      stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}

/// A tmux server of its own running one command in a fixed-size window.
final class TmuxSession {
    let socket: String
    private let tmux = "/usr/bin/tmux"

    /// Starts `command` (a shell command line) in a `width`x`height` window.
    init(command: String, width: Int = 120, height: Int = 35) throws {
        socket = "pb-\(UUID().uuidString.prefix(8))"
        let result = try Harness.runProcess(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)",
                                                   "-y", "\(height)", command])
        if result.status != 0 { throw HarnessError("tmux failed to start: \(result.stderr)") }
    }

    /// Imports one bundled seed file into a new library and starts the browser on it in tmux,
    /// with `environment` (e.g. `TERM=xterm LANG=C`) before the command. Returns the session and the library path.
    static func browser(seed: String, environment: String, width: Int = 120, height: Int = 35,
                        arguments: [String] = []) throws -> (TmuxSession, String) {
        let db = try Harness.temporaryFolder() + "/lib.sqlite"
        let seeds = Harness.root.appendingPathComponent("Resources/seeds/\(seed)").path
        let imported = try Harness.run(["import", "--db", db, seeds])
        if imported.status != 0 { throw HarnessError("import failed: \(imported.stderr)") }
        let extra = arguments.map { " " + shellQuote($0) }.joined()
        // No settings file of the machine's user leaks in (a test's environment may name one).
        let settings = "XDG_CONFIG_HOME=" + shellQuote(try Harness.temporaryFolder())
        let command = "\(settings) \(environment) \(shellQuote(Harness.binary)) --db \(shellQuote(db))\(extra); echo PAPERBOAT-EXITED-$?; sleep 60"
        return (try TmuxSession(command: command, width: width, height: height), db)
    }

    deinit {
        _ = try? Harness.runProcess(tmux, ["-L", socket, "kill-server"])
    }

    /// Types keys as `tmux send-keys` names them (`j`, `Tab`, `Down`, ...).
    func send(_ keys: String...) throws {
        _ = try Harness.runProcess(tmux, ["-L", socket, "send-keys"] + keys)
    }

    /// The screen as text.
    func capture() throws -> String {
        try Harness.runProcess(tmux, ["-L", socket, "capture-pane", "-p"]).stdout
    }

    /// Runs a tmux command on this server (`set-option`, `show-buffer`, ...); returns its output.
    @discardableResult
    func command(_ arguments: String...) throws -> String {
        try Harness.runProcess(tmux, ["-L", socket] + arguments).stdout
    }

    /// Asks tmux for a format value, such as `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try Harness.runProcess(tmux, ["-L", socket, "display-message", "-p", format]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `predicate` holds; fails with the last screen after `timeout` seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(screen)", sourceLocation: sourceLocation)
        throw HarnessError("timed out waiting for \(what)")
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }
}

/// A harness failure.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Quotes a string for the shell.
func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
