import Foundation

/// Runs a program the user named (`$EDITOR`, `$BROWSER`) and waits for it. The command is
/// split into words and run directly: no shell ever sees paper metadata.
enum ExternalProgram {
    /// Why a program did not do its job.
    enum Failure: Error {
        /// It could not be started (not found, not executable): the reason from the system.
        case cannotRun(String)
        /// It ran and failed: how it ended ("exit status 2", "killed by signal 9").
        case failed(String)
    }

    /// Runs `command` (words) with `arguments` after it, and waits for it to exit. `quiet`
    /// sends its output to /dev/null (for helpers run while curses owns the screen).
    static func run(_ command: [String], arguments: [String], quiet: Bool = false) throws(Failure) {
        guard let program = command.first else { throw .cannotRun("no command") }
        let argv = (command + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw .cannotRun(String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw .failed(Self.describe(waitStatus: status)) }
    }

    /// A wait status as words: the exit status, or the signal that ended the program.
    static func describe(waitStatus status: Int32) -> String {
        status & 0x7f == 0 ? "exit status \((status >> 8) & 0xff)" : "killed by signal \(status & 0x7f)"
    }

    /// The words of a command line, split at spaces (`"code --wait"` is `code`, `--wait`);
    /// there is no shell, so no quoting: a command that needs it goes in a script.
    static func words(_ command: String) -> [String] {
        command.split(separator: " ").map(String.init)
    }
}
