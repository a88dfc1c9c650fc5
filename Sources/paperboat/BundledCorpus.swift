import Foundation

/// The first-run corpus shipped in the repository's `Resources/seeds`.
///
/// Looked for, in order: `$PAPERBOAT_SEEDS`; `Resources/seeds` in a folder above
/// the executable (a checkout's `.build/release/paperboat`), or `share/paperboat/seeds`
/// beside an installed `bin/`; and the checkout this binary was built from.
enum BundledCorpus {
    /// The bundled seed files, sorted; empty when none is found.
    static func files(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        for folder in candidateFolders(environment: environment) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            let seeds = names.filter { $0.hasSuffix(".txt") }.sorted()
            if !seeds.isEmpty { return seeds.map { (folder as NSString).appendingPathComponent($0) } }
        }
        return []
    }

    private static func candidateFolders(environment: [String: String]) -> [String] {
        var folders: [String] = []
        if let custom = environment["PAPERBOAT_SEEDS"], !custom.isEmpty { folders.append(custom) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            folders.append(directory.appendingPathComponent("Resources/seeds").path)
            folders.append(directory.appendingPathComponent("share/paperboat/seeds").path)
            directory.deleteLastPathComponent()
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(checkout.appendingPathComponent("Resources/seeds").path)
        return folders
    }
}
