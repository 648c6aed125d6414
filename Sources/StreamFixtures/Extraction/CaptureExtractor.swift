public import StreamContracts
import StreamJSON
public import StreamJSONSchema

/// Turns the documents of a production capture into fixture files: found by `CaptureReader` (any container
/// `validate` reads), optionally redacted by a ``Redactor``, validated, and laid out as canonical JSON.
///
/// A team can run it in its own pipeline (a test that refreshes fixtures from a log bucket, a CI job);
/// `stream-fixtures extract` is this type plus file writing. The same capture and options always give the same
/// fixtures, byte for byte.
///
/// ```swift
/// let extractor = try CaptureExtractor(redactor: try Redactor(seed: "fixtures", fields: ["email"]))
/// let result = extractor.extract(capture: bytes, source: "lambda.log")
/// for fixture in result.fixtures { try Data(fixture.bytes).write(to: folder.appending(path: fixture.path)) }
/// ```
///
/// Redaction must not change what the contract says: a document whose findings differ after redaction (a valid
/// payload made invalid, or any other change) is not extracted but reported, as is one redaction cannot open.
public struct CaptureExtractor: Sendable {
    /// What a run over one capture gives.
    public struct Result: Sendable, Hashable {
        /// The fixtures, in capture order; a document identical (after redaction) to an earlier one is written once.
        public var fixtures: [ExtractedFixture]
        /// The documents left out, in capture order.
        public var problems: [ExtractionProblem]
        /// How many documents were identical to an earlier fixture.
        public var duplicates: Int
        /// How many JSON values were no payload (log lines, metrics) and were passed over.
        public var otherValues: Int
    }

    /// Extract only documents of this kind (`--kind`): those detected as it, and those of no detectable kind that
    /// look like a payload, all validated as it.
    public let kind: PayloadKind?
    /// Extract only documents the contract reports no error for (`--valid-only`).
    public var validOnly: Bool
    /// The redaction applied to every document (`--redact`), or `nil` to keep them as captured.
    public var redactor: Redactor?
    /// How the capture reader finds documents.
    public let captureOptions: CaptureReaderOptions
    /// Detects kinds and tells payloads from other JSON.
    private let validator: ContractValidator
    /// Validates as ``kind`` when it is set.
    private let kindValidator: ContractValidator?

    /// Creates an extractor.
    ///
    /// - Parameters:
    ///   - kind: Only this kind, validated as it; `nil` extracts every payload, each as its detected kind.
    ///   - validOnly: Whether to leave out documents with errors.
    ///   - redactor: The redaction to apply, or `nil`.
    ///   - captureOptions: How the capture reader finds documents.
    /// - Throws: `SchemaCompileError` only if the embedded contract schemas are broken (a packaging bug).
    public init(
        kind: PayloadKind? = nil, validOnly: Bool = false, redactor: Redactor? = nil,
        captureOptions: CaptureReaderOptions = .init()
    ) throws(SchemaCompileError) {
        self.kind = kind
        self.validOnly = validOnly
        self.redactor = redactor
        self.captureOptions = captureOptions
        validator = try ContractValidator(options: .init(capture: captureOptions))
        kindValidator = try kind.map { kind throws(SchemaCompileError) in
            try ContractValidator(options: .init(kind: kind, capture: captureOptions))
        }
    }

    /// Extracts every document of a capture.
    ///
    /// - Parameters:
    ///   - bytes: The capture: a JSON file, JSON Lines, a CloudWatch Logs export, gzip…
    ///   - source: Its name (a path); the file names use its last component without extensions.
    /// - Returns: The fixtures and what was left out.
    public func extract(capture bytes: [UInt8], source: String) -> Result {
        var result = Result(fixtures: [], problems: [], duplicates: 0, otherValues: 0)
        var written: [[UInt8]: String] = [:]
        var paths: Set<String> = []
        let stem = Self.stem(of: source)
        for captured in CaptureReader.documents(in: bytes, source: source, options: captureOptions) {
            switch fixture(for: captured) {
            case .none:
                result.otherValues += 1
            case .failure(let problem)?:
                result.problems.append(problem)
            case .success(var fixture)?:
                if written[fixture.bytes] != nil {
                    result.duplicates += 1
                    continue
                }
                let base = "\(fixture.kind.rawValue)/\(stem)-\(fixture.location.line)"
                var path = base + ".json"
                if paths.contains(path) { path = "\(base)-\(fixture.location.column).json" }
                var counter = 2
                while paths.contains(path) {
                    path = "\(base)-\(fixture.location.column)-\(counter).json"
                    counter += 1
                }
                fixture.path = path
                paths.insert(path)
                written[fixture.bytes] = path
                result.fixtures.append(fixture)
            }
        }
        return result
    }

