// The name of a JSON Schema keyword, as diagnostics report it.

/// A JSON Schema keyword name, such as `required` or `$ref`.
///
/// Diagnostics carry the keyword that failed so that reports and rule tables can group and filter them without
/// parsing messages. It is an open set (a vocabulary may add keywords), so it is a string wrapper with constants
/// for the draft 2020-12 keywords the engine evaluates.
///
/// ```swift
/// if diagnostic.keyword == .required { print("missing member:", diagnostic.message) }
/// ```
public struct SchemaKeyword: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The keyword as written in a schema, e.g. `additionalProperties`.
    public var rawValue: String

    /// Creates a keyword from its name.
    ///
    /// - Parameter rawValue: the keyword as written in a schema.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a keyword from its name (unlabelled convenience).
    init(_ rawValue: String) { self.rawValue = rawValue }

    /// The keyword name.
    public var description: String { rawValue }

    /// Encodes as a bare string.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The boolean schema `false` (reported where a subschema is `false`).
    public static let falseSchema = SchemaKeyword("false")
    /// `$ref`.
    public static let ref = SchemaKeyword("$ref")
    /// `$dynamicRef`.
    public static let dynamicRef = SchemaKeyword("$dynamicRef")
    /// `allOf`.
    public static let allOf = SchemaKeyword("allOf")
    /// `anyOf`.
    public static let anyOf = SchemaKeyword("anyOf")
    /// `oneOf`.
    public static let oneOf = SchemaKeyword("oneOf")
    /// `not`.
    public static let not = SchemaKeyword("not")
    /// `if`.
    public static let `if` = SchemaKeyword("if")
    /// `then`.
    public static let then = SchemaKeyword("then")
    /// `else`.
    public static let `else` = SchemaKeyword("else")
    /// `dependentSchemas`.
    public static let dependentSchemas = SchemaKeyword("dependentSchemas")
    /// `prefixItems`.
    public static let prefixItems = SchemaKeyword("prefixItems")
    /// `items`.
    public static let items = SchemaKeyword("items")
    /// `contains`.
    public static let contains = SchemaKeyword("contains")
    /// `properties`.
    public static let properties = SchemaKeyword("properties")
    /// `patternProperties`.
    public static let patternProperties = SchemaKeyword("patternProperties")
    /// `additionalProperties`.
    public static let additionalProperties = SchemaKeyword("additionalProperties")
    /// `propertyNames`.
    public static let propertyNames = SchemaKeyword("propertyNames")
    /// `unevaluatedItems`.
    public static let unevaluatedItems = SchemaKeyword("unevaluatedItems")
    /// `unevaluatedProperties`.
    public static let unevaluatedProperties = SchemaKeyword("unevaluatedProperties")
    /// `type`.
    public static let type = SchemaKeyword("type")
    /// `enum`.
    public static let `enum` = SchemaKeyword("enum")
    /// `const`.
    public static let const = SchemaKeyword("const")
    /// `multipleOf`.
    public static let multipleOf = SchemaKeyword("multipleOf")
    /// `maximum`.
    public static let maximum = SchemaKeyword("maximum")
    /// `exclusiveMaximum`.
    public static let exclusiveMaximum = SchemaKeyword("exclusiveMaximum")
    /// `minimum`.
    public static let minimum = SchemaKeyword("minimum")
    /// `exclusiveMinimum`.
    public static let exclusiveMinimum = SchemaKeyword("exclusiveMinimum")
    /// `maxLength`.
    public static let maxLength = SchemaKeyword("maxLength")
    /// `minLength`.
    public static let minLength = SchemaKeyword("minLength")
    /// `pattern`.
    public static let pattern = SchemaKeyword("pattern")
    /// `format`.
    public static let format = SchemaKeyword("format")
    /// `maxItems`.
    public static let maxItems = SchemaKeyword("maxItems")
    /// `minItems`.
    public static let minItems = SchemaKeyword("minItems")
    /// `uniqueItems`.
    public static let uniqueItems = SchemaKeyword("uniqueItems")
    /// `maxContains`.
    public static let maxContains = SchemaKeyword("maxContains")
    /// `minContains`.
    public static let minContains = SchemaKeyword("minContains")
    /// `maxProperties`.
    public static let maxProperties = SchemaKeyword("maxProperties")
    /// `minProperties`.
    public static let minProperties = SchemaKeyword("minProperties")
    /// `required`.
    public static let required = SchemaKeyword("required")
    /// `dependentRequired`.
    public static let dependentRequired = SchemaKeyword("dependentRequired")
}
