// DynamoDB items generated from the table's JSON Schema.

import StreamEvents
import StreamJSON
public import StreamJSONSchema

extension DynamoDBItemSource {
    /// Items valid against your JSON Schema, mapped to attribute values: numbers as `N` with their exact text,
    /// strings as `S`, Booleans as `BOOL`, `null` as `NULL`, arrays as `L` and objects as `M`.
    ///
    /// The schema describes the item as JSON (what a `DynamoDBItemDecoder` or the AWS SDK's document client
    /// hands the consumer). Every write, `MODIFY` included, stores a whole generated item, so every image is valid
    /// against the schema apart from the table's key attributes, which are generated when the values lack them.
    /// Values DynamoDB cannot store (a number beyond its 38 digits) are skipped as with every source.
    ///
    /// ```swift
    /// let schema = try JSONSchema(compiling: JSONDocument(parsing: customerSchemaText))
    /// var table = try DynamoDBTableSimulator(name: "customers", items: .values(matching: schema), seed: 1)
    /// ```
    ///
    /// - Parameters:
    ///   - schema: the item schema; its values must be objects.
    ///   - options: the share of edge values and the depth budget.
    ///   - stringArraysAsSets: write non-empty arrays of distinct strings as `SS` instead of `L`.
    /// - Returns: the source.
    /// - Throws: ``JSONSchemaGenerationError`` when no value satisfying the schema could be generated, or when
    ///   the schema's values are not objects (keyword `type` at the root).
    public static func values(
        matching schema: JSONSchema, options: JSONSchemaGenerationOptions = JSONSchemaGenerationOptions(),
        stringArraysAsSets: Bool = false
    ) throws(JSONSchemaGenerationError) -> DynamoDBItemSource {
        let documents = try Gen.json(matching: schema, options: options)
        guard case .object = documents.run(seed: 0) else {
            throw JSONSchemaGenerationError(
                keyword: "type", schemaLocation: "",
                message: "DynamoDB items are maps; the schema's values are not objects")
        }
        let mapping = JSONAttributeMapping(stringArraysAsSets: stringArraysAsSets)
        return DynamoDBItemSource(
            storage: .items(
                documents.map { value in
                    guard case .object(let object) = value else {
                        return .failure(
                            DynamoDBGeneratorError(
                                code: .itemNotEncodable, location: "", message: "a generated value is not an object"))
                    }
                    return .success(mapping.item(object))
                }),
            wholeItems: true)
    }
}

/// Maps JSON to DynamoDB attribute values, exactly: number text is kept as written.
struct JSONAttributeMapping: Sendable {
    /// Whether non-empty arrays of distinct strings become `SS`.
    var stringArraysAsSets: Bool

    func item(_ object: JSONObject) -> AttributeMap {
        AttributeMap(object.map { AttributeMap.Member(name: $0.key, value: value($0.value)) })
    }

    func value(_ json: JSONValue) -> AttributeValue {
        switch json {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(DynamoDBNumber(number))
        case .string(let text): return .string(text)
        case .object(let object): return .map(item(object))
        case .array(let elements):
            if stringArraysAsSets, !elements.isEmpty {
                let strings = elements.compactMap(\.stringValue)
                if strings.count == elements.count, Set(strings).count == strings.count { return .stringSet(strings) }
            }
            return .list(elements.map(value))
        }
    }
}
