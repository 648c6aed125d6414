public import StreamJSON

/// The verdict on one value found in the input.
///
/// Every value the reader finds gets one of these — valid, invalid with diagnostics, unreadable (its diagnostic
/// says why and where), other (JSON that is not a payload: a log line, a metric), or skipped (a whole input file
/// that was not read, with an `input.skipped` diagnostic) — so nothing is ever dropped silently.
public struct DocumentReport: Sendable, Hashable {
    /// What became of the value.
    public enum Status: String, Sendable, Hashable {
        /// A payload, parsed; no error-severity diagnostics.
        case valid
        /// A payload, parsed; at least one error-severity diagnostic.
        case invalid
        /// Not readable as JSON (truncated, not JSON, bad encoding…).
        case unreadable
        /// A JSON value that is not a payload and does not look like one (an application log line, an EMF metric):
        /// counted, listed only on request, never an error.
        case other
        /// An input file that was not read (binary, image…); its `input.skipped` diagnostic says why.
        case skipped
    }

    /// What the value was before any finding; `status` refines `.payload` into valid or invalid.
    private enum Disposition: Hashable {
        case payload, unreadable, other, skipped
    }

    /// Where the document came from: a file path or `-` for standard input.
    public var source: String
    /// Where the document starts in the source.
    public var location: TextLocation
    /// The payload kind detected or forced (named as the schema files, e.g. `kinesis-event`), when known.
    public var kind: String?
    /// The members that decided a detected kind, as JSON pointers into the document (`/Records/0/eventSource`);
    /// empty when the kind was forced (`--kind`) or not found.
    public var detectedBy: [String] = []
    /// Every finding, errors first, then in document order.
    public var diagnostics: [Diagnostic]
    /// For an `other` value, its first characters on one line (at most 60, blanks collapsed), so a listing
    /// (`validate --list-other`) shows what it was; `nil` otherwise.
    public var excerpt: String?
    private var disposition: Disposition

    /// Whether the document was unreadable.
    public var isUnreadable: Bool {
        get { disposition == .unreadable }
        set { disposition = newValue ? .unreadable : (disposition == .unreadable ? .payload : disposition) }
    }

    /// Creates a report; `diagnostics` are put in a stable order.
    ///
    /// - Parameters:
    ///   - source: the input's name.
    ///   - location: where the document starts.
    ///   - kind: the payload kind, when known.
    ///   - diagnostics: every finding, in any order.
    ///   - isUnreadable: whether the document could not be read.
    package init(
        source: String, location: TextLocation, kind: String?, diagnostics: [Diagnostic], isUnreadable: Bool = false
    ) {
        self.source = source
        self.location = location
        self.kind = kind
        self.disposition = isUnreadable ? .unreadable : .payload
        self.diagnostics = diagnostics.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            let ao = a.location?.offset ?? Int.max
            let bo = b.location?.offset ?? Int.max
            if ao != bo { return ao < bo }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.message < b.message
        }
    }

    /// The report on a JSON value that is not a payload: no diagnostics, status `.other`.
    ///
    /// - Parameters:
    ///   - source: the input's name.
    ///   - location: where the value starts.
    ///   - text: the value's bytes, for the excerpt.
    /// - Returns: a report with status `.other`.
    package static func other(source: String, location: TextLocation, text: [UInt8]) -> DocumentReport {
        var report = DocumentReport(source: source, location: location, kind: nil, diagnostics: [])
        report.disposition = .other
        report.excerpt = excerpt(of: text)
        return report
    }

    /// The report on an input file that was not read: status `.skipped` and one `input.skipped` diagnostic, a
    /// warning (an error when `strict`, so `--strict` fails a run that could not read a file).
    ///
    /// - Parameters:
    ///   - skip: what the file is and why it was not read.
    ///   - source: the file's name.
    ///   - location: where the report points (the start of the file).
    ///   - strict: whether warnings are errors.
    /// - Returns: a report with status `.skipped`.
    package static func skipped(_ skip: CaptureSkip, source: String, location: TextLocation, strict: Bool)
        -> DocumentReport
    {
        let diagnostic = Diagnostic(
            rule: "input.skipped", severity: strict ? .error : .warning, location: location,
            message: "not read: \(skip.reason); \(skip.message)")
        var report = DocumentReport(source: source, location: location, kind: nil, diagnostics: [diagnostic])
        report.disposition = .skipped
        return report
    }

    /// The document's status.
    public var status: Status {
        switch disposition {
        case .payload: errorCount == 0 ? .valid : .invalid
        case .unreadable: .unreadable
        case .other: .other
        case .skipped: .skipped
        }
    }

    /// Whether the document is valid (a readable payload, no errors; warnings allowed).
    public var isValid: Bool { status == .valid }

    /// Number of error-severity diagnostics.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// Number of warning-severity diagnostics.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The longest excerpt of an `other` value, in Unicode scalars.
    static let excerptLength = 60

    /// The first `excerptLength` scalars of `text` with each run of blanks (space, tab, line break) as one space,
    /// and `…` when the text goes on. Reads no further than it needs, so a huge value costs no more than a small one.
    static func excerpt(of text: [UInt8]) -> String {
        var out: [UInt8] = []
        var scalars = 0
        var pendingBlank = false
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingBlank = !out.isEmpty
                index += 1
                continue
            }
            let isLead = byte & 0xC0 != 0x80
            if isLead, scalars + (pendingBlank ? 1 : 0) >= excerptLength {
                return String(decoding: out, as: UTF8.self) + "…"
            }
            if isLead {
                if pendingBlank {
                    out.append(0x20)
                    scalars += 1
                    pendingBlank = false
                }
                scalars += 1
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
