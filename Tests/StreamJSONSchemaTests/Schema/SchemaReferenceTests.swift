// References: recursion, registry documents, and typed compile errors with the schema pointer.

import StreamJSON
import StreamJSONSchema
import Testing

@Suite struct SchemaReferenceTests {
    @Test func recursiveReferenceTerminatesOnDeepInstances() throws {
        let schema = try JSONSchema(compiling: [
            "type": "object",
            "properties": ["value": ["type": "integer"], "children": ["type": "array", "items": ["$ref": "#"]]],
        ])
        var text = #"{"value": 1}"#
        for _ in 0..<200 { text = #"{"value": 1, "children": [\#(text)]}"# }
        #expect(schema.isValid(try JSONDocument(parsing: text)))
        let broken = text.replacingOccurrences(of: #"{"value": 1}"#, with: #"{"value": "x"}"#)
        let result = schema.validate(try JSONDocument(parsing: broken))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.instanceLocation.tokens.count == 401)
    }

    @Test func deeplyNestedArraysWithARecursiveSchemaNeverCrash() throws {
        // 100,000 levels: far more than any stack holds; the validator must give up with a diagnostic.
        let schema = try JSONSchema(compiling: ["items": ["$ref": "#"], "type": "array"])
        let depth = 100_000
        let options = JSONParsingOptions(maximumDepth: depth + 1)
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let document = try JSONDocument(parsing: text, options: options)
        #expect(!schema.isValid(document))
        let result = schema.validate(document)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("nested too deeply") == true)
    }

    @Test func moderatelyNestedArraysWithARecursiveSchemaValidate() throws {
        let schema = try JSONSchema(compiling: ["items": ["$ref": "#"], "type": "array"])
        let depth = 150
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(schema.isValid(try JSONDocument(parsing: text)))
        let bad = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        #expect(schema.validate(try JSONDocument(parsing: bad)).diagnostics.count == 1)
    }

    @Test func referenceThatNeverConsumesTheInstanceIsACompileError() {
        #expect {
            _ = try JSONSchema(compiling: ["$defs": ["a": ["allOf": [["$ref": "#/$defs/a"]]]], "$ref": "#/$defs/a"])
        } throws: { error in
            (error as? SchemaCompileError)?.reason == .circularReference
        }
    }

    @Test func unresolvableReferenceNamesTheSchemaPointer() throws {
        let error = try #require(throws: SchemaCompileError.self) {
            _ = try JSONSchema(compiling: ["properties": ["a": ["$ref": "#/$defs/missing"]]])
        }
        #expect(error.reason == .unresolvedReference)
        #expect(error.pointer == JSONPointer("/properties/a/$ref"))
        #expect(error.message.contains("#/$defs/missing"))
    }

    @Test func invalidPatternIsACompileErrorAtThePattern() throws {
        let error = try #require(throws: SchemaCompileError.self) {
            _ = try JSONSchema(compiling: ["properties": ["a": ["pattern": "(unclosed"]]])
        }
        #expect(error.reason == .invalidPattern)
        #expect(error.pointer == JSONPointer("/properties/a/pattern"))
    }

    @Test func keywordWithBadValueIsACompileError() throws {
        let error = try #require(throws: SchemaCompileError.self) {
            _ = try JSONSchema(compiling: ["items": ["minLength": -1]])
        }
        #expect(error.reason == .invalidKeywordValue)
        #expect(error.pointer == JSONPointer("/items/minLength"))
        #expect(error.message == #"expected a non-negative integer for "minLength", found the number -1"#)
    }

    @Test func registryDocumentsResolveAndNothingIsFetched() throws {
        var registry = SchemaRegistry()
        try registry.register(
            ["$defs": ["arn": ["type": "string", "pattern": "^arn:"]]], at: "https://example.com/common.json")
        let schema = try JSONSchema(
            compiling: ["$ref": "common.json#/$defs/arn"], baseURI: "https://example.com/event.json",
            registry: registry)
        #expect(schema.isValid(["arn:aws:kinesis"] as JSONValue) == false)
        #expect(schema.isValid("arn:aws:kinesis" as JSONValue))
        #expect(throws: SchemaCompileError.self) {
            _ = try JSONSchema(compiling: ["$ref": "https://example.com/elsewhere.json"])
        }
    }

    @Test func relativeBaseURIIsRejected() {
        #expect(throws: SchemaCompileError.self) { _ = try JSONSchema(compiling: true, baseURI: "schemas/a.json") }
        var registry = SchemaRegistry()
        #expect(throws: SchemaCompileError.self) { try registry.register(true, at: "a.json") }
    }

    @Test func builtInMetaSchemaValidatesSchemas() throws {
        let metaSchema = try JSONSchema(compiling: ["$ref": "https://json-schema.org/draft/2020-12/schema"])
        #expect(metaSchema.isValid(["type": "string", "minLength": 1] as JSONValue))
        #expect(!metaSchema.isValid(["properties": ["a": ["minLength": -1]]] as JSONValue))
        #expect(!metaSchema.isValid(["type": "text"] as JSONValue))
    }
}
