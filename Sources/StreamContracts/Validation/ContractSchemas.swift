package import StreamJSON
package import StreamJSONSchema

/// The contract's schemas, parsed once from the copy compiled into the library.
package enum ContractSchemas {
    /// The base URI every contract schema's `$id` starts with.
    package static let baseURI = "https://streamfixtures.dev/schemas/v1/"

    /// Schema file name → parsed schema, for every file of `Schemas/`.
    package static let documents: [String: JSONValue] = {
        var result: [String: JSONValue] = [:]
        for file in EmbeddedSchemas.files {
            // The files are checked by EmbeddedSchemasTests; one that failed to parse is left out
            // and reported there rather than crashing a user's process.
            if let value = try? JSONValue(parsing: file.text) { result[file.name] = value }
        }
        return result
    }()

    /// The embedded text of `fileName` (e.g. `kinesis-event.schema.json`).
    package static func text(of fileName: String) -> String? {
        EmbeddedSchemas.files.first { $0.name == fileName }?.text
    }

    /// The kinds that have a schema, in name order.
    package static var kinds: [PayloadKind] {
        EmbeddedSchemas.files.map(\.name).filter { $0 != "defs.schema.json" }
            .map { PayloadKind(rawValue: String($0.dropLast(".schema.json".count))) }
    }
}

extension ContractSchemas {
    /// A registry holding every contract schema under its `$id`, so `$ref`s between them resolve.
    package static func registry() throws(SchemaCompileError) -> SchemaRegistry {
        var registry = SchemaRegistry()
        for (file, value) in documents.sorted(by: { $0.key < $1.key }) {
            try registry.register(value, at: baseURI + file)
        }
        return registry
    }
}
