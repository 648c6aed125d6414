import Foundation
import StreamEvents
import Testing

@Suite struct DynamoDBItemCoderTests {
    struct Line: Codable, Equatable {
        var sku: String
        var qty: Int
        var note: String?
    }

    struct Order: Codable, Equatable {
        var id: String
        var attachment: Data
        var checksum: [UInt8]
        var tags: Set<String>
        var scores: Set<Int>
        var blobs: Set<Data>
        var quantities: [Int]
        var lines: [Line]
        var coupon: String?
        var discount: Decimal?
        var total: Decimal
        var weight: Double
        var ratio: Float
        var paid: Bool
        var createdAt: Date
        var metadata: [String: String]
        var small: UInt8
        var big: UInt64
        var negative: Int64
        var website: URL?
        var maybeList: [Int?]
    }

    static let order = Order(
        id: "order#1", attachment: Data([0x00, 0xFF, 0x10]), checksum: [0xDE, 0xAD], tags: ["vip", "new"],
        scores: [3, 1, 2], blobs: [Data([1]), Data([0])], quantities: [1, 2, 3],
        lines: [Line(sku: "a", qty: 1, note: nil), Line(sku: "b", qty: 2, note: "gift")], coupon: nil,
        discount: Decimal(string: "0.15"), total: Decimal(string: "12345678901234567890.12345") ?? 0, weight: 0.1,
        ratio: 0.25, paid: true, createdAt: Date(timeIntervalSince1970: 1_704_153_600.5),
        metadata: ["b": "2", "a": "1"],
        small: 255, big: .max, negative: .min, website: URL(string: "https://example.com/a?b=c"),
        maybeList: [1, nil, 3])

    @Test func nestedTypeSurvivesEncodeThenDecode() throws {
        let item = try DynamoDBItemEncoder().encode(Self.order)
        let decoded = try DynamoDBItemDecoder().decode(Order.self, from: item)
        #expect(decoded == Self.order)
    }

    @Test func survivesTheWireToo() throws {
        // Item → JSON (as it would appear in a stream record) → item → value.
        let item = try DynamoDBItemEncoder().encode(Self.order)
        let wire = try JSONEncoder().encode(item)
        let decoded = try DynamoDBItemDecoder().decode(
            Order.self, from: JSONDecoder().decode(AttributeMap.self, from: wire))
        #expect(decoded == Self.order)
    }

    @Test func mapsEachSwiftTypeToItsDynamoDBType() throws {
        let item = try DynamoDBItemEncoder().encode(Self.order)
        #expect(item["id"] == .string("order#1"))
        #expect(item["attachment"] == .binary([0x00, 0xFF, 0x10]))
        #expect(item["checksum"] == .binary([0xDE, 0xAD]))
        #expect(item["tags"] == .stringSet(["new", "vip"]))
        #expect(item["scores"] == .numberSet([1, 2, 3]))
        #expect(item["blobs"] == .binarySet([[0], [1]]))
        #expect(item["quantities"] == [1, 2, 3])
        #expect(item["lines"]?[0] == ["sku": "a", "qty": 1])
        #expect(item["coupon"] == nil)
        #expect(item["total"]?.numberValue?.text == "12345678901234567890.12345")
        #expect(item["weight"]?.numberValue?.text == "0.1")
        #expect(item["ratio"]?.numberValue?.text == "0.25")
        #expect(item["paid"] == .bool(true))
        #expect(item["createdAt"]?.numberValue?.text == "1704153600.5")
        #expect(item["metadata"]?.mapValue?.names == ["a", "b"])
        #expect(item["big"]?.numberValue?.text == "18446744073709551615")
        #expect(item["negative"]?.numberValue?.text == "-9223372036854775808")
        #expect(item["website"] == .string("https://example.com/a?b=c"))
        #expect(item["maybeList"] == [1, nil, 3])
        #expect(item.names.prefix(3) == ["id", "attachment", "checksum"])
    }

