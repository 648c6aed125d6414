// The validator checks `pattern` and `patternProperties` through the matcher it borrows from the compiled schema
// (`SchemaPatternMatching.schemaPatternMatches`): held to `ECMAPattern.matches` for every pattern of the project's
// schemas, on strings each accepts and rejects, written plainly and with escapes (the two ways the validator reads an
// instance string).

import StreamJSON
import Testing

@testable import StreamJSONSchema

@Suite struct SchemaPatternSeamTests {
    /// Strings from the fields the project's patterns guard, and near misses of them.
    static let strings = [
        "", "arn:", "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
        "arn:aws:dynamodb:us-east-1:111122223333:table/cart/stream/2022-10-12T23:21:27.326",
        "arn:aws:iam::111122223333:role/logs-consumer", "xarn:aws", "shardId-000000000000",
        "shardId-000000000000:49615297779548628908108465838505910984897107475489095682",
        "49615297779548628908108465838505910984897107475489095682", "0123", "58855640000038963467657",
        "2b220fae2fec1ad24e951fad269908ef", "2B220FAE", "us-east-1", "us-east-", "eyJhIjoxfQ==", "eyJhIjoxfQ=",
        "qWyt/m53c0wBNuLHkoZNYuEEuuJC", "-12.5e+3", "1.2.3", "aws:kinesis", "a\u{0}b", "é", "caf\u{E9}",
        "tab\there", "2026-01-05T10:00:00.000Z", "orders.v2_x-y", "kafka://broker", "\u{1F432}",
    ]

    @Test func schemaPatternVerdictsAreTheMatchersVerdicts() throws {
        var checked = 0
        for source in try PatternEngineAgreementTests.projectPatterns() {
            let pattern = try ECMAPattern(source)
            let schema = try JSONSchema(compiling: try JSONDocument(parsing: "{\"pattern\": \(Self.quoted(source))}"))
            let properties = try JSONSchema(
                compiling: try JSONDocument(parsing: "{\"patternProperties\": {\(Self.quoted(source)): false}}"))
            for string in Self.strings {
                let expected = pattern.matches(string)
                let plain = try JSONDocument(parsing: Self.quoted(string))
                // Every byte escaped: the validator decodes the string before matching.
                let escaped = try JSONDocument(
                    parsing: "\"" + string.unicodeScalars.map { Self.escape($0) }.joined() + "\"")
                #expect(schema.isValid(plain) == expected, "\(source) on \(string.debugDescription)")
                #expect(schema.isValid(escaped) == expected, "\(source) on escaped \(string.debugDescription)")
                // A member whose name matches is rejected by its `false` schema.
                let member = try JSONDocument(parsing: "{" + Self.quoted(string) + ": 1}")
                #expect(properties.isValid(member) == !expected, "\(source) on member \(string.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    /// A JSON string literal with only the escapes JSON requires (quote, backslash, controls).
    static func quoted(_ string: String) -> String {
        let body = string.unicodeScalars.map { scalar in
            scalar == "\"" || scalar == "\\" || scalar.value < 0x20 ? escape(scalar) : String(scalar)
        }
        return "\"" + body.joined() + "\""
    }

    /// `\uXXXX` (with a surrogate pair above the BMP).
    static func escape(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf16.map { unit in
            let hex = String(unit, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }.joined()
    }
}
