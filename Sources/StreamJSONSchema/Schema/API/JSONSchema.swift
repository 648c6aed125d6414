// A compiled JSON Schema (draft 2020-12): compile once, validate many instances.

public import StreamJSON

/// A JSON Schema (draft 2020-12) compiled for fast, repeated validation.
///
/// Compilation resolves every `$ref` (through the `SchemaRegistry` for other documents — never the network),
/// compiles every `pattern`, and rejects malformed schemas with a `SchemaCompileError`. Validation then walks the
/// parsed instance in place: no `JSONValue` is built, numbers compare exactly on their text, and ASCII strings
/// are matched on their bytes. A valid instance is decided by a fast predicate pass; only an invalid one pays for
/// a second pass that collects every violation with its locations.
///
/// ```swift
/// let schema = try JSONSchema(compiling: schemaValue, baseURI: "https://example.com/kinesis.json")
/// let document = try JSONDocument(parsing: eventText)
/// let result = schema.validate(document)
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// ```
public struct JSONSchema: Sendable {
    /// Compile-time choices.
    public struct Options: Sendable, Hashable, Codable {
        /// Whether `format` asserts (a string that is not a valid `date-time` fails) instead of only annotating.
        /// Schemas whose meta-schema declares the format-assertion vocabulary assert either way.
        public var formatAssertion: Bool

        /// Creates options.
        ///
        /// - Parameter formatAssertion: whether `format` asserts; off by default, as draft 2020-12 specifies.
        public init(formatAssertion: Bool = false) {
            self.formatAssertion = formatAssertion
        }
    }

    /// The compiled form, for generators in this package that read the schema's structure.
    package let program: SchemaProgram

    /// Compiles a schema.
    ///
    /// - Parameters:
    ///   - schema: the schema document (an object or a boolean).
    ///   - baseURI: the schema's retrieval URI, against which its `$id` and relative `$ref`s resolve; must be
    ///     absolute. Without one, an internal placeholder URI is used and only references inside the schema, or
    ///     to absolute URIs in the registry, resolve.
    ///   - registry: documents that references may point to.
    ///   - options: compile-time choices.
    /// - Throws: `SchemaCompileError` for an unresolvable reference, an invalid pattern, a keyword with a bad
    ///   value, an unsupported required vocabulary, or a reference cycle that never consumes the instance.
    public init(
        compiling schema: JSONValue, baseURI: String? = nil, registry: SchemaRegistry = SchemaRegistry(),
        options: Options = Options()
    ) throws(SchemaCompileError) {
        program = try SchemaCompiler.compile(
            schema, baseURI: baseURI, registry: registry, formatAssertion: options.formatAssertion)
    }

    /// Compiles a schema from a parsed document.
    ///
    /// - Parameters:
    ///   - schema: the parsed schema document.
    ///   - baseURI: the schema's retrieval URI (absolute).
    ///   - registry: documents that references may point to.
    ///   - options: compile-time choices.
    /// - Throws: `SchemaCompileError`, as `init(compiling:baseURI:registry:options:)`.
    public init(
        compiling schema: JSONDocument, baseURI: String? = nil, registry: SchemaRegistry = SchemaRegistry(),
        options: Options = Options()
    ) throws(SchemaCompileError) {
        try self.init(compiling: schema.root.value, baseURI: baseURI, registry: registry, options: options)
    }

    // MARK: - Validation

    /// Validates a whole document, reporting every violation with pointer and line:column.
    ///
    /// - Parameter document: the parsed instance.
    /// - Returns: the verdict and the diagnostics.
    public func validate(_ document: JSONDocument) -> ValidationResult { validate(document.root) }

    /// Validates one value inside a document. Instance locations are pointers from the document's root.
    ///
    /// - Parameter element: the value to validate.
    /// - Returns: the verdict and the diagnostics.
    public func validate(_ element: JSONElement) -> ValidationResult {
        if isValid(element) { return .valid }
        return result(element.document, index: element.index, hasSourceText: true)
    }

    /// Validates an owned value. Diagnostics carry pointers but no line:column (there is no source text).
    ///
    /// - Parameter value: the instance.
    /// - Returns: the verdict and the diagnostics.
    public func validate(_ value: JSONValue) -> ValidationResult {
        guard let document = Self.document(of: value) else { return Self.unrepresentable }
        if SchemaValidator.run(program, document, index: 0, diagnosing: false).valid { return .valid }
        return result(document, index: 0, hasSourceText: false)
    }

    /// Whether a whole document is valid; stops at the first violation.
    ///
    /// - Parameter document: the parsed instance.
    /// - Returns: `true` when the document satisfies the schema.
    public func isValid(_ document: JSONDocument) -> Bool { isValid(document.root) }

    /// Whether one value inside a document is valid; stops at the first violation.
    ///
    /// - Parameter element: the value to check.
    /// - Returns: `true` when the value satisfies the schema.
    public func isValid(_ element: JSONElement) -> Bool {
        SchemaValidator.run(program, element.document, index: element.index, diagnosing: false).valid
    }

    /// Whether an owned value is valid; stops at the first violation.
    ///
    /// - Parameter value: the instance.
    /// - Returns: `true` when the value satisfies the schema.
    public func isValid(_ value: JSONValue) -> Bool {
        guard let document = Self.document(of: value) else { return false }
        return SchemaValidator.run(program, document, index: 0, diagnosing: false).valid
    }

    private func result(_ document: JSONDocument, index: Int, hasSourceText: Bool) -> ValidationResult {
        let run = SchemaValidator.run(program, document, index: index, diagnosing: true)
        let lines = hasSourceText && !run.diagnostics.isEmpty ? LineIndex(document.bytes) : nil
        // Walking from the root costs the width of every array on the way; with many findings (one per record of
        // a large batch) an index keeps the pointers linear.
        let pointers = run.diagnostics.count > 8 ? PointerIndex(document) : nil
        var seen = Set<SchemaDiagnostic>()
        var diagnostics: [SchemaDiagnostic] = []
        diagnostics.reserveCapacity(run.diagnostics.count)
        for pending in run.diagnostics {
            let diagnostic = SchemaDiagnostic(
                instanceLocation: pointers.map { JSONPointer(tokens: $0.tokens(to: pending.instance, in: document)) }
                    ?? document.pointer(to: pending.instance),
                sourceLocation: lines?.location(of: document.offset(pending.instance)),
                keywordLocation: JSONPointer(tokens: pending.keywordPath),
                absoluteKeywordLocation: pending.absoluteLocation, keyword: pending.keyword,
                message: pending.message)
            if seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
        }
        return ValidationResult(isValid: run.valid, diagnostics: diagnostics)
    }

    static func document(of value: JSONValue) -> JSONDocument? {
        try? JSONDocument(parsing: JSONWriter.bytes(of: value), options: JSONParsingOptions(maximumDepth: 1_000_000))
    }

    private static let unrepresentable = ValidationResult(
        isValid: false,
        diagnostics: [
            SchemaDiagnostic(
                instanceLocation: .root, sourceLocation: nil, keywordLocation: .root, absoluteKeywordLocation: nil,
                keyword: .type, message: "the value could not be written as JSON text to validate it")
        ])
}
