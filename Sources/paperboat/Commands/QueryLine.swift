import PaperboatCore

/// Parses a query from the command line, turning errors into a pointed message.
enum QueryLine {
    static func parse(_ text: String) throws -> Query {
        do {
            return try QueryParser.parse(text)
        } catch {
            throw CLIError("bad query: \(error.message)\n  \(error.pointing(into: text).replacingOccurrences(of: "\n", with: "\n  "))")
        }
    }
}
