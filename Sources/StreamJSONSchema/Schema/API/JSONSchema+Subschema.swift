// Checking a value against one compiled subschema, for generators that build instances part by part.

package import StreamJSON

extension JSONSchema {
    /// Whether an owned value satisfies the compiled subschema `node` (an index into `program.nodes`), evaluated
    /// on its own: outside the dynamic scope of the schema that contains it.
    ///
    /// - Parameters:
    ///   - value: the instance.
    ///   - node: the subschema's node index.
    /// - Returns: `true` when the value satisfies the subschema; `false` otherwise and for an index out of range.
    package func isValid(_ value: JSONValue, node: Int32) -> Bool {
        guard node >= 0, Int(node) < program.nodes.count, let document = Self.document(of: value) else { return false }
        return SchemaValidator.run(program, document, index: 0, diagnosing: false, start: node).valid
    }
}

extension JSONSchema {
    /// The first keyword a value fails in the compiled subschema `node`, with its location as a JSON Pointer into
    /// the schema document, or `nil` when the value is valid there.
    ///
    /// - Parameters:
    ///   - value: the instance.
    ///   - node: the subschema's node index.
    /// - Returns: the failing keyword's name and its location.
    package func firstFailure(_ value: JSONValue, node: Int32) -> (keyword: String, location: String)? {
        guard node >= 0, Int(node) < program.nodes.count else { return ("$ref", "") }
        guard let document = Self.document(of: value) else { return ("type", Self.fragment(program.nodes[Int(node)])) }
        let run = SchemaValidator.run(program, document, index: 0, diagnosing: true, start: node)
        if run.valid { return nil }
        guard let first = run.diagnostics.first else { return ("type", Self.fragment(program.nodes[Int(node)])) }
        if let absolute = first.absoluteLocation, let hash = absolute.firstIndex(of: "#") {
            return (first.keyword.rawValue, String(absolute[absolute.index(after: hash)...]))
        }
        return (
            first.keyword.rawValue,
            Self.fragment(program.nodes[Int(node)]) + JSONPointer(tokens: first.keywordPath).description
        )
    }

    /// The JSON Pointer fragment of a node's absolute location (empty for a resource root).
    package static func fragment(_ node: SchemaNode) -> String {
        guard let hash = node.location.firstIndex(of: "#") else { return "" }
        return String(node.location[node.location.index(after: hash)...])
    }
}
