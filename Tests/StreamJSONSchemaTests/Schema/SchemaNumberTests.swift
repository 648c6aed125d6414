// Numbers compare exactly: no trip through Double where it would change the answer.

import StreamJSON
import StreamJSONSchema
import Testing

@Suite struct SchemaNumberTests {
    static let sequenceNumber = "49647888802629322072519528340475047711767296381468803122"
    static let nextSequenceNumber = "49647888802629322072519528340475047711767296381468803123"

    private func isValid(_ schema: String, _ instance: String) throws -> Bool {
        let compiled = try JSONSchema(compiling: try JSONDocument(parsing: schema))
        let document = try JSONDocument(parsing: instance)
        let quick = compiled.isValid(document)
        #expect(compiled.validate(document).isValid == quick, "the two passes disagree on \(instance)")
        return quick
    }

    @Test func fiftySixDigitIntegersCompareExactly() throws {
        // As Doubles both numbers are the same value.
        #expect(try isValid(#"{"maximum": \#(Self.sequenceNumber)}"#, Self.sequenceNumber))
        #expect(try !isValid(#"{"maximum": \#(Self.sequenceNumber)}"#, Self.nextSequenceNumber))
        #expect(try !isValid(#"{"exclusiveMinimum": \#(Self.nextSequenceNumber)}"#, Self.nextSequenceNumber))
        #expect(try !isValid(#"{"const": \#(Self.sequenceNumber)}"#, Self.nextSequenceNumber))
        #expect(try isValid(#"{"enum": [\#(Self.sequenceNumber)]}"#, "\(Self.sequenceNumber).000"))
    }

    @Test func numbersBeyondDoubleRangeCompareExactly() throws {
        #expect(try isValid(#"{"minimum": 1e399}"#, "1e400"))
        #expect(try !isValid(#"{"maximum": 1e400}"#, "1e401"))
        #expect(try !isValid(#"{"exclusiveMaximum": 1e400}"#, "10e399"))
        #expect(try isValid(#"{"type": "integer"}"#, "1e400"))
        #expect(try isValid(#"{"const": 1e400}"#, "100e398"))
        #expect(try !isValid(#"{"minimum": -1e-400}"#, "-2e-400"))
        #expect(try isValid(#"{"type": "integer", "multipleOf": 0.5}"#, "1e308"))
    }

    @Test func multipleOfIsExactForDecimalDivisors() throws {
        #expect(try isValid(#"{"multipleOf": 0.01}"#, "19.99"))
        #expect(try !isValid(#"{"multipleOf": 0.01}"#, "19.999"))
        #expect(try isValid(#"{"multipleOf": 0.0001}"#, "0.0075"))
        #expect(try isValid(#"{"multipleOf": 0.1}"#, "0.3"))
        #expect(try !isValid(#"{"multipleOf": 1.5}"#, "35"))
        #expect(try isValid(#"{"multipleOf": 1.5}"#, "4.5"))
        #expect(try isValid(#"{"multipleOf": 123456789012345678901234567890}"#, "246913578024691357802469135780e5"))
        #expect(try !isValid(#"{"multipleOf": 123456789012345678901234567890}"#, "246913578024691357802469135781"))
        #expect(try isValid(#"{"multipleOf": 7}"#, "7e1000000"))
        #expect(try isValid(#"{"multipleOf": 3}"#, "0"))
    }

    @Test func integerTypeAcceptsWholeNumbersWrittenWithFractionOrExponent() throws {
        #expect(try isValid(#"{"type": "integer"}"#, "1.0"))
        #expect(try isValid(#"{"type": "integer"}"#, "1.5e1"))
        #expect(try !isValid(#"{"type": "integer"}"#, "1.05e1"))
        #expect(try !isValid(#"{"type": "integer"}"#, "0.1"))
        #expect(try isValid(#"{"type": "integer"}"#, "-0.0"))
    }

    @Test func uniqueItemsUsesJSONEquality() throws {
        #expect(try !isValid(#"{"uniqueItems": true}"#, "[1, 1.0]"))
        #expect(try !isValid(#"{"uniqueItems": true}"#, #"[{"a": 1, "b": [2]}, {"b": [2.0], "a": 1}]"#))
        #expect(try isValid(#"{"uniqueItems": true}"#, #"[{"a": 1}, {"a": "1"}, [1], true, 1]"#))
        #expect(try !isValid(#"{"uniqueItems": true}"#, #"["\u0041", "A"]"#))
        let many = (0..<40).map(String.init).joined(separator: ",")
        #expect(try isValid(#"{"uniqueItems": true}"#, "[\(many)]"))
        #expect(try !isValid(#"{"uniqueItems": true}"#, "[\(many), 3.0]"))
    }

    @Test func uniqueItemsComparesDeeplyNestedItemsWithoutRecursing() throws {
        let depth = 20_000
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let document = try JSONDocument(
            parsing: "[\(nested), \(nested)]", options: JSONParsingOptions(maximumDepth: depth + 2))
        let schema = try JSONSchema(compiling: ["uniqueItems": true])
        #expect(!schema.isValid(document))
    }

    @Test func boundMessagesQuoteTheSchemaAndInstanceText() throws {
        let schema = try JSONSchema(compiling: try JSONDocument(parsing: #"{"multipleOf": 0.01, "maximum": 1e2}"#))
        let result = schema.validate(try JSONDocument(parsing: "100.001"))
        #expect(
            result.diagnostics.map(\.message) == [
                "expected a number at most 1e2, found 100.001", "expected a multiple of 0.01, found 100.001",
            ])
    }
}
