public import StreamContracts
public import StreamJSON

/// One captured document turned into a fixture file: its bytes, where it came from and what the contract says of it.
///
/// ``CaptureExtractor`` makes these; `stream-fixtures extract` writes each ``bytes`` to ``path`` under its output
/// folder and can record ``findings`` in a manifest, so that `snapshot --check` notices when a rule changes its
/// verdict on a captured regression.
public struct ExtractedFixture: Sendable, Hashable {
    /// Where the file goes, relative to the output folder: `<kind>/<source-stem>-<line>.json` (a column, then a
    /// counter, are added when two different documents start on one line).
    public var path: String
    /// The kind the document was validated as.
    public var kind: PayloadKind
    /// The file: the (redacted) document as canonical indented JSON — the generated fixtures' layout — and a newline.
    public var bytes: [UInt8]
    /// The capture it was read from, as named to the extractor.
    public var source: String
    /// Where the document starts in the capture.
    public var location: TextLocation
    /// The framing around the document in the capture, outermost first.
    public var containers: [CaptureContainer]
    /// The contract's findings on the fixture, as `severity[rule] pointer`, in report order; empty when it is clean.
    public var findings: [String]

    /// Creates a fixture.
    public init(
        path: String, kind: PayloadKind, bytes: [UInt8], source: String, location: TextLocation,
        containers: [CaptureContainer], findings: [String]
    ) {
        self.path = path
        self.kind = kind
        self.bytes = bytes
        self.source = source
        self.location = location
        self.containers = containers
        self.findings = findings
    }

    /// Whether the contract reports no error (warnings allowed).
    public var isValid: Bool { !findings.contains { $0.hasPrefix(Diagnostic.Severity.error.rawValue + "[") } }
}
