public import StreamJSON

/// Something in a capture that was meant as a payload but cannot be read as JSON.
///
/// The reader never drops a payload attempt silently: truncated JSON, `console.log(event)` output,
/// Python reprs, invalid UTF-8, a multi-line fragment that never closed, a corrupt `awslogs.data`
/// all end up here, with where it happened and what was found.
public struct CaptureUnreadable: Sendable, Hashable, Error, CustomStringConvertible {
    /// Why the text is unreadable; a stable identifier for reports.
    public struct Reason: RawRepresentable, Sendable, Hashable, Codable {
        /// The identifier, e.g. `truncated-json`.
        public var rawValue: String
        /// Creates a reason from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The JSON ends before its value closes (cut off log event, unfinished fragment).
        public static let truncatedJSON = Reason(rawValue: "truncated-json")
        /// The JSON breaks the grammar somewhere.
        public static let invalidJSON = Reason(rawValue: "invalid-json")
        /// The bytes are not valid UTF-8.
        public static let invalidUTF8 = Reason(rawValue: "invalid-utf8")
        /// Node `util.inspect` output (`console.log(event)`): JavaScript literal syntax, not JSON.
        public static let nodeInspect = Reason(rawValue: "node-inspect")
        /// Python `repr` output (`print(event)`): single quotes, `True`, `None`; not JSON.
        public static let pythonRepr = Reason(rawValue: "python-repr")
        /// A multi-line fragment was still open after the join window (lines or bytes) was used up.
        public static let joinWindowExceeded = Reason(rawValue: "join-window-exceeded")
        /// `awslogs.data` is not valid base64.
        public static let invalidBase64 = Reason(rawValue: "invalid-base64")
        /// Compressed data is corrupt, truncated or fails its checksum.
        public static let decompressionFailed = Reason(rawValue: "decompression-failed")
        /// Compressed data inflates past the configured cap.
        public static let decompressedTooLarge = Reason(rawValue: "decompressed-too-large")
        /// The input is YAML (`aws … --output yaml`), which the reader does not read.
        public static let yaml = Reason(rawValue: "yaml")
        /// A piece of a JSON value whose start is not in the capture: the rest of a log event split at
        /// CloudWatch's event size limit, or of a line cut off.
        public static let fragment = Reason(rawValue: "fragment")
        /// A JSON value or a line is larger than the configured maximum document size.
        public static let documentTooLarge = Reason(rawValue: "document-too-large")
    }

    /// Why the text is unreadable.
    public var reason: Reason
    /// What was expected and what was found, for a person.
    public var message: String
    /// Where the problem is in the original input. Exact when the document's mapping is
    /// `.verbatim`; otherwise the start of the enclosing string.
    public var location: TextLocation
    /// The JSON parser's error, with its offset, line and column counted from the start of the
    /// unreadable text itself (line 1, column 1 is where the document starts).
    public var syntaxError: JSONSyntaxError?
    /// The first characters of the unreadable text (at most 80), for reports.
    public var excerpt: String

    /// Creates an unreadable result.
    package init(
        reason: Reason, message: String, location: TextLocation, syntaxError: JSONSyntaxError? = nil,
        excerpt: String = ""
    ) {
        self.reason = reason
        self.message = message
        self.location = location
        self.syntaxError = syntaxError
        self.excerpt = excerpt
    }

    /// `line:column: message`.
    public var description: String { "\(location): \(message)" }
}
