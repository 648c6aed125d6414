import StreamJSON
import Testing

/// Inputs found by `Scripts/fuzz json` (Scripts/Fuzz/Sources/fuzz-json), kept so the bugs stay fixed.
@Suite struct FuzzRegressionTests {
    /// Found by fuzz-json (minimized): a parsed object keeps both members of a repeated key, and such
    /// a value compared unequal to itself, so the writer round trip "changed" it.
    static let repeatedKeyInput = #"{"":[{"ConsumerStatus":"","ConsumerStatus":7}]}"#

    @Test func valueWithRepeatedKeyEqualsItselfAndItsWrittenForm() throws {
        let value = try JSONValue(parsing: Self.repeatedKeyInput)
        #expect(value == value)
        #expect(try JSONValue(parsing: JSONWriter.string(of: value)) == value)
        #expect(Set([value, value]).count == 1)
    }

    @Test func objectsWithRepeatedKeyCompareEveryValueInOrder() throws {
        let first = try JSONValue(parsing: #"{"a":1,"a":2}"#)
        #expect(first == (try JSONValue(parsing: #"{"a":1,"a":2}"#)))
        #expect(first != (try JSONValue(parsing: #"{"a":2,"a":1}"#)))
        #expect(first != (try JSONValue(parsing: #"{"a":3,"a":2}"#)))
        #expect(first != (try JSONValue(parsing: #"{"a":2,"b":1}"#)))
        #expect(try JSONValue(parsing: #"{"a":2,"b":1}"#) != first)
        #expect(try JSONValue(parsing: #"{"b":1,"a":2}"#) == (try JSONValue(parsing: #"{"a":2,"b":1}"#)))
    }

    /// Found by fuzz-codecs (JSON number selector): an exponent of 77 digits overflowed `Int` while
    /// being read (a trap) instead of saturating.
    static let longExponentInput = "5E" + String(repeating: "1", count: 77) + "+1A"

    @Test func longExponentsSaturateInsteadOfTrapping() {
        #expect(JSONNumber(Self.longExponentInput) == nil)
        let huge = JSONNumber("5E" + String(repeating: "1", count: 77))
        #expect(huge != nil)
        #expect(huge?.doubleValue == .infinity)
        #expect(JSONNumber("5e-" + String(repeating: "9", count: 40))?.doubleValue == 0)
    }
}
