// libFuzzer target: DynamoDB attribute values and the item decoder.
//
// The input is JSON: an item (`{"pk": {"S": "…"}}`), or a DynamoDB Streams event whose images are
// taken out. Each item is read as an `AttributeMap` (member-order path and `Codable` path, which
// must agree), written back and re-read, sized, and decoded with `DynamoDBItemDecoder` into nested
// `Codable` types; what decodes must encode with `DynamoDBItemEncoder` and decode to the same value.

import Foundation
import FuzzSupport
import StreamEvents
import StreamJSON

enum Currency: String, Codable, Equatable {
    case usd = "USD"
    case eur = "EUR"
    case gbp = "GBP"
    case jpy = "JPY"
}
enum Priority: Int, Codable, Equatable {
    case low = 0
    case normal = 1
    case high = 2
}

struct Address: Codable, Equatable {
    var city: String?
    var country: String?
    var postalCode: String?
    var street: String?
    var unit: String?
}

struct Line: Codable, Equatable {
    var sku: String
    var qty: Int
    var price: Decimal?
}

/// Every kind of field the decoder handles, all optional except `pk`, so generated images decode.
struct Order: Codable, Equatable {
    var pk: String
    var sk: String?
    var currency: Currency?
    var priority: Priority?
    var retries: Int?
    var expiresAt: Int64?
    var small: Int8?
    var byte: UInt8?
    var big: UInt64?
    var total: Decimal?
    var ratio: Double?
    var weight: Float?
    var paid: Bool?
    var blob: Data?
    var raw: [UInt8]?
    var id: UUID?
    var link: URL?
    var tags: Set<String>?
    var scores: Set<Int>?
    var counts: [String: Int]?
    var shippingAddress: Address?
    var lines: [Line]?
    var notes: [String]?
    var nested: [[String: Address]]?
}

/// A value of any type, tried in turn: exercises every single-value and nested container path.
indirect enum Loose: Decodable {
    case null
    case bool(Bool)
    case int(Int64)
    case decimal(Decimal)
    case double(Double)
    case string(String)
    case data(Data)
    case list([Loose])
    case map([String: Loose])

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyKey.self) {
            var map: [String: Loose] = [:]
            for key in container.allKeys { map[key.stringValue] = try container.decode(Loose.self, forKey: key) }
            self = .map(map)
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var list: [Loose] = []
            while !container.isAtEnd { list.append(try container.decode(Loose.self)) }
            self = .list(list)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Int64.self) {
            self = .int(value)
        } else if let value = try? single.decode(Decimal.self) {
            self = .decimal(value)
        } else if let value = try? single.decode(Double.self) {
            self = .double(value)
        } else if let value = try? single.decode(String.self) {
            self = .string(value)
        } else {
            self = .data(try single.decode(Data.self))
        }
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// Dates decode through the date strategies (not compared after a round trip: seconds as `Double`
/// are not exact).
struct Timed: Decodable {
    var expiresAt: Date?
    var createdAt: Date?
    var sk: Date?
}

func decodeAll(_ map: AttributeMap, selector: Int) {
    let decoder = DynamoDBItemDecoder(
        floatingPointDecodingStrategy: selector & 1 == 0 ? .exact : .nearest,
        dateDecodingStrategy: [.epochSeconds, .epochMilliseconds, .iso8601][(selector >> 1) % 3])
    _ = try? decoder.decode(Timed.self, from: map)
    _ = try? decoder.decode([String: Loose].self, from: map)
    _ = try? decoder.decode(Loose.self, from: map)
    for member in map { _ = try? decoder.decode(Loose.self, fromAttribute: member.value) }
    do {
        let order = try decoder.decode(Order.self, from: map)
        let encoded = try DynamoDBItemEncoder().encode(order)
        let again = try decoder.decode(Order.self, from: encoded)
        require(again == order, "Order changes over encode and decode")
    } catch {
        _ = String(describing: error)
    }
}

func check(_ json: JSONValue, selector: Int) {
    guard case .object = json else {
        _ = try? AttributeValue(json: json)
        return
    }
    guard let map = try? AttributeMap(json: json) else { return }
    let written = JSONWriter.bytes(of: map.json)
    do {
        let reread = try AttributeMap(json: JSONValue(parsing: written))
        require(reread == map, "AttributeMap changes over write and read")
        let viaCodable = try StreamJSONDecoder().decode(AttributeMap.self, from: written)
        require(viaCodable == map, "the Codable path reads a different AttributeMap")
    } catch {
        require(false, "an AttributeMap's own JSON does not read back: \(error)")
    }
    _ = DynamoDBItemSize.size(of: map)
    decodeAll(map, selector: selector)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? JSONDocument(parsing: bytes) else { return 0 }
    let selector = Int(bytes.last ?? 0)
    _ = try? StreamJSONDecoder().decode(AttributeMap.self, from: bytes)
    if let records = document.root["Records"]?.elements {
        _ = try? StreamJSONDecoder().decode(DynamoDBEvent.self, from: bytes)
        for record in records {
            guard let stream = record["dynamodb"] else { continue }
            for name in ["Keys", "NewImage", "OldImage"] {
                if let image = stream[name] { check(image.value, selector: selector) }
            }
        }
    } else {
        check(document.root.value, selector: selector)
    }
    return 0
}

/// The program's entry point (SwiftPM aliases `main` to it): libFuzzer with `fuzz` as the target.
@_cdecl("fuzz_item_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
