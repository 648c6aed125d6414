public import StreamJSON

/// Why a document could not be redacted: what and where.
///
/// Redaction never writes a document it could not fully redact: data it cannot open (a corrupt gzip stream inside
/// a Kinesis record) might hold a secret, so it is an error rather than something passed through.
public struct RedactionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        /// A `--redact-field` is neither a member name nor a JSON Pointer.
        case invalidField = "redaction.invalid-field"
        /// The input is not JSON.
        case notJSON = "redaction.not-json"
        /// An object repeats a member name, so its canonical form would drop a value.
        case duplicateMember = "redaction.duplicate-member"
        /// Kinesis data that announces gzip (or a KPL aggregate) does not decode, so its content cannot be checked.
        case undecodableData = "redaction.undecodable-data"
        /// Redacted values of one set, or names of one object, would be equal.
        case collision = "redaction.collision"
    }

    /// The stable identifier.
    public var code: Code
    /// Where in the document (or in the decoded data of the record it names).
    public var pointer: JSONPointer
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, at pointer: JSONPointer = .root, _ message: String) {
        self.code = code
        self.pointer = pointer
        self.message = message
    }

    /// `code pointer: message`.
    public var description: String {
        "\(code.rawValue) \(pointer.description.isEmpty ? "/" : pointer.description): \(message)"
    }
}
