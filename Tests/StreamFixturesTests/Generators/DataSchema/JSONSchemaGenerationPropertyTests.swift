import Foundation
import StreamFixtures
import StreamJSON
import StreamJSONSchema
import Testing

/// The realistic data contracts under `DataSchemas/`, loaded by file name.
enum DataSchemas {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DataSchemas")

    static let names = ["order", "telemetry", "cdc-change", "tree", "customer-item"]

    static func url(_ name: String) -> URL { folder.appendingPathComponent("\(name).schema.json") }

    static func schema(_ name: String) throws -> JSONSchema {
        try JSONSchema(compiling: JSONDocument(parsing: Data(contentsOf: url(name))))
    }
}

@Suite struct JSONSchemaGenerationPropertyTests {
    static let seeds: UInt64 = 1_000

    @Test(arguments: DataSchemas.names)
    func everyValueOfAThousandSeedsValidatesAndReplaysByteForByte(name: String) throws {
        let schema = try DataSchemas.schema(name)
        let generator = try Gen.json(matching: schema)
        var invalid: [String] = []
        for seed in 0..<Self.seeds {
            let value = generator.run(seed: Seed(seed))
            let bytes = JSONWriter.bytes(of: value)
            if !schema.isValid(value) { invalid.append("seed \(seed): \(String(decoding: bytes, as: UTF8.self))") }
            #expect(JSONWriter.bytes(of: generator.run(seed: Seed(seed))) == bytes, "seed \(seed) did not replay")
        }
        #expect(invalid.isEmpty, Comment(rawValue: invalid.prefix(5).joined(separator: "\n")))
    }

    @Test func differentSeedsGiveDifferentValues() throws {
        let generator = try Gen.json(matching: DataSchemas.schema("order"))
        let values = Set((0..<50).map { generator.run(seed: Seed(UInt64($0))) })
        #expect(values.count == 50)
    }

    @Test func edgeShareReachesTheBoundsOfNumbersAndLengths() throws {
        let schema = try JSONSchema(
            compiling: JSONDocument(
                parsing:
                    #"{"type": "object", "required": ["n", "s", "a"], "properties": {"n": {"type": "integer", "minimum": 3, "maximum": 900}, "s": {"type": "string", "maxLength": 40}, "a": {"type": "array", "maxItems": 9, "items": {"type": "boolean"}}}}"#
            ))
        let generator = try Gen.json(matching: schema, options: JSONSchemaGenerationOptions(edgeShare: 0.5))
        let values = (0..<300).map { generator.run(seed: Seed(UInt64($0))) }
        let bounds: Set<JSONValue> = [3, 900]
        #expect(values.contains { $0["n"] == 3 })
        #expect(values.contains { $0["n"] == 900 })
        #expect(values.contains { $0["s"] == "" })
        #expect(values.contains { $0["s"]?.stringValue?.unicodeScalars.contains { $0.value > 0xFFFF } == true })
        #expect(values.contains { $0["a"] == [] })
        let none = try Gen.json(matching: schema, options: JSONSchemaGenerationOptions(edgeShare: 0))
        let onBounds = values.filter { bounds.contains($0["n"] ?? .null) }.count
        let plainOnBounds = (0..<300).filter { bounds.contains(none.run(seed: Seed(UInt64($0)))["n"] ?? .null) }.count
        #expect(onBounds > plainOnBounds + 50, "\(onBounds) edge values on the bounds, \(plainOnBounds) without edges")
    }

    @Test func stringsFollowTheSyntaxTreeOfThePattern() throws {
        let schema = try JSONSchema(
            compiling: JSONDocument(
                parsing: #"{"type": "string", "pattern": "^(ab|cd){2,3}-\\p{Lu}[0-9a-f]{4}(?:x|yz)?\\1$"}"#))
        let generator = try Gen.json(matching: schema)
        for seed in 0..<200 as Range<UInt64> {
            #expect(schema.isValid(generator.run(seed: Seed(seed))))
        }
    }

    @Test func multiplesOfDecimalsAreExact() throws {
        let schema = try JSONSchema(
            compiling: JSONDocument(
                parsing: #"{"type": "number", "multipleOf": 0.01, "exclusiveMinimum": 0.1, "maximum": 0.3}"#))
        let generator = try Gen.json(matching: schema)
        for seed in 0..<200 as Range<UInt64> {
            let value = generator.run(seed: Seed(seed))
            #expect(schema.isValid(value), "\(value)")
            let text = value.numberValue?.text ?? ""
            #expect(!text.contains("e") && text.split(separator: ".").last.map { $0.count <= 2 } == true, "\(text)")
        }
    }
}
