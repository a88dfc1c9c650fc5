import ArgumentParser
import Foundation
import PaperboatUI

/// `paperboat config`: where the settings file is and what is wrong in it, or a file of
/// every default to start from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the settings file (config.toml), or print one with every default."
    )

    @Option(help: "The settings file (default: $XDG_CONFIG_HOME/paperboat/config.toml, else ~/.config/paperboat/config.toml).")
    var config: String?

    @Flag(help: "Print a settings file with every default (each action and its keys) instead.")
    var defaults = false

    func run() throws {
        if defaults {
            print(BrowserConfig.defaultText(), terminator: "")
            return
        }
        let path = config ?? BrowserConfig.defaultPath()
        guard FileManager.default.fileExists(atPath: path) else {
            Console.say("\(path): not there, so every setting is its default (`paperboat config --defaults` prints them)")
            if config != nil { throw ExitCode(1) }
            return
        }
        let settings = BrowserConfig.load(path: path)
        guard !settings.problems.isEmpty else {
            Console.say("\(path): no problems")
            return
        }
        for problem in settings.problems { Console.warn(problem) }
        throw ExitCode(1)
    }
}
