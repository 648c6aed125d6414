/// A whole input the reader did not read, and why: a binary file, an image, an archive it cannot open.
///
/// Folders are read file by file whatever the names, so a folder of captures may hold a screenshot or a
/// database file. The reader sniffs the content and, when there is nothing it can read, says so with one of
/// these instead of a flood of unreadable results — and never skips an input silently: the validator lists it
/// as skipped with its reason (a warning, an error with `--strict`).
///
/// ```swift
/// if let skip = captured.skipped { print("\(captured.source): not read: \(skip.reason)") }
/// ```
public struct CaptureSkip: Sendable, Hashable, CustomStringConvertible {
    /// What the input is, in a few words: `PNG image`, `ELF executable`, `binary data`.
    public var reason: String
    /// Why it is not read, and what would make it readable, for a person.
    public var message: String

    /// Creates a skip result.
    ///
    /// - Parameters:
    ///   - reason: what the input is, in a few words (e.g. `PNG image`).
    ///   - message: why it is not read.
    package init(reason: String, message: String) {
        self.reason = reason
        self.message = message
    }

    /// `reason: message`.
    public var description: String { "\(reason): \(message)" }
}
