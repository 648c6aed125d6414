public import StreamJSON
public import StreamJSONSchema

/// Validates payloads against the contract: the kind's JSON Schema from `Schemas/`, then the
/// semantic rules, producing one `DocumentReport` per document.
///
/// This is what `stream-fixtures validate` runs. Schemas are compiled once, when the validator
/// is created; a validator is immutable and can be shared across threads.
///
/// ```swift
/// let validator = try ContractValidator()
/// let report = validator.validate(capture: bytes, source: "lambda.log")
/// print(report.summary.invalid)
/// ```
public struct ContractValidator: Sendable {
    /// How strictly to validate and what to check besides the contract.
    public struct Options: Sendable {
        /// Report warnings as errors (`--strict`).
        public var strict: Bool
        /// Validate every document as this kind instead of detecting it (`--kind`).
        public var kind: PayloadKind?
        /// The user's own schema for each Kinesis record's decoded data and each DynamoDB image (`--data-schema`).
        public var dataSchema: JSONSchema?
        /// How the capture reader finds documents.
        public var capture: CaptureReaderOptions
        /// Limits and switches of the semantic rules (record size, batch size…).
        public var rules: RuleOptions

        /// Creates options.
        public init(
            strict: Bool = false, kind: PayloadKind? = nil, dataSchema: JSONSchema? = nil,
            capture: CaptureReaderOptions = .init(), rules: RuleOptions = .init()
        ) {
            self.strict = strict
            self.kind = kind
            self.dataSchema = dataSchema
            self.capture = capture
            self.rules = rules
        }
    }

    /// The options in force.
    public let options: Options
    private let schemas: [PayloadKind: JSONSchema]

    /// Compiles the contract's schemas.
    ///
    /// - Throws: `SchemaCompileError` only if the embedded schemas are broken (a packaging bug).
    public init(options: Options = .init()) throws(SchemaCompileError) {
        self.options = options
        let registry = try ContractSchemas.registry()
        var schemas: [PayloadKind: JSONSchema] = [:]
        for kind in ContractSchemas.kinds {
            let file = kind.rawValue + ".schema.json"
            guard let value = ContractSchemas.documents[file] else { continue }
            schemas[kind] = try JSONSchema(
                compiling: value, baseURI: ContractSchemas.baseURI + file, registry: registry)
        }
        self.schemas = schemas
    }

    /// The kinds this validator has a schema for.
    public var kinds: [PayloadKind] { schemas.keys.sorted() }

    /// Finds every document in `bytes` (any capture container) and validates each.
    ///
    /// - Parameters:
    ///   - bytes: a JSON file, JSON Lines, a CloudWatch Logs export…
    ///   - source: the name diagnostics use for the input, e.g. its path.
    ///   - listingOther: whether to keep the reports of other JSON values (log lines, metrics) in `documents`;
    ///     by default they are only counted (`summary.other`), so a log full of them costs no memory.
    /// - Returns: the verdicts, in input order.
    public func validate(capture bytes: [UInt8], source: String, listingOther: Bool = false) -> ValidationReport {
        var report = ValidationReport(documents: [])
        for captured in CaptureReader.documents(in: bytes, source: source, options: options.capture) {
            let result = validate(captured)
            if result.status == .other, !listingOther {
                report.unlistedOtherValues += 1
            } else {
                report.documents.append(result)
            }
        }
        return report
    }

    /// Validates one value the capture reader found, or reports why it is unreadable or was skipped.
    ///
    /// A value detection cannot place is an error (`contract.unknown-kind`) when it looks like a payload
    /// (`PayloadKind.looksLikePayload`) or when `--kind` forces one; otherwise it is ordinary JSON (a log line, a
    /// metric) and its report has status `.other` and no diagnostics.
    ///
    /// - Parameter captured: a result of the capture reader.
    /// - Returns: its verdict.
    public func validate(_ captured: CapturedDocument) -> DocumentReport {
        validate(captured, rules: nil)
    }

    /// ``validate(_:)`` with the context the semantic rules run on, when a batch made it beforehand to check the KPL
    /// aggregates of its Kinesis events together (``ContractRules/checkAggregates(ofEvents:)``); `nil` makes it here.
    /// A context is only given for a document checked as a `kinesis-event`.
    func validate(_ captured: CapturedDocument, rules: consuming RuleContext?) -> DocumentReport {
        switch captured.content {
        case .unreadable(let problem):
            let diagnostic = Diagnostic(
                rule: "capture.\(problem.reason.rawValue)", severity: .error, location: problem.location,
                message: problem.message)
            return DocumentReport(
                source: captured.source, location: captured.location, kind: nil,
                diagnostics: [diagnostic], isUnreadable: true)
        case .skipped(let skip):
            return .skipped(skip, source: captured.source, location: captured.location, strict: options.strict)
        case .document(let document):
            var detection: (kind: PayloadKind, members: [String])?
            if options.kind == nil {
                // The reader's detection of this very document, when it ran one.
                detection = captured.detection.map(\.result) ?? PayloadKind.detection(in: document, at: 0)
            }
            let kind = options.kind ?? detection?.kind
            if kind == nil, !(captured.detection?.resembles ?? PayloadKind.resemblesPayload(in: document, at: 0)) {
                return .other(source: captured.source, location: captured.location, text: document.bytes)
            }
            let (_, diagnostics) = check(document, kind: kind, rules: rules.take())
            let mapped = diagnostics.map { diagnostic -> Diagnostic in
                var diagnostic = diagnostic
                diagnostic.location = diagnostic.location.map(captured.sourceLocation(of:)) ?? captured.location
                return diagnostic
            }
            var report = DocumentReport(
                source: captured.source, location: captured.location, kind: kind?.rawValue, diagnostics: mapped)
            report.detectedBy = detection?.members ?? []
            return report
        }
    }

