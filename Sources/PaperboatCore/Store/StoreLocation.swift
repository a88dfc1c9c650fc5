import Foundation

/// Where the library file lives when `--db` is not given.
public enum StoreLocation {
    /// `$XDG_DATA_HOME/paperboat/library.sqlite`, else `~/.local/share/paperboat/library.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((base as NSString).appendingPathComponent("paperboat") as NSString)
            .appendingPathComponent("library.sqlite")
    }
}
