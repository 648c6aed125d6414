// Gen.json(matching:): random JSON values valid against a JSON Schema (draft 2020-12).

public import StreamJSON
public import StreamJSONSchema

extension Gen where Value == JSONValue {
    /// Random JSON values that the schema accepts, the same for the same seed.
    ///
    /// One schema file can then drive the consumer's test events, the producer's requests and the check of what
    /// production captured. The generator reads the compiled schema: `type` (and unions), `enum`, `const`, the
    /// object keywords (`properties`, `required`, `additionalProperties`, `patternProperties`, `propertyNames`,
    /// `minProperties`/`maxProperties`, `dependentRequired`, `dependentSchemas`), the array keywords
    /// (`prefixItems`, `items`, `contains` with `minContains`/`maxContains`, `minItems`/`maxItems`,
    /// `uniqueItems`), `minLength`/`maxLength`, `pattern` (strings built from the pattern's syntax tree),
    /// `format` (date-time, date, time, duration, email, hostname, ipv4, ipv6, uri, uuid and the other 2020-12
    /// formats), exact numeric bounds and `multipleOf`, `$ref`/`$defs` (recursion is cut off past
    /// ``JSONSchemaGenerationOptions/maximumDepth``), `allOf`, `anyOf`/`oneOf` (a branch is chosen, then
    /// checked), `not`, `if`/`then`/`else`.
    ///
    /// Every value is validated by the schema engine before it is returned. Creating the generator draws values
    /// until one validates, and throws when none does; later draws that fail all their attempts return that
    /// first valid value instead, so a returned value is always valid.
    ///
    /// ```swift
    /// let schema = try JSONSchema(compiling: JSONDocument(parsing: orderSchemaText))
    /// let orders = try Gen.json(matching: schema)
    /// let order = orders.run(seed: 7)
    /// ```
    ///
    /// - Parameters:
    ///   - schema: the compiled schema.
    ///   - options: the share of edge values and the depth budget.
    /// - Returns: the generator.
    /// - Throws: ``JSONSchemaGenerationError`` naming the keyword and its JSON Pointer when no value satisfying
    ///   the schema could be generated.
    public static func json(
        matching schema: JSONSchema, options: JSONSchemaGenerationOptions = JSONSchemaGenerationOptions()
    ) throws(JSONSchemaGenerationError) -> Gen<JSONValue> {
        let generator = SchemaValueGenerator(schema: schema, options: options)
        let witness = try generator.witness()
        return Gen { random in
            switch generator.draw(using: &random) {
            case .success(let value): value
            case .failure: witness
            }
        }
    }
}

extension SchemaValueGenerator {
    /// Seeds tried before the schema is declared unsatisfiable.
    static let witnessSeeds: UInt64 = 16

    /// The first valid value over a fixed list of seeds.
    ///
    /// - Throws: the error of the last attempt when no seed gives a valid value.
    func witness() throws(JSONSchemaGenerationError) -> JSONValue {
        var last = JSONSchemaGenerationError(keyword: "", schemaLocation: "", message: "no attempt was made")
        for seed in 0..<Self.witnessSeeds {
            var random = SeededRandom(seed: Seed(seed))
            switch draw(using: &random) {
            case .success(let value): return value
            case .failure(let error): last = error
            }
        }
        throw last
    }
}