    @Test func nilStrategyNullWritesNull() throws {
        let encoder = DynamoDBItemEncoder(nilEncodingStrategy: .null)
        let item = try encoder.encode(Line(sku: "a", qty: 1, note: nil))
        #expect(item == ["sku": "a", "qty": 1, "note": nil])
        #expect(try DynamoDBItemDecoder().decode(Line.self, from: item) == Line(sku: "a", qty: 1, note: nil))
    }

    @Test func dateStrategies() throws {
        struct Stamp: Codable, Equatable { var at: Date }
        let stamp = Stamp(at: Date(timeIntervalSince1970: 1_704_153_600.123))
        let iso = try DynamoDBItemEncoder(dateEncodingStrategy: .iso8601).encode(stamp)
        #expect(iso["at"] == "2024-01-02T00:00:00.123Z")
        #expect(try DynamoDBItemDecoder(dateDecodingStrategy: .iso8601).decode(Stamp.self, from: iso) == stamp)
        let millis = try DynamoDBItemEncoder(dateEncodingStrategy: .epochMilliseconds).encode(
            Stamp(at: Date(timeIntervalSince1970: 1_704_153_600)))
        #expect(millis["at"]?.numberValue?.text == "1704153600000")
        #expect(
            try DynamoDBItemDecoder(dateDecodingStrategy: .epochMilliseconds).decode(Stamp.self, from: millis).at
                == Date(timeIntervalSince1970: 1_704_153_600))
    }

    @Test func emptySetsBecomeEmptyListsAndComeBack() throws {
        struct Tags: Codable, Equatable {
            var tags: Set<String>
            var numbers: Set<Int>
            var blobs: Set<Data>
        }
        let value = Tags(tags: [], numbers: [], blobs: [])
        let item = try DynamoDBItemEncoder().encode(value)
        #expect(item == ["tags": [], "numbers": [], "blobs": []])
        #expect(try DynamoDBItemDecoder().decode(Tags.self, from: item) == value)
    }

    @Test func emptyIntArrayIsAListNotBinary() throws {
        struct Numbers: Codable, Equatable {
            var values: [Int]
            var strings: [String]
        }
        let item = try DynamoDBItemEncoder().encode(Numbers(values: [], strings: []))
        #expect(item == ["values": [], "strings": []])
    }

    @Test func streamImageDecodesIntoUserType() throws {
        struct Row: Decodable, Equatable {
            var pk: String
            var total: Decimal
            var tags: Set<String>
        }
        let event = try JSONDecoder().decode(
            DynamoDBEvent.self, from: SampleFiles.data("contracts-B11-dynamodb-minimal"))
        let row = try DynamoDBItemDecoder().decode(Row.self, from: event.records[0].dynamodb.newImage ?? [:])
        #expect(row == Row(pk: "order#1", total: Decimal(string: "12.5") ?? 0, tags: ["a", "b"]))
    }

    // MARK: Numbers that do not fit throw with the attribute path

    struct Qty: Decodable { var qty: Int }
    struct Item: Decodable { var items: [Qty] }
    struct Wrapper: Decodable { var order: Item }

    func item(qty: AttributeValue) -> AttributeMap {
        ["order": ["items": [["qty": 1], ["qty": 2], ["qty": qty]]]]
    }

    func expectPathError<T: Decodable>(
        _ type: T.Type, from item: AttributeMap, mentioning fragments: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sourceLocation: sourceLocation) {
            try DynamoDBItemDecoder().decode(type, from: item)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return fragments.allSatisfy { context.debugDescription.contains($0) }
        }
    }

    @Test func fractionIntoIntThrowsWithPath() {
        expectPathError(
            Wrapper.self, from: item(qty: .number("1.5")), mentioning: ["order.items[2].qty", "\"1.5\"", "Int"])
    }

    @Test func outOfRangeIntegersThrowWithPath() {
        struct Small: Decodable { var v: UInt8 }
        struct Signed: Decodable { var v: Int8 }
        struct Unsigned: Decodable { var v: UInt }
        struct Wide: Decodable { var v: Int64 }
        expectPathError(Small.self, from: ["v": 300], mentioning: ["v", "\"300\"", "UInt8", "0 ... 255"])
        expectPathError(Signed.self, from: ["v": -129], mentioning: ["v", "\"-129\"", "Int8"])
        expectPathError(Unsigned.self, from: ["v": -1], mentioning: ["v", "\"-1\"", "UInt"])
        expectPathError(
            Wide.self, from: ["v": .number("9223372036854775808")], mentioning: ["\"9223372036854775808\"", "Int64"])
    }

    @Test func precisionLossIntoFloatingPointThrowsUnlessNearestIsChosen() throws {
        struct Measure: Decodable { var v: Double }
        struct Small: Decodable { var v: Float }
        let digits38: AttributeMap = ["v": .number("12345678901234567890123456789012345678")]
        expectPathError(
            Measure.self, from: digits38, mentioning: ["v:", "12345678901234567890123456789012345678", "Double"])
        expectPathError(Small.self, from: ["v": .number("0.123456789")], mentioning: ["\"0.123456789\"", "Float"])
        let nearest = try DynamoDBItemDecoder(floatingPointDecodingStrategy: .nearest).decode(
            Measure.self, from: digits38)
        #expect(nearest.v == 1.2345678901234568e37)
        #expect(
            try DynamoDBItemDecoder().decode(Measure.self, from: ["v": .number("1.578648338E9")]).v == 1_578_648_338)
    }

    @Test func decimalThatCannotHoldTheValueThrows() {
        struct Money: Decodable { var v: Decimal }
        expectPathError(Money.self, from: ["v": .number("1E-130")], mentioning: ["v", "1E-130", "Decimal"])
    }

    @Test func typeMismatchNamesPathAndFoundValue() {
        struct Named: Decodable { var name: String }
        #expect {
            try DynamoDBItemDecoder().decode(Named.self, from: ["name": 12])
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.debugDescription == "name: expected S for String, found N \"12\""
        }
        #expect {
            try DynamoDBItemDecoder().decode(Named.self, from: ["other": "x"])
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "name"
        }
        #expect {
            try DynamoDBItemDecoder().decode(Named.self, from: ["name": nil])
        } throws: { error in
            guard case DecodingError.valueNotFound = error else { return false }
            return true
        }
    }

    @Test func unstorableNumbersAreEncodingErrorsWithPath() {
        struct Measure: Encodable { var v: Double }
        struct Nested: Encodable { var inner: [Measure] }
        #expect {
            try DynamoDBItemEncoder().encode(Nested(inner: [Measure(v: 1), Measure(v: .nan)]))
        } throws: { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return false }
            return context.debugDescription.hasPrefix("inner[1].v:")
        }
        #expect {
            try DynamoDBItemEncoder().encode(Measure(v: 1e300))
        } throws: { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return false }
            return context.debugDescription.contains("too large")
        }
    }

    @Test func topLevelMustBeAMap() {
        #expect(throws: EncodingError.self) { try DynamoDBItemEncoder().encode([1, 2]) }
        #expect(throws: EncodingError.self) { try DynamoDBItemEncoder().encode("text") }
    }

    @Test func singleAttributesEncodeAndDecode() throws {
        #expect(try DynamoDBItemEncoder().encodeAttribute([1, 2]) == [1, 2])
        #expect(try DynamoDBItemEncoder().encodeAttribute(Optional<Int>.none) == .null)
        #expect(try DynamoDBItemDecoder().decode([String].self, fromAttribute: .stringSet(["a", "b"])) == ["a", "b"])
        #expect(try DynamoDBItemDecoder().decode(Int?.self, fromAttribute: .null) == nil)
    }

    @Test func attributeValuesAndNumbersPassThrough() throws {
        struct Raw: Codable, Equatable {
            var any: AttributeValue
            var exact: DynamoDBNumber
            var map: AttributeMap
        }
        let raw = Raw(any: ["x": .binary([1])], exact: DynamoDBNumber(unchecked: "1.50"), map: ["k": true])
        let item = try DynamoDBItemEncoder().encode(raw)
        #expect(item["any"] == ["x": .binary([1])])
        #expect(item["exact"]?.numberValue?.text == "1.50")
        #expect(try DynamoDBItemDecoder().decode(Raw.self, from: item) == raw)
    }

    @Test func dictionaryOutputIsDeterministic() throws {
        let dictionary = Dictionary(uniqueKeysWithValues: (0..<50).map { ("key\($0)", $0) })
        let item = try DynamoDBItemEncoder().encode(dictionary)
        #expect(item.names == item.names.sorted())
        #expect(try DynamoDBItemDecoder().decode([String: Int].self, from: item) == dictionary)
    }

    @Test func classHierarchiesUseSuperEncoders() throws {
        class Base: Codable {
            var id: String
            init(id: String) { self.id = id }
        }
        final class Derived: Base {
            var extra: Int
            init(id: String, extra: Int) {
                self.extra = extra
                super.init(id: id)
            }
            enum CodingKeys: String, CodingKey { case extra }
            required init(from decoder: any Decoder) throws {
                extra = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .extra)
                try super.init(from: decoder.container(keyedBy: CodingKeys.self).superDecoder())
            }
            override func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(extra, forKey: .extra)
                try super.encode(to: container.superEncoder())
            }
        }
        let item = try DynamoDBItemEncoder().encode(Derived(id: "x", extra: 2))
        #expect(item == ["extra": 2, "super": ["id": "x"]])
        let back = try DynamoDBItemDecoder().decode(Derived.self, from: item)
        #expect(back.id == "x" && back.extra == 2)
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    @Test func wideIntegersAreExact() throws {
        struct Wide: Codable, Equatable {
            var big: UInt128
            var small: Int128
        }
        let value = Wide(big: .max, small: .min)
        let item = try DynamoDBItemEncoder().encode(Wide(big: 10_000_000_000_000_000_000_000, small: -12_345))
        #expect(item["big"]?.numberValue?.text == "10000000000000000000000")
        #expect(try DynamoDBItemDecoder().decode(Wide.self, from: item).big == 10_000_000_000_000_000_000_000)
        // 39 significant digits: more than DynamoDB stores, so encoding refuses.
        #expect(throws: EncodingError.self) { try DynamoDBItemEncoder().encode(value) }
    }

    /// Random records of numbers survive encode → decode for every Swift numeric type.
    @Test func randomNumericValuesRoundTrip() throws {
        struct Numbers: Codable, Equatable {
            var i: Int
            var i8: Int8
            var i16: Int16
            var i32: Int32
            var i64: Int64
            var u: UInt
            var u8: UInt8
            var u16: UInt16
            var u32: UInt32
            var u64: UInt64
            var f: Float
            var d: Double
            var decimal: Decimal
        }
        var random = TestRandom(seed: 0x17E)
        for iteration in 0..<300 {
            let bits = random.next()
            let numbers = Numbers(
                i: Int(truncatingIfNeeded: bits), i8: Int8(truncatingIfNeeded: bits),
                i16: Int16(truncatingIfNeeded: bits),
                i32: Int32(truncatingIfNeeded: bits), i64: Int64(truncatingIfNeeded: random.next()),
                u: UInt(truncatingIfNeeded: bits), u8: UInt8(truncatingIfNeeded: bits),
                u16: UInt16(truncatingIfNeeded: bits),
                u32: UInt32(truncatingIfNeeded: bits), u64: random.next(),
                f: Float(Int32(truncatingIfNeeded: bits)) / 1024,
                d: Double(bitPattern: 0x3FF0_0000_0000_0000 | (random.next() >> 12)) * (random.bool() ? 1e-100 : 1e100),
                decimal: Decimal(string: "\(random.below(1_000_000)).\(random.below(1000))") ?? 0)
            let item = try DynamoDBItemEncoder().encode(numbers)
            #expect(
                try DynamoDBItemDecoder().decode(Numbers.self, from: item) == numbers,
                "seed 0x17E iteration \(iteration)")
        }
    }
}
