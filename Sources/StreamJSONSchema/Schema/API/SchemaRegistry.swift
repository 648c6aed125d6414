// The documents `$ref` may point to, filled by the caller.

public import StreamJSON

/// Schema documents by URI, for references that leave the schema being compiled.
///
/// The engine never touches the network: a `$ref` to `https://example.com/common.json` resolves only if the caller
/// registered a document at that URI (or a registered document declares it as an `$id`). The draft 2020-12
/// meta-schemas (`https://json-schema.org/draft/2020-12/schema` and its vocabularies) are built in, so a schema
/// can refer to them without registering anything.
///
/// ```swift
/// var registry = SchemaRegistry()
/// try registry.register(commonSchema, at: "https://example.com/common.json")
/// let schema = try JSONSchema(compiling: eventSchema, registry: registry)
/// ```
public struct SchemaRegistry: Sendable {
    /// Documents by absolute URI without fragment.
    private(set) var documents: [String: JSONValue] = [:]

    /// Creates an empty registry (the built-in meta-schemas are always available).
    public init() {}

    /// Registers `schema` as the document at `uri`, replacing any earlier one.
    ///
    /// - Parameters:
    ///   - schema: the schema document.
    ///   - uri: an absolute URI (a fragment, if any, is ignored).
    /// - Throws: `SchemaCompileError` with reason `.invalidURI` when `uri` is not absolute.
    public mutating func register(_ schema: JSONValue, at uri: String) throws(SchemaCompileError) {
        let reference = URIReference(uri)
        guard reference.isAbsolute else {
            throw SchemaCompileError(
                reason: .invalidURI, documentURI: uri, pointer: .root,
                message: "expected an absolute URI (with a scheme, e.g. https://example.com/a.json), found \"\(uri)\"")
        }
        documents[reference.withoutFragment.description] = schema
    }

    /// Registers a parsed schema document at `uri`.
    ///
    /// - Parameters:
    ///   - document: the parsed schema document.
    ///   - uri: an absolute URI.
    /// - Throws: `SchemaCompileError` with reason `.invalidURI` when `uri` is not absolute.
    public mutating func register(_ document: JSONDocument, at uri: String) throws(SchemaCompileError) {
        try register(document.root.value, at: uri)
    }

    /// Registers `schema` under its own top-level `$id`.
    ///
    /// - Parameter schema: a schema object with an absolute `$id`.
    /// - Throws: `SchemaCompileError` with reason `.invalidURI` when there is no absolute `$id`.
    public mutating func register(_ schema: JSONValue) throws(SchemaCompileError) {
        guard let id = schema["$id"]?.stringValue else {
            throw SchemaCompileError(
                reason: .invalidURI, documentURI: "", pointer: .root,
                message: "expected a schema with an absolute \"$id\" to register it under, found none")
        }
        try register(schema, at: id)
    }

    /// The URIs of the registered documents, sorted.
    public var registeredURIs: [String] { documents.keys.sorted() }

    /// The document registered at `uri` (fragment ignored), or a built-in meta-schema.
    public func schema(at uri: String) -> JSONValue? {
        let key = URIReference(uri).withoutFragment.description
        if let document = documents[key] { return document }
        return MetaSchemas.document(at: key)
    }
}
