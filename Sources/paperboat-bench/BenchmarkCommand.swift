import ArgumentParser

/// Benchmarks that print numbers for the README.
@main
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paperboat-bench",
        abstract: "Paperboat benchmarks: each prints the numbers the README records.",
        subcommands: [UIBenchmark.self, RelatedBenchmark.self, RelatedFileBenchmark.self, GenerateCorpus.self, OrganiseBenchmark.self]
    )
}
