import Foundation

/// What can go wrong with the library file; each case reads as a status-line message.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The library file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The library file was written by a newer Paperboat.
    case newerSchema(path: String)
    /// No paper has that id.
    case paperNotFound(String)
    /// A database operation failed.
    case failed(String)
    /// A request the library cannot carry out as asked (no such tag, an empty name).
    case invalid(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "cannot open library \(path): \(reason)"
        case let .newerSchema(path): return "library \(path) was written by a newer Paperboat"
        case let .paperNotFound(id): return "no paper with id \(id)"
        case let .failed(reason): return "library error: \(reason)"
        case let .invalid(reason): return reason
        }
    }
}
