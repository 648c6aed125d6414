public import StreamJSON

/// A captured document that was not extracted, and why.
///
/// Some are choices (`filtered`: another kind, or invalid with `validOnly`); the others mean
/// the document could not become a safe fixture, and the CLI exits 1 for them.
public struct ExtractionProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the document was left out.
    public enum Reason: String, Sendable, Hashable {
        /// Another kind than asked for, or invalid when only valid documents are wanted.
        case filtered
        /// JSON that is no payload the contract knows (or that looks like one of no known kind).
        case unknownKind = "unknown-kind"
        /// A payload attempt the capture reader could not read.
        case unreadable
        /// Redaction failed (see ``RedactionError``): the document could keep a secret.
        case redactionFailed = "redaction-failed"
        /// Redaction changed the contract's findings; the document is not written.
        case findingsChanged = "findings-changed"
    }

    /// The capture, as named to the extractor.
    public var source: String
    /// Where the document starts in the capture.
    public var location: TextLocation
    /// Why it was left out.
    public var reason: Reason
    /// What happened, in words.
    public var message: String

    /// Creates a problem.
    public init(source: String, location: TextLocation, reason: Reason, message: String) {
        self.source = source
        self.location = location
        self.reason = reason
        self.message = message
    }

    /// Whether this problem should fail the run (everything but a filter choice or a non-payload value).
    public var isFailure: Bool { reason == .redactionFailed || reason == .findingsChanged }

    /// `source:line:column: reason: message`.
    public var description: String { "\(source):\(location): \(reason.rawValue): \(message)" }
}
