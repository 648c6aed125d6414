// Kinesis record data generated from the consumer's JSON Schema.

import StreamJSON
public import StreamJSONSchema

extension KinesisPayload {
    /// JSON documents valid against your schema, one per user record, written as compact JSON.
    ///
    /// The same schema then checks what producers put and what production captured:
    /// `stream-fixtures validate --data-schema` accepts every record generated from it.
    ///
    /// ```swift
    /// let schema = try JSONSchema(compiling: JSONDocument(parsing: orderSchemaText))
    /// let recipe = KinesisRecordRecipe(payload: try .json(matching: schema))
    /// ```
    ///
    /// - Parameters:
    ///   - schema: the data contract of the stream's records.
    ///   - options: the share of edge values and the depth budget.
    /// - Returns: the payload.
    /// - Throws: ``JSONSchemaGenerationError`` when no value satisfying the schema could be generated.
    public static func json(
        matching schema: JSONSchema, options: JSONSchemaGenerationOptions = JSONSchemaGenerationOptions()
    ) throws(JSONSchemaGenerationError) -> KinesisPayload {
        let documents = try Gen.json(matching: schema, options: options)
        return KinesisPayload(name: "json") { random, _, _ in JSONWriter.bytes(of: documents.run(using: &random)) }
    }
}
