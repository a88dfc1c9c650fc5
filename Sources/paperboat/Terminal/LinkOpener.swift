import Foundation

/// Opens a link with the user's browser: `$BROWSER` (a `:`-separated list of commands, each
/// tried in turn, `%s` standing for the link), else `xdg-open`.
enum LinkOpener {
    /// Opens `url`, or throws why it could not.
    static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(LinkError) {
        let browsers = (environment["BROWSER"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        let candidates = browsers.isEmpty ? ["xdg-open"] : browsers
        var reasons: [String] = []
        for candidate in candidates {
            var command = ExternalProgram.words(candidate)
            var arguments = [url]
            if command.contains("%s") {
                command = command.map { $0 == "%s" ? url : $0 }
                arguments = []
            }
            do {
                try ExternalProgram.run(command, arguments: arguments)
                return
            } catch {
                switch error {
                case let .cannotRun(reason): reasons.append("\(candidate): \(reason)")
                case let .failed(status): throw .failed(candidate, status)
                }
            }
        }
        throw .noBrowser(browsers.isEmpty ? "set $BROWSER (xdg-open: \(reasons.joined()))" : reasons.joined(separator: "; "))
    }

    /// Why a link was not opened.
    enum LinkError: Error, CustomStringConvertible {
        case noBrowser(String)
        case failed(String, String)
        var description: String {
            switch self {
            case let .noBrowser(detail): return "cannot open a browser: \(detail)"
            case let .failed(command, how): return "browser \(command) failed (\(how))"
            }
        }
    }
}
