import Foundation
import StreamEvents
import StreamJSON
import Testing

@Suite struct AttributeValueTests {
    func decode(_ json: String) throws -> AttributeValue {
        try JSONDecoder().decode(AttributeValue.self, from: Data(json.utf8))
    }

    func encode(_ value: AttributeValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func decodesEveryType() throws {
        #expect(try decode(#"{"S":"x"}"#) == .string("x"))
        #expect(try decode(#"{"N":"12.50"}"#) == .number(DynamoDBNumber(unchecked: "12.50")))
        #expect(try decode(#"{"B":"3q0="}"#) == .binary([0xDE, 0xAD]))
        #expect(try decode(#"{"SS":["b","a"]}"#) == .stringSet(["b", "a"]))
        #expect(try decode(#"{"NS":["1","2"]}"#) == .numberSet([1, 2]))
        #expect(try decode(#"{"BS":["AA==",""]}"#) == .binarySet([[0], []]))
        #expect(try decode(#"{"M":{"a":{"BOOL":true}}}"#) == .map(["a": true]))
        #expect(try decode(#"{"L":[{"NULL":true},{"S":""}]}"#) == .list([nil, ""]))
        #expect(try decode(#"{"NULL":true}"#) == .null)
        #expect(try decode(#"{"BOOL":false}"#) == .bool(false))
    }

    @Test func numberTextIsKeptExactly() throws {
        let value = try decode(#"{"N":"1.50E+2"}"#)
        #expect(try encode(value) == #"{"N":"1.50E+2"}"#)
    }

    @Test func binaryRoundTripsThroughBase64Exactly() throws {
        let bytes = (0...255).map(UInt8.init)
        let value = AttributeValue.binary(bytes)
        let json = try encode(value)
        let wire = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(wire == ["B": Data(bytes).base64EncodedString()])
        #expect(try decode(json) == value)
        #expect(try decode(encode(.binarySet([bytes, []]))) == .binarySet([bytes, []]))
    }

    @Test func severalTypeKeysAreAnErrorNamingTheKeys() {
        #expect {
            try decode(#"{"S":"x","N":"1"}"#)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("found 2: N, S")
        }
    }

    @Test func noTypeKeyIsAnError() {
        #expect {
            try decode("{}")
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("found none")
        }
    }

    @Test func unknownTypeKeyNonCanonicalBinaryAndFalseNullAreErrors() {
        #expect(throws: DecodingError.self) { try decode(#"{"X":"1"}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"B":"YR=="}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"BS":["AA==","===="]}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"NULL":false}"#) }
        #expect(throws: DecodingError.self) { try decode(#""S""#) }
    }

    @Test func invalidNumbersStillDecode() throws {
        let value = try decode(#"{"N":"1E+999"}"#)
        #expect(value.numberValue?.isValid == false)
        #expect(try encode(value) == #"{"N":"1E+999"}"#)
    }

    @Test func mapsKeepTheirOrderAndCompareWithoutIt() throws {
        let map: AttributeMap = ["z": 1, "a": 2]
        #expect(map.names == ["z", "a"])
        #expect(map == ["a": 2, "z": 1])
        #expect(map.hashValue == AttributeMap(["a": 2, "z": 1]).hashValue)
        #expect(map.json.objectValue?.keys == ["z", "a"])
        // Foundation's JSONEncoder does not keep member order; sorted output is deterministic.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(map), as: UTF8.self) == #"{"a":{"N":"2"},"z":{"N":"1"}}"#)
    }

    @Test func jsonConversionKeepsDocumentOrder() throws {
        let json: JSONValue = ["M": ["b": ["N": "1"], "a": ["L": [["S": "x"], ["NULL": true]]]]]
        let value = try AttributeValue(json: json)
        #expect(value.mapValue?.names == ["b", "a"])
        #expect(value.json == json)
        #expect(value.json.objectValue?["M"]?.objectValue?.keys == ["b", "a"])
    }

    @Test func jsonConversionReportsThePath() {
        let json: JSONValue = ["M": ["a": ["L": [["S": "x"], ["S": "y", "N": "1"]]]]]
        #expect {
            try AttributeValue(json: json)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["M", "a", "L", "1"]
        }
    }

    @Test func literalsBuildEveryShape() {
        let value: AttributeValue = ["s": "x", "n": 1, "f": 2.5, "b": true, "l": [nil, "y"]]
        #expect(value["s"] == .string("x"))
        #expect(value["n"]?.numberValue?.text == "1")
        #expect(value["f"]?.numberValue?.text == "2.5")
        #expect(value["b"]?.boolValue == true)
        #expect(value["l"]?[0]?.isNull == true)
        #expect(value["l"]?[5] == nil)
        #expect(value.typeKey == "M")
    }

    /// Random attribute trees survive encode → decode (JSON) and json → value → json.
    @Test func randomValuesRoundTrip() throws {
        var random = TestRandom(seed: 0xA77)
        for iteration in 0..<300 {
            let value = Self.randomValue(&random, depth: 0)
            #expect(try jsonRoundTrip(value) == value, "seed 0xA77 iteration \(iteration)")
            #expect(try AttributeValue(json: value.json) == value, "seed 0xA77 iteration \(iteration)")
            #expect(try AttributeValue(json: value.json).json == value.json, "order, iteration \(iteration)")
        }
    }

    static func randomValue(_ random: inout TestRandom, depth: Int) -> AttributeValue {
        switch random.below(depth > 3 ? 8 : 10) {
        case 0: return .string(random.string())
        case 1: return .number(DynamoDBNumber(unchecked: random.numberText()))
        case 2: return .binary(random.bytes(maxCount: 20))
        case 3: return .stringSet((0...random.below(3)).map { _ in random.string() })
        case 4: return .numberSet((0...random.below(3)).map { _ in DynamoDBNumber(unchecked: random.numberText()) })
        case 5: return .binarySet((0...random.below(3)).map { _ in random.bytes(maxCount: 6) })
        case 6: return .null
        case 7: return .bool(random.bool())
        case 8:
            var map = AttributeMap()
            for _ in 0..<random.below(4) { map[random.string(maxCount: 4)] = randomValue(&random, depth: depth + 1) }
            return .map(map)
        default:
            return .list((0..<random.below(4)).map { _ in randomValue(&random, depth: depth + 1) })
        }
    }
}
