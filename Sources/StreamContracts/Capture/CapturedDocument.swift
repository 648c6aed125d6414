public import StreamJSON

/// One JSON document found in a capture, one payload attempt that could not be read, or an input not read at all.
///
/// The validator and the CLI consume these: a readable document goes on to kind detection and the
/// contract checks; an unreadable one is reported with its reason and location; a skipped input (a binary
/// file, an image) is listed as skipped with its reason. Positions inside a
/// readable document are relative to its own bytes; `sourceLocation(of:)` turns them into positions
/// in the original input, exactly when `mapping` is `.verbatim`.
///
/// ```swift
/// for captured in CaptureReader.documents(in: bytes, source: "lambda.log") {
///     switch captured.content {
///     case .document(let document): print(captured.location, document.root.count)
///     case .unreadable(let problem): print("\(captured.source):\(problem.location): \(problem.message)")
///     case .skipped(let skip): print("\(captured.source): not read: \(skip)")
///     }
/// }
/// ```
///
/// Results are equal when every field is (the synthesised `==`); what the reader derived from `content` is left out.
public struct CapturedDocument: Sendable, Equatable, CustomStringConvertible {
    /// A parsed document or the reason there is none.
    public enum Content: Sendable, Equatable {
        /// The payload, parsed.
        case document(JSONDocument)
        /// A payload attempt that could not be read.
        case unreadable(CaptureUnreadable)
        /// A whole input that was not read (binary, image…): the only result for that input.
        case skipped(CaptureSkip)

        /// Documents are equal when their bytes are; unreadable and skipped results when every field is.
        public static func == (lhs: Content, rhs: Content) -> Bool {
            switch (lhs, rhs) {
            case (.document(let a), .document(let b)): a.bytes == b.bytes
            case (.unreadable(let a), .unreadable(let b)): a == b
            case (.skipped(let a), .skipped(let b)): a == b
            default: false
            }
        }
    }

    /// The name of the input (a path, or `-` for standard input), as given to the reader.
    public var source: String
    /// Where the document starts in the original input (1-based line and column, 0-based byte offset).
    /// With `.enclosingString` mapping, where the string it was decoded from starts. Behind a decoding layer
    /// (`gzip`, `zlib`, `utf-16` lead `containers`), positions count in the decoded text.
    public var location: TextLocation
    /// The framing around the document, outermost first; never empty.
    public var containers: [CaptureContainer]
    /// How positions inside the document map back to the input.
    package var mapping: CapturePositionMapping
    /// Where inside a JSON container the text came from, as JSON Pointers joined by ` → ` when a
    /// layer was decoded (e.g. `/events/3/message`, `/awslogs/data → /logEvents/0/message`);
    /// `nil` for text taken straight from the input.
    public var originPath: String?
    /// How many lines or log events were joined to form the document (1 when none were).
    public var joinedLines: Int
    /// The parsed document or the unreadable result.
    public var content: Content {
        didSet { derived = DerivedFromContent() }
    }
    /// What the reader worked out from `content`; it takes no part in `==` (see `DerivedFromContent`).
    private var derived = DerivedFromContent()

    /// The kind detection the reader already ran on the document, so that the validator does not run it again;
    /// `nil` when it was not run. Setting `content` forgets it, so it always belongs to the document held.
    package var detection: Detection? {
        get { derived.detection }
        set { derived.detection = newValue }
    }

    /// The result of `PayloadKind.detection(in:at:)` on the document's root (which may be no kind at all), and of
    /// `PayloadKind.resemblesPayload(in:at:)` when the reader ran that too.
    package struct Detection: Sendable {
        /// The kind and the members that decided it; `nil` when no kind was detected.
        package var result: (kind: PayloadKind, members: [String])?
        /// Whether the root resembles a payload; `nil` when the reader did not look.
        package var resembles: Bool? = nil
    }

    /// Creates a captured document, with the reader's detection of its content when it ran one.
    package init(
        source: String, location: TextLocation, containers: [CaptureContainer], mapping: CapturePositionMapping,
        originPath: String? = nil, joinedLines: Int = 1, content: Content, detection: Detection? = nil
    ) {
        self.source = source
        self.location = location
        self.containers = containers
        self.mapping = mapping
        self.originPath = originPath
        self.joinedLines = joinedLines
        self.content = content
        self.derived = DerivedFromContent(detection: detection)
    }

    /// The innermost container: the framing the JSON text was taken from.
    public var container: CaptureContainer { containers.last ?? .jsonFile }

    /// The parsed document, when readable.
    public var document: JSONDocument? {
        if case .document(let document) = content { return document }
        return nil
    }

    /// The problem, when unreadable.
    public var unreadable: CaptureUnreadable? {
        if case .unreadable(let problem) = content { return problem }
        return nil
    }

    /// Why the input was not read, when it was skipped.
    public var skipped: CaptureSkip? {
        if case .skipped(let skip) = content { return skip }
        return nil
    }

    /// Maps a location inside the document (as `JSONElement.location` gives it) to the input.
    ///
    /// - Parameter inner: a location counted from the start of the document's bytes.
    /// - Returns: the same place in the original input when `mapping` is `.verbatim`; otherwise
    ///   `location`, the start of the enclosing string.
    public func sourceLocation(of inner: TextLocation) -> TextLocation {
        CaptureLocation.map(inner, from: location, mapping)
    }

    /// `source:line:column container`, and the problem when unreadable or the reason when skipped.
    public var description: String {
        let head = "\(source):\(location) \(containers.map(\.rawValue).joined(separator: "/"))"
        if let problem = unreadable { return head + " unreadable[\(problem.reason.rawValue)] \(problem)" }
        if let skip = skipped { return head + " skipped \(skip)" }
        return head
    }
}

/// Location arithmetic shared by the reader.
enum CaptureLocation {
    /// Maps `inner` (relative to a text that starts at `base`) into the input.
    static func map(_ inner: TextLocation, from base: TextLocation, _ mapping: CapturePositionMapping)
        -> TextLocation
    {
        guard mapping == .verbatim else { return base }
        return TextLocation(
            offset: base.offset + inner.offset, line: base.line + inner.line - 1,
            column: inner.line == 1 ? base.column + inner.column - 1 : inner.column)
    }
}
