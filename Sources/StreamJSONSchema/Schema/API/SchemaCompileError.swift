// Why a schema could not be compiled.

public import StreamJSON

/// A schema that cannot be compiled: an unresolvable reference, a bad regular expression, a keyword with a value
/// of the wrong shape, or a required vocabulary the engine does not implement.
///
/// Compilation checks the whole schema up front so that validation never meets a broken schema; the error names
/// the place in the schema (document URI and JSON Pointer) so the author can fix it.
///
/// ```swift
/// do { _ = try JSONSchema(compiling: ["$ref": "#/$defs/missing"]) } catch {
///     print(error)  // /$ref: cannot resolve "#/$defs/missing" …
/// }
/// ```
public struct SchemaCompileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programs that react to it.
    public struct Reason: RawRepresentable, Sendable, Hashable, Codable {
        /// A stable identifier such as `unresolved-reference`.
        public var rawValue: String

        /// Creates a reason from its identifier.
        ///
        /// - Parameter rawValue: a stable identifier.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A `$ref` or `$dynamicRef` whose target is in no known document.
        public static let unresolvedReference = Reason(rawValue: "unresolved-reference")
        /// A `pattern` or `patternProperties` name that is not a valid regular expression.
        public static let invalidPattern = Reason(rawValue: "invalid-pattern")
        /// A keyword whose value has the wrong type or range (e.g. `"minLength": -1`).
        public static let invalidKeywordValue = Reason(rawValue: "invalid-keyword-value")
        /// A subschema that is neither an object nor a boolean.
        public static let invalidSchema = Reason(rawValue: "invalid-schema")
        /// A meta-schema that requires a vocabulary this engine does not implement.
        public static let unsupportedVocabulary = Reason(rawValue: "unsupported-vocabulary")
        /// A base or registry URI that is not absolute.
        public static let invalidURI = Reason(rawValue: "invalid-uri")
        /// References that lead back to themselves without moving into the instance.
        public static let circularReference = Reason(rawValue: "circular-reference")
    }

    /// The kind of problem.
    public var reason: Reason
    /// The URI of the document that holds the problem (its base URI or `$id`).
    public var documentURI: String
    /// Where the problem is inside that document, e.g. `/properties/a/pattern`.
    public var pointer: JSONPointer
    /// What was expected and what was found.
    public var message: String

    /// Creates a compile error.
    ///
    /// - Parameters:
    ///   - reason: the kind of problem.
    ///   - documentURI: the document that holds it.
    ///   - pointer: where in that document.
    ///   - message: what was expected and what was found.
    public init(reason: Reason, documentURI: String, pointer: JSONPointer, message: String) {
        self.reason = reason
        self.documentURI = documentURI
        self.pointer = pointer
        self.message = message
    }

    /// `pointer: message (in documentURI)`.
    public var description: String {
        let location = pointer.description.isEmpty ? "(schema root)" : pointer.description
        return "\(location): \(message) (in \(documentURI))"
    }
}
