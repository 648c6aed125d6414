// The outcome of validating one instance.

/// Whether an instance is valid against a schema, and every violation found if not.
///
/// ```swift
/// let result = schema.validate(document)
/// if !result.isValid { result.diagnostics.forEach { print($0) } }
/// ```
public struct ValidationResult: Sendable, Hashable, Codable {
    /// Whether the instance satisfies the schema.
    public var isValid: Bool
    /// The violations, in evaluation order; empty when valid.
    public var diagnostics: [SchemaDiagnostic]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - isValid: whether the instance satisfies the schema.
    ///   - diagnostics: the violations found.
    public init(isValid: Bool, diagnostics: [SchemaDiagnostic]) {
        self.isValid = isValid
        self.diagnostics = diagnostics
    }

    /// A valid result with no diagnostics.
    public static let valid = ValidationResult(isValid: true, diagnostics: [])
}