    /// The fixture one captured document makes (its ``ExtractedFixture/path`` is `<kind>/<line>.json` until
    /// ``extract(capture:source:)`` names it), the reason it makes none, or `nil` for a JSON value that is no payload.
    ///
    /// - Parameter captured: A result of `CaptureReader`.
    public func fixture(for captured: CapturedDocument) -> Swift.Result<ExtractedFixture, ExtractionProblem>? {
        func problem(_ reason: ExtractionProblem.Reason, _ message: String)
            -> Swift.Result<
                ExtractedFixture, ExtractionProblem
            >
        {
            .failure(
                ExtractionProblem(
                    source: captured.source, location: captured.location, reason: reason, message: message))
        }
        switch captured.content {
        case .skipped: return nil
        case .unreadable(let unreadable): return problem(.unreadable, unreadable.message)
        case .document(let document):
            let report = validator.validate(captured)
            if report.status == .other { return nil }
            let detected = report.kind.map(PayloadKind.init(rawValue:))
            if let wanted = self.kind, let detected, wanted != detected {
                return problem(.filtered, "a \(detected.rawValue), not a \(wanted)")
            }
            guard let kind = self.kind ?? detected else {
                return problem(.unknownKind, "no payload kind the contract knows; pass --kind to choose one")
            }
            let validator = kindValidator ?? validator
            if let duplicate = document.duplicateMemberNames.first {
                return problem(
                    .redactionFailed,
                    "member \"\(duplicate.stringValue ?? "")\" repeats at \(duplicate.pointer); a fixture cannot keep both"
                )
            }
            let before = validator.check(document).diagnostics.map(Self.finding)
            var output = JSONWriter.bytes(of: document.root.value)
            if let redactor {
                do {
                    output = try redactor.redact(json: document.bytes)
                } catch {
                    return problem(.redactionFailed, error.description)
                }
            }
            guard let redacted = try? JSONDocument(parsing: output) else {
                return problem(.redactionFailed, "the redacted document does not parse")
            }
            let after = validator.check(redacted).diagnostics.map(Self.finding)
            guard after == before else {
                let added = after.filter { !before.contains($0) }
                let removed = before.filter { !after.contains($0) }
                return problem(
                    .findingsChanged,
                    "redaction changed the contract's findings (new: \(added.joined(separator: ", ")); gone: "
                        + "\(removed.joined(separator: ", "))); the document is not written")
            }
            let fixture = ExtractedFixture(
                path: "\(kind.rawValue)/\(captured.location.line).json", kind: kind,
                bytes: FixtureLayout.json(pretty: true).bytes(of: [output]), source: captured.source,
                location: captured.location, containers: captured.containers, findings: after)
            if validOnly, !fixture.isValid { return problem(.filtered, "invalid, and only valid documents are wanted") }
            return .success(fixture)
        }
    }

    /// A finding as fixtures record it: `severity[rule] pointer`.
    package static func finding(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.severity.rawValue)[\(diagnostic.rule)] \(diagnostic.pointer.description.isEmpty ? "/" : diagnostic.pointer.description)"
    }

    /// The file name of a source without folders and extensions (`logs/000000.gz` → `000000`; `-` → `stdin`).
    static func stem(of source: String) -> String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        if name == "-" || name.isEmpty { return "stdin" }
        let stem = name.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? name
        return stem.isEmpty ? name : stem
    }
}
