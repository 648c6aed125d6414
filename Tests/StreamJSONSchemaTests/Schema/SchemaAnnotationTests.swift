// unevaluatedProperties / unevaluatedItems and required on wide instances (more than 64 members or items).

import StreamJSON
import StreamJSONSchema
import Testing

@Suite struct SchemaAnnotationTests {
    static let names = (0..<100).map { "member\($0)" }

    static func properties(_ names: some Sequence<String>) -> JSONValue {
        .object(JSONObject(names.map { JSONObject.Member(key: $0, value: true) }))
    }

    static func object(_ names: [String]) -> String {
        "{" + names.map { "\"\($0)\": \($0.count)" }.joined(separator: ", ") + "}"
    }

    @Test func unevaluatedPropertiesSeesEveryEvaluatedMemberOfAWideObject() throws {
        let schema = try JSONSchema(compiling: [
            "allOf": [["properties": Self.properties(Self.names.prefix(50))]],
            "properties": Self.properties(Self.names.suffix(50)),
            "required": .array(Self.names.map { .string($0) }),
            "unevaluatedProperties": false,
        ])
        #expect(schema.isValid(try JSONDocument(parsing: Self.object(Self.names))))
        var extra = Self.names
        extra.insert("stray", at: 90)
        let result = schema.validate(try JSONDocument(parsing: Self.object(extra)))
        #expect(result.diagnostics.map(\.instanceLocation.description) == ["/stray"])
        var missing = Self.names
        missing.remove(at: 80)
        let missingResult = schema.validate(try JSONDocument(parsing: Self.object(missing)))
        #expect(missingResult.diagnostics.map(\.message) == [#"missing required member "member80""#])
    }

    @Test func unevaluatedItemsSeesContainsMatchesBeyondTheSixtyFourthItem() throws {
        let schema = try JSONSchema(compiling: [
            "prefixItems": [["type": "string"]], "contains": ["type": "integer"], "minContains": 0,
            "unevaluatedItems": false,
        ])
        let items = ["\"head\""] + (1..<100).map(String.init)
        #expect(schema.isValid(try JSONDocument(parsing: "[" + items.joined(separator: ",") + "]")))
        var withStray = items
        withStray[95] = "true"
        let result = schema.validate(try JSONDocument(parsing: "[" + withStray.joined(separator: ",") + "]"))
        #expect(result.diagnostics.map(\.instanceLocation.description) == ["/95"])
        #expect(result.diagnostics.first?.keyword == .unevaluatedItems)
    }

    @Test func annotationsFromFailedBranchesDoNotCount() throws {
        let schema = try JSONSchema(compiling: [
            "anyOf": [
                ["properties": ["a": ["type": "string"]], "required": ["a"]],
                ["properties": ["b": true], "required": ["b"]],
            ],
            "unevaluatedProperties": false,
        ])
        #expect(schema.isValid(try JSONDocument(parsing: #"{"a": "x", "b": 1}"#)))
        // The first branch fails (a is not a string), so "a" is unevaluated.
        #expect(!schema.isValid(try JSONDocument(parsing: #"{"a": 1, "b": 1}"#)))
    }
}
