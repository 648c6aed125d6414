// Diagnostics: instance pointer, line:column, keyword location (through $ref) and messages.

import Foundation
import StreamJSON
import StreamJSONSchema
import Testing

@Suite struct SchemaDiagnosticsTests {
    static let schema: JSONValue = [
        "$id": "https://example.com/kinesis.json",
        "type": "object",
        "required": ["Records"],
        "properties": [
            "Records": ["type": "array", "maxItems": 2, "items": ["$ref": "#/$defs/record"]]
        ],
        "$defs": [
            "record": [
                "type": "object",
                "required": ["eventID", "eventSourceARN"],
                "properties": [
                    "eventID": ["type": "string"],
                    "eventSourceARN": ["type": "string", "pattern": "^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:"],
                ],
            ]
        ],
    ]

    static let instance = """
        {
          "Records": [
            {
              "eventSourceARN": "arn:aws:kinesis:EXAMPLE"
            }
          ]
        }
        """

    static func record(_ id: String) -> String {
        #"{"eventID": "\#(id)", "eventSourceARN": "arn:aws:kinesis:us-east-1:111122223333:stream/s"}"#
    }

    @Test func missingMemberIsReportedAtTheObjectWithKeywordLocationThroughTheReference() throws {
        let schema = try JSONSchema(compiling: Self.schema)
        let result = schema.validate(try JSONDocument(parsing: Self.instance))
        #expect(!result.isValid)
        let required = try #require(result.diagnostics.first { $0.keyword == .required })
        #expect(required.instanceLocation == JSONPointer("/Records/0"))
        #expect(required.sourceLocation?.line == 3)
        #expect(required.sourceLocation?.column == 5)
        #expect(required.keywordLocation.description == "/properties/Records/items/$ref/required")
        #expect(required.absoluteKeywordLocation == "https://example.com/kinesis.json#/$defs/record/required")
        #expect(required.message == #"missing required member "eventID""#)
    }

    @Test func patternFailureSaysWhatWasExpectedAndFound() throws {
        let schema = try JSONSchema(compiling: Self.schema)
        let result = schema.validate(try JSONDocument(parsing: Self.instance))
        let pattern = try #require(result.diagnostics.first { $0.keyword == .pattern })
        #expect(pattern.instanceLocation == JSONPointer("/Records/0/eventSourceARN"))
        #expect(pattern.sourceLocation?.description == "4:25")
        #expect(
            pattern.keywordLocation.description == "/properties/Records/items/$ref/properties/eventSourceARN/pattern")
        #expect(
            pattern.message
                == #"expected a string matching ^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:, "#
                + #"found "arn:aws:kinesis:EXAMPLE""#)
        #expect(result.diagnostics.count == 2)
    }

    @Test func countLimitsReportExpectedAndFoundCounts() throws {
        let schema = try JSONSchema(compiling: Self.schema)
        let text = "{\"Records\": [" + ["a", "b", "c"].map(Self.record).joined(separator: ", ") + "]}"
        let result = schema.validate(try JSONDocument(parsing: text))
        #expect(result.diagnostics.map(\.message) == ["expected at most 2 items, found 3"])
        #expect(result.diagnostics.first?.keywordLocation.description == "/properties/Records/maxItems")
        #expect(result.diagnostics.first?.absoluteKeywordLocation == nil)
        #expect(result.diagnostics.first?.sourceLocation?.description == "1:13")
    }

    @Test func validInstanceHasNoDiagnostics() throws {
        let schema = try JSONSchema(compiling: Self.schema)
        let text = "{\"Records\": [" + Self.record("a") + "]}"
        let document = try JSONDocument(parsing: text)
        #expect(schema.isValid(document))
        #expect(schema.validate(document) == .valid)
    }

    @Test func everyViolationIsReportedNotJustTheFirst() throws {
        let schema = try JSONSchema(compiling: [
            "type": "object", "additionalProperties": false,
            "properties": ["a": ["type": "integer", "minimum": 10], "b": ["enum": ["x", "y"]]],
        ])
        let result = schema.validate(try JSONDocument(parsing: #"{"a": 2.5, "b": "z", "c": true}"#))
        #expect(
            result.diagnostics.map(\.message) == [
                "expected an integer, found the number 2.5",
                "expected a number at least 10, found 2.5",
                #"expected one of "x", "y", found the string "z""#,
                #"member "c" is not allowed (additionalProperties is false; declared members: "a", "b")"#,
            ])
        #expect(
            result.diagnostics.map(\.keywordLocation.description) == [
                "/properties/a/type", "/properties/a/minimum", "/properties/b/enum", "/additionalProperties",
            ])
        #expect(result.diagnostics.map(\.instanceLocation.description) == ["/a", "/a", "/b", "/c"])
    }

    @Test func ownedValuesGetPointersButNoLineAndColumn() throws {
        let schema = try JSONSchema(compiling: ["items": ["type": "string"]])
        let result = schema.validate(["ok", 7] as JSONValue)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.instanceLocation == JSONPointer("/1"))
        #expect(result.diagnostics.first?.sourceLocation == nil)
        #expect(result.diagnostics.first?.message == "expected a string, found the number 7")
    }

    @Test func elementValidationReportsPointersFromTheDocumentRoot() throws {
        let schema = try JSONSchema(compiling: ["required": ["eventID"]])
        let document = try JSONDocument(parsing: #"{"Records": [{"eventID": "1"}, {}]}"#)
        let record = try #require(document.root["Records"]?[1])
        let result = schema.validate(record)
        #expect(result.diagnostics.first?.instanceLocation == JSONPointer("/Records/1"))
        #expect(result.diagnostics.first?.sourceLocation?.description == "1:32")
    }

    @Test func descriptionShowsLocationPointerMessageAndKeywordLocation() throws {
        let schema = try JSONSchema(compiling: ["properties": ["n": ["maxLength": 2]]])
        let result = schema.validate(try JSONDocument(parsing: "{\n  \"n\": \"héllo\"\n}"))
        #expect(
            result.diagnostics.first?.description
                == #"2:8 /n: expected at most 2 characters, found 5: "héllo" [/properties/n/maxLength]"#)
    }

    @Test func anyOfAndOneOfReportOneDiagnosticEach() throws {
        let schema = try JSONSchema(compiling: [
            "properties": [
                "a": ["anyOf": [["type": "string"], ["type": "null"]]],
                "b": ["oneOf": [["type": "number"], ["type": "integer"]]],
            ]
        ])
        let result = schema.validate(try JSONDocument(parsing: #"{"a": 1, "b": 2}"#))
        #expect(
            result.diagnostics.map(\.message) == [
                "expected the number 1 to match at least one of the 2 anyOf subschemas, found it matches none",
                "expected the number 2 to match exactly one of the 2 oneOf subschemas, found it matches more than "
                    + "one (oneOf/0 and oneOf/1)",
            ])
    }

    @Test func diagnosticsRoundTripThroughCodable() throws {
        let schema = try JSONSchema(compiling: Self.schema)
        let result = schema.validate(try JSONDocument(parsing: Self.instance))
        let data = try JSONEncoder().encode(result)
        let decoded = try JSONDecoder().decode(ValidationResult.self, from: data)
        #expect(decoded.diagnostics.map(\.message) == result.diagnostics.map(\.message))
        #expect(decoded.diagnostics.map(\.keywordLocation) == result.diagnostics.map(\.keywordLocation))
        #expect(decoded.diagnostics.map(\.sourceLocation?.line) == result.diagnostics.map(\.sourceLocation?.line))
    }
}
