// Why no value could be generated for a schema.

/// A schema the generator could not satisfy, named by keyword and location.
///
/// Thrown instead of ever returning a value the schema rejects: every generated value is checked by the schema
/// engine before it is handed out. The location is a JSON Pointer into the schema document (the fragment of the
/// keyword's absolute location when the keyword sits in another resource).
///
/// ```swift
/// do {
///     _ = try Gen.json(matching: schema)
/// } catch {
///     print(error.keyword, error.schemaLocation)  // "minimum" "/properties/total/minimum"
/// }
/// ```
public struct JSONSchemaGenerationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The keyword that could not be satisfied, e.g. `minimum`, `pattern`, `not`.
    public var keyword: String
    /// Where that keyword is, as a JSON Pointer into the schema, e.g. `/properties/total/minimum`.
    public var schemaLocation: String
    /// What went wrong.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - keyword: the keyword that could not be satisfied.
    ///   - schemaLocation: its JSON Pointer in the schema.
    ///   - message: what went wrong.
    public init(keyword: String, schemaLocation: String, message: String) {
        self.keyword = keyword
        self.schemaLocation = schemaLocation
        self.message = message
    }

    /// `keyword at pointer: message`.
    public var description: String {
        "\(keyword) at \(schemaLocation.isEmpty ? "(root)" : schemaLocation): \(message)"
    }
}
