import Foundation

/// Puts text on the user's clipboard. Inside tmux, through tmux's own buffer
/// (`tmux load-buffer -w`, which also hands it to the outer terminal's clipboard), so `y`
/// works whatever tmux's `set-clipboard` says; elsewhere with the OSC 52 escape, which
/// xterm, kitty, WezTerm, iTerm2, Alacritty, foot and Windows Terminal understand, over
/// ssh too.
enum Clipboard {
    /// Why the text did not reach the clipboard.
    enum Failure: Error, CustomStringConvertible {
        case tmux(String)
        var description: String {
            switch self {
            case let .tmux(reason): return "copying through tmux failed: \(reason)"
            }
        }
    }

    /// How the text was copied, for the status line.
    enum Route { case tmux, terminal }

    /// Copies `text`; `environment` decides the route.
    @discardableResult
    static func copy(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> Route {
        if let tmux = environment["TMUX"], !tmux.isEmpty {
            try copyThroughTmux(text)
            return .tmux
        }
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        FileHandle.standardOutput.write(Data(sequence.utf8))
        return .terminal
    }

    private static func copyThroughTmux(_ text: String) throws(Failure) {
        let path = NSTemporaryDirectory() + "paperboat-clip-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch {
            throw .tmux("cannot write \(path): \(error.localizedDescription)")
        }
        do {
            try ExternalProgram.run(["tmux", "load-buffer", "-w", path], arguments: [], quiet: true)
        } catch {
            // tmux before 3.2 has no -w: its buffer still gets the text.
            do { try ExternalProgram.run(["tmux", "load-buffer", path], arguments: [], quiet: true) } catch {
                throw .tmux("\(error)")
            }
        }
    }
}
