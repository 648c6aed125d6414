// One schema violation, located in the instance and in the schema.

public import StreamJSON

/// One way an instance fails its schema: where, which keyword, and what was expected and found.
///
/// The validator reports every violation it can find rather than the first, each with the instance location as a
/// JSON Pointer (and line:column when the instance was parsed from text), the keyword location along the
/// evaluation path (`/properties/Records/items/$ref/required`), and, when the path went through a `$ref` or
/// `$dynamicRef`, the absolute location of the keyword in the schema resource that holds it.
///
/// ```swift
/// for diagnostic in schema.validate(document).diagnostics {
///     print(diagnostic)  // 3:18 /Records/0: missing required member "eventID" [/properties/Records/items/required]
/// }
/// ```
public struct SchemaDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The failing value's JSON Pointer from the root of its document.
    public var instanceLocation: JSONPointer
    /// Where the failing value starts in the text, when the instance was parsed from text.
    public var sourceLocation: TextLocation?
    /// The failing keyword's location along the evaluation path, from the schema root (through `$ref`s).
    public var keywordLocation: JSONPointer
    /// The failing keyword's absolute location (`https://example.com/s.json#/$defs/a/type`), given when the
    /// evaluation path went through a `$ref` or `$dynamicRef`, so the keyword can be found in its own resource.
    public var absoluteKeywordLocation: String?
    /// The keyword that failed.
    public var keyword: SchemaKeyword
    /// What was expected and what was found, e.g. `expected at most 10000 items, found 10001`.
    public var message: String

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - instanceLocation: the failing value's pointer from its document root.
    ///   - sourceLocation: line and column of the value, when it came from text.
    ///   - keywordLocation: the keyword's pointer along the evaluation path.
    ///   - absoluteKeywordLocation: the keyword's absolute URI, when the path went through a reference.
    ///   - keyword: the failing keyword.
    ///   - message: what was expected and what was found.
    public init(
        instanceLocation: JSONPointer, sourceLocation: TextLocation?, keywordLocation: JSONPointer,
        absoluteKeywordLocation: String?, keyword: SchemaKeyword, message: String
    ) {
        self.instanceLocation = instanceLocation
        self.sourceLocation = sourceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.keyword = keyword
        self.message = message
    }

    /// `line:column pointer: message [keyword location]`, e.g.
    /// `3:18 /Records/0: missing required member "eventID" [/properties/Records/items/required]`.
    public var description: String {
        var text = ""
        if let sourceLocation { text += "\(sourceLocation) " }
        let pointer = instanceLocation.description
        text += pointer.isEmpty ? "(root)" : pointer
        text += ": \(message) [\(keywordLocation)]"
        return text
    }

    private enum CodingKeys: String, CodingKey {
        case instanceLocation, line, column, keywordLocation, absoluteKeywordLocation, keyword, message
    }

    /// Decodes the form `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let instance = try container.decode(String.self, forKey: .instanceLocation)
        let keywordPath = try container.decode(String.self, forKey: .keywordLocation)
        guard let instancePointer = JSONPointer(instance) else {
            throw DecodingError.dataCorruptedError(
                forKey: .instanceLocation, in: container,
                debugDescription: "expected a JSON Pointer (empty or starting with '/'), found \"\(instance)\"")
        }
        guard let keywordPointer = JSONPointer(keywordPath) else {
            throw DecodingError.dataCorruptedError(
                forKey: .keywordLocation, in: container,
                debugDescription: "expected a JSON Pointer (empty or starting with '/'), found \"\(keywordPath)\"")
        }
        self.instanceLocation = instancePointer
        self.keywordLocation = keywordPointer
        if let line = try container.decodeIfPresent(Int.self, forKey: .line),
            let column = try container.decodeIfPresent(Int.self, forKey: .column)
        {
            self.sourceLocation = TextLocation(offset: 0, line: line, column: column)
        } else {
            self.sourceLocation = nil
        }
        self.absoluteKeywordLocation = try container.decodeIfPresent(String.self, forKey: .absoluteKeywordLocation)
        self.keyword = try container.decode(SchemaKeyword.self, forKey: .keyword)
        self.message = try container.decode(String.self, forKey: .message)
    }

    /// Encodes pointers as their text and the source location as `line` and `column`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(instanceLocation.description, forKey: .instanceLocation)
        try container.encodeIfPresent(sourceLocation?.line, forKey: .line)
        try container.encodeIfPresent(sourceLocation?.column, forKey: .column)
        try container.encode(keywordLocation.description, forKey: .keywordLocation)
        try container.encodeIfPresent(absoluteKeywordLocation, forKey: .absoluteKeywordLocation)
        try container.encode(keyword, forKey: .keyword)
        try container.encode(message, forKey: .message)
    }
}
