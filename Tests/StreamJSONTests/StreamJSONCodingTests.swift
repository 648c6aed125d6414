import Foundation
import StreamJSON
import Testing

@Suite struct StreamJSONCodingTests {
    struct Inner: Codable, Hashable {
        var name: String
        var tags: [String]
        var score: Double?
    }

    struct Outer: Codable, Hashable {
        var id: Int64
        var inner: Inner
        var matrix: [[Int]]
        var flags: [String: Bool]
        var blob: Data
        var exact: JSONNumber
        var state: JSONValue
        var missing: String?
    }

    static let sample = Outer(
        id: -42, inner: Inner(name: "a\"/é", tags: ["x", ""], score: 0.1), matrix: [[1, 2], [], [3]],
        flags: ["on": true], blob: Data([0, 1, 254, 255]),
        exact: JSONNumber("49647888802629322072519528340475047711767296381468803122") ?? JSONNumber(0),
        state: ["z": 1, "a": [nil, 2.5]], missing: nil)

    @Test func encodesMembersInCodingKeyOrderWithoutNilsOrSlashEscapes() throws {
        let text = try StreamJSONEncoder().encodeToString(Self.sample)
        #expect(
            text == #"{"id":-42,"inner":{"name":"a\"/é","tags":["x",""],"score":0.1},"matrix":[[1,2],[],[3]],"#
                + #""flags":{"on":true},"blob":"AAH+/w==","exact":49647888802629322072519528340475047711767296381468803122,"#
                + #""state":{"z":1,"a":[null,2.5]}}"#)
    }

    @Test func roundTripsThroughOurDecoderExactly() throws {
        let bytes = try StreamJSONEncoder().encode(Self.sample)
        let decoded = try StreamJSONDecoder().decode(Outer.self, from: bytes)
        #expect(decoded == Self.sample)
        #expect(decoded.exact.text == Self.sample.exact.text)
        #expect(decoded.state.objectValue?.keys == ["z", "a"])
        #expect(try StreamJSONEncoder().encode(decoded) == bytes)
    }

    @Test func agreesWithFoundationOnEqualValues() throws {
        let ours = try StreamJSONEncoder().encode(Self.sample.inner)
        let foundation = try JSONDecoder().decode(Inner.self, from: Data(ours))
        #expect(foundation == Self.sample.inner)
    }

    @Test func prettyStyleIndentsTheSameValue() throws {
        let text = try StreamJSONEncoder(style: .pretty).encodeToString(Self.sample.inner)
        #expect(text.hasPrefix("{\n  \"name\": "))
        #expect(try StreamJSONDecoder().decode(Inner.self, from: text) == Self.sample.inner)
    }

    @Test func refusesNonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try StreamJSONEncoder().encode([Double.infinity]) }
        #expect(throws: EncodingError.self) { try StreamJSONEncoder().encode(Inner(name: "", tags: [], score: .nan)) }
    }

    @Test func typeErrorsNameThePointerAndLineColumn() throws {
        let text = """
            {"name": "n",
             "tags": ["a", 7]}
            """
        do {
            _ = try StreamJSONDecoder().decode(Inner.self, from: text)
            Issue.record("expected an error")
        } catch let DecodingError.typeMismatch(_, context) {
            #expect(context.debugDescription == "expected a string, found the number 7 at /tags/1 (2:16)")
        }
    }

    @Test func integersThatDoNotFitAreErrorsNotTruncations() throws {
        struct Small: Codable { var value: UInt8 }
        #expect(throws: DecodingError.self) { try StreamJSONDecoder().decode(Small.self, from: #"{"value": 300}"#) }
        #expect(throws: DecodingError.self) { try StreamJSONDecoder().decode(Small.self, from: #"{"value": 1.5}"#) }
        #expect(try StreamJSONDecoder().decode(Small.self, from: #"{"value": 2.0e2}"#).value == 200)
    }

    @Test func missingMembersAreNamed() throws {
        do {
            _ = try StreamJSONDecoder().decode(Inner.self, from: #"{"tags": []}"#)
            Issue.record("expected an error")
        } catch let DecodingError.keyNotFound(key, context) {
            #expect(key.stringValue == "name")
            #expect(context.debugDescription.contains("missing required member \"name\""))
        }
    }

    @Test func largeObjectsDecodeAsDictionaries() throws {
        let dictionary = Dictionary(uniqueKeysWithValues: (0..<50).map { ("k\($0)", $0) })
        let bytes = try StreamJSONEncoder(style: .init(sortsKeys: true)).encode(dictionary)
        #expect(try StreamJSONDecoder().decode([String: Int].self, from: bytes) == dictionary)
    }
}