    /// Validates a parsed document; locations are relative to the document's own text.
    ///
    /// - Returns: the kind used (detected or forced) and every finding.
    public func check(_ document: JSONDocument) -> (kind: PayloadKind?, diagnostics: [Diagnostic]) {
        check(document, kind: options.kind ?? PayloadKind.detect(in: document))
    }

    /// Validates a parsed document as `kind`; `nil` is the `contract.unknown-kind` error.
    ///
    /// - Parameter rules: The context the semantic rules run on, when a batch made it beforehand (for the document's
    ///   root, with the validator's rule options); `nil` makes it here.
    func check(_ document: JSONDocument, kind: PayloadKind?, rules: consuming RuleContext? = nil)
        -> (kind: PayloadKind?, diagnostics: [Diagnostic])
    {
        var diagnostics = duplicateNameDiagnostics(document)
        guard let kind else {
            diagnostics.append(
                Diagnostic(
                    rule: "contract.unknown-kind", severity: .error, location: document.location(0),
                    message: "cannot tell which payload this is from its members; expected one of "
                        + kinds.map(\.rawValue).joined(separator: ", ") + " (pass --kind to choose)"))
            return (nil, diagnostics)
        }
        guard let schema = schemas[kind] else {
            diagnostics.append(
                Diagnostic(
                    rule: "contract.unknown-kind", severity: .error, location: document.location(0),
                    message: "no schema for kind \"\(kind.rawValue)\"; known kinds: "
                        + kinds.map(\.rawValue).joined(separator: ", ")))
            return (kind, diagnostics)
        }
        diagnostics += schema.validate(document).diagnostics.map { Self.diagnostic(from: $0) }
        // Taken out, not copied: the rules then own the context's caches (a copy would copy them on first write).
        if let context = rules.take() {
            diagnostics += ContractRules.check(context, kind: kind)
        } else {
            diagnostics += ContractRules.check(document, at: 0, kind: kind, options: options.rules)
        }
        if let dataSchema = options.dataSchema {
            diagnostics += DataSchemaCheck(schema: dataSchema).check(document, kind: kind)
        }
        if options.strict {
            diagnostics = diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.severity = .error
                return diagnostic
            }
        }
        return (kind, diagnostics)
    }

    /// Checks a partial batch response against the event it answers (`validate --response R --event E`):
    /// the response's own contract, then that every `itemIdentifier` is a sequence number of that batch.
    public func checkBatchResponse(_ response: JSONDocument, event: JSONDocument) -> [Diagnostic] {
        var diagnostics = check(response).diagnostics
        diagnostics += ContractRules.checkBatchResponse(response, event: event, options: options.rules)
        return diagnostics
    }

    /// The semantic rules, for `stream-fixtures rules`.
    public static var rules: [RuleDescriptor] { ContractRules.catalog }

    /// A schema finding as a report diagnostic: rule `schema.<keyword>`.
    package static func diagnostic(from finding: SchemaDiagnostic, rulePrefix: String = "schema") -> Diagnostic {
        Diagnostic(
            rule: "\(rulePrefix).\(finding.keyword.rawValue)", severity: .error,
            pointer: finding.instanceLocation, location: finding.sourceLocation, message: finding.message,
            schemaLocation: finding.keywordLocation.description)
    }

    /// One finding per repeated member name. Pointers and locations come from one index each, built only when
    /// there is a duplicate, so an object repeating one name a million times is reported in linear time.
    private func duplicateNameDiagnostics(_ document: JSONDocument) -> [Diagnostic] {
        let names = document.duplicateNameNodes
        guard !names.isEmpty else { return [] }
        let lines = LineIndex(document.bytes)
        let pointers = PointerIndex(document)
        return names.map { name in
            Diagnostic(
                rule: "json.duplicate-member", severity: .error,
                pointer: JSONPointer(tokens: pointers.tokens(to: name, in: document)),
                location: lines.location(of: document.offset(name)),
                message: "member \"\(document.string(name))\" appears more than once in this object; "
                    + "JSON readers disagree on which value wins (Foundation's JSONDecoder keeps the first)")
        }
    }
}
