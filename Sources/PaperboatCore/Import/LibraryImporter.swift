import Foundation

/// Imports files into a library: detects each file's format, parses it, and
/// adds or merges papers in batches, reporting what happened with file:line detail.
public struct LibraryImporter: Sendable {
    /// Progress of one file: lines read so far and lines in all.
    public typealias Progress = @Sendable (_ file: String, _ linesDone: Int, _ linesTotal: Int) -> Void

    /// The library receiving papers.
    public let store: PaperStore
    /// Records written per transaction.
    public var batchSize = 2_000

    public init(store: PaperStore) {
        self.store = store
    }

    /// Imports each file in turn; a file that cannot be read or recognised is
    /// reported as rejected and the others still import.
    public func importFiles(_ paths: [String], progress: Progress? = nil) -> ImportReport {
        var total = ImportReport()
        for path in paths.flatMap(Self.expand) {
            total.absorb(importFile(path, progress: progress))
        }
        if total.added > 0 { try? store.analyze() }
        return total
    }

    /// The files to import for `path`: the path itself, or for a directory every regular,
    /// non-hidden file beneath it in path order (so `import dumps/` takes a folder of page
    /// dumps). A directory with no such file stays as it is, for `importFile` to reject.
    public static func expand(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              let walk = FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
        else { return [path] }
        var files: [String] = []
        for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files.append(url.path)
        }
        return files.isEmpty ? [path] : files.sorted()
    }

    /// Imports one file.
    public func importFile(_ path: String, progress: Progress? = nil) -> ImportReport {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            var report = ImportReport()
            report.rejected.append(ImportIssue(file: path, line: 0, reason: "a directory with no files to import"))
            return report
        }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            var report = ImportReport()
            report.rejected.append(ImportIssue(file: path, line: 0, reason: "cannot read file (\(Self.readFailure(error)))"))
            return report
        }
        return importContents(bytes, name: path, progress: progress)
    }

    /// Imports bytes read from somewhere other than a file (standard input), detecting
    /// their format; `name` labels messages and is kept as the papers' source.
    public func importContents(_ bytes: [UInt8], name: String, progress: Progress? = nil) -> ImportReport {
        guard let format = ImportFormat.detect(bytes) else {
            var report = ImportReport()
            let reason = bytes.isEmpty ? "file is empty"
                : "unknown format: expected JSON lines, BibTeX or a Hugging Face Daily Papers page"
            report.rejected.append(ImportIssue(file: name, line: 0, reason: reason))
            return report
        }
        return importBytes(bytes, format: format, name: name, progress: progress)
    }

    /// Imports already-read bytes in a known format; `name` labels messages.
    public func importBytes(_ bytes: [UInt8], format: ImportFormat, name: String, progress: Progress? = nil) -> ImportReport {
        var report = ImportReport()
        let totalLines = bytes.reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
        let source = (name as NSString).lastPathComponent
        var batch: [PaperDraft] = []
        var batchLines: [Int] = []
        func flush() {
            guard !batch.isEmpty else { return }
            do {
                for outcome in try store.importDrafts(batch, source: source) {
                    if outcome == .added { report.added += 1 } else { report.merged += 1 }
                }
            } catch {
                // Nothing of a failed batch was written (one transaction): report each record.
                for line in batchLines {
                    report.rejected.append(ImportIssue(file: name, line: line, reason: "\(error)"))
                }
            }
            progress?(name, batchLines.last ?? 0, totalLines)
            batch.removeAll(keepingCapacity: true)
            batchLines.removeAll(keepingCapacity: true)
        }
        format.parser.parse(bytes) { record in
            switch record {
            case let .paper(line, draft):
                batch.append(draft)
                batchLines.append(line)
                if batch.count >= batchSize { flush() }
            case let .rejected(line, reason):
                report.rejected.append(ImportIssue(file: name, line: line, reason: reason))
            case let .warning(line, note):
                report.warnings.append(ImportIssue(file: name, line: line, reason: note))
            }
        }
        flush()
        progress?(name, totalLines, totalLines)
        return report
    }

    private static func readFailure(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}
