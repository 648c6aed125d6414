import Foundation
import StreamJSON

/// The `Encoder` behind `DynamoDBItemEncoder`: builds a tree of nodes, resolved into an
/// `AttributeValue` once every container (super encoders included) has been written.
final class ItemEncoding: Encoder {
    struct Options {
        var nilStrategy: DynamoDBItemEncoder.NilEncodingStrategy
        var dateStrategy: DynamoDBItemEncoder.DateEncodingStrategy
        var userInfo: [CodingUserInfoKey: Any]
    }

    /// A map under construction.
    final class MapNode {
        var names: [String] = []
        var nodes: [String: Node] = [:]
        var sortByName = false

        func set(_ name: String, _ node: Node) {
            if nodes.updateValue(node, forKey: name) == nil { names.append(name) }
        }
    }

    /// A list under construction.
    final class ListNode {
        var nodes: [Node] = []
    }

    /// A value that may still be under construction.
    enum Node {
        case value(AttributeValue)
        case map(MapNode)
        case list(ListNode)
        case encoder(ItemEncoding)

        func resolve() throws -> AttributeValue {
            switch self {
            case .value(let value):
                return value
            case .map(let map):
                let names = map.sortByName ? map.names.sorted() : map.names
                var members: [AttributeMap.Member] = []
                members.reserveCapacity(names.count)
                for name in names {
                    if let node = map.nodes[name] {
                        members.append(AttributeMap.Member(name: name, value: try node.resolve()))
                    }
                }
                return .map(AttributeMap(members))
            case .list(let list):
                return .list(try list.nodes.map { try $0.resolve() })
            case .encoder(let encoder):
                return try (encoder.storage ?? .map(MapNode())).resolve()
            }
        }
    }

    let options: Options
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }
    /// What this encoder produced; `nil` until a container writes.
    var storage: Node?
    /// Set when the value being encoded is a dictionary: its map gets sorted.
    var sortsKeys = false

    init(options: Options, codingPath: [any CodingKey]) {
        self.options = options
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let map: MapNode
        if case .map(let existing) = storage {
            map = existing
        } else {
            map = MapNode()
            map.sortByName = sortsKeys
            storage = .map(map)
        }
        return KeyedEncodingContainer(ItemKeyedEncodingContainer<Key>(encoding: self, map: map, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list: ListNode
        if case .list(let existing) = storage {
            list = existing
        } else {
            list = ListNode()
            storage = .list(list)
        }
        return ItemUnkeyedEncodingContainer(encoding: self, list: list, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ItemSingleValueEncodingContainer(encoding: self)
    }

    // MARK: Boxing

    func fail(_ value: Any, _ codingPath: [any CodingKey], _ reason: String) -> EncodingError {
        .invalidValue(
            value, .init(codingPath: codingPath, debugDescription: "\(ItemCodingPath.describe(codingPath)): \(reason)"))
    }

    /// A checked `N`.
    func number(_ number: DynamoDBNumber?, of value: Any, _ codingPath: [any CodingKey]) throws -> AttributeValue {
        guard let number else {
            throw fail(value, codingPath, "\(value) cannot be stored: DynamoDB numbers are finite")
        }
        do throws(DynamoDBNumberError) {
            try number.validate()
        } catch {
            throw fail(value, codingPath, error.description)
        }
        return .number(number)
    }

    func boxDate(_ date: Date, _ codingPath: [any CodingKey]) throws -> AttributeValue {
        let seconds = date.timeIntervalSince1970
        switch options.dateStrategy {
        case .epochSeconds:
            return try number(DynamoDBNumber(seconds), of: date, codingPath)
        case .epochMilliseconds:
            return try number(DynamoDBNumber(seconds * 1000), of: date, codingPath)
        case .iso8601:
            return .string(RFC3339.format(seconds, fractionDigits: 3))
        }
    }

    /// Encodes any value at `codingPath`, handling the types DynamoDB stores natively.
    func box<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> Node {
        // Collections are matched by exact type: a cast would also turn an empty `[Int]` into `[UInt8]`.
        if T.self == [UInt8].self, let bytes = value as? [UInt8] { return .value(.binary(bytes)) }
        if T.self == Set<String>.self, let strings = value as? Set<String> {
            return .value(strings.isEmpty ? .list([]) : .stringSet(strings.sorted()))
        }
        switch value {
        case let attribute as AttributeValue: return .value(attribute)
        case let map as AttributeMap: return .value(.map(map))
        case let number as DynamoDBNumber: return .value(try self.number(number, of: number, codingPath))
        case let data as Data: return .value(.binary([UInt8](data)))
        case let date as Date: return .value(try boxDate(date, codingPath))
        case let decimal as Decimal: return .value(try self.number(DynamoDBNumber(decimal), of: decimal, codingPath))
        case let url as URL: return .value(.string(url.absoluteString))
        case let numbers as any NumberSetEncodable:
            var checked: [DynamoDBNumber] = []
            for (index, entry) in numbers.numbers.enumerated() {
                let path = codingPath + [ItemCodingKey(intValue: index)]
                if case .number(let valid) = try self.number(entry.number, of: entry.element, path) {
                    checked.append(valid)
                }
            }
            if checked.isEmpty { return .value(.list([])) }
            checked.sort { ($0.numericValue ?? .zero).compare($1.numericValue ?? .zero) < 0 }
            return .value(.numberSet(checked))
        case let binaries as any BinarySetEncodable:
            let sets = binaries.byteStrings
            return .value(sets.isEmpty ? .list([]) : .binarySet(sets.sorted { $0.lexicographicallyPrecedes($1) }))
        default:
            let child = ItemEncoding(options: options, codingPath: codingPath)
            child.sortsKeys = value is any UnorderedKeyedCollection
            try value.encode(to: child)
            return .encoder(child)
        }
    }
}

struct ItemKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: ItemEncoding
    let map: ItemEncoding.MapNode
    let codingPath: [any CodingKey]

    func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    mutating func encodeNil(forKey key: Key) throws {
        if encoding.options.nilStrategy == .null { map.set(key.stringValue, .value(.null)) }
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { map.set(key.stringValue, .value(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { map.set(key.stringValue, .value(.string(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodeNumber(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodeNumber(value, key) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128, forKey key: Key) throws {
        map.set(key.stringValue, .value(try encoding.number(DynamoDBNumber(value), of: value, path(key))))
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128, forKey key: Key) throws {
        map.set(key.stringValue, .value(try encoding.number(DynamoDBNumber(value), of: value, path(key))))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        map.set(key.stringValue, try encoding.box(value, codingPath: path(key)))
    }

    mutating func encodeNumber(_ value: some DynamoDBNumberRepresentable, _ key: Key) throws {
        map.set(key.stringValue, .value(try encoding.number(value.dynamoDBNumber, of: value, path(key))))
    }

    // `encodeIfPresent` would skip `nil` silently; route it through `encodeNil` so the
    // `.null` strategy applies to synthesized `Encodable` conformances too.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try present(value, key) }

    mutating func present<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = ItemEncoding.MapNode()
        map.set(key.stringValue, .map(nested))
        return KeyedEncodingContainer(
            ItemKeyedEncodingContainer<NestedKey>(encoding: encoding, map: nested, codingPath: path(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ItemEncoding.ListNode()
        map.set(key.stringValue, .list(nested))
        return ItemUnkeyedEncodingContainer(encoding: encoding, list: nested, codingPath: path(key))
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: ItemCodingKey.superKey) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = ItemEncoding(options: encoding.options, codingPath: codingPath + [key])
        map.set(key.stringValue, .encoder(child))
        return child
    }
}

struct ItemUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let encoding: ItemEncoding
    let list: ItemEncoding.ListNode
    let codingPath: [any CodingKey]

    var count: Int { list.nodes.count }

    var nextPath: [any CodingKey] { codingPath + [ItemCodingKey(intValue: list.nodes.count)] }

    mutating func encodeNil() throws { list.nodes.append(.value(.null)) }
    mutating func encode(_ value: Bool) throws { list.nodes.append(.value(.bool(value))) }
    mutating func encode(_ value: String) throws { list.nodes.append(.value(.string(value))) }
    mutating func encode(_ value: Double) throws { try encodeNumber(value) }
    mutating func encode(_ value: Float) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int8) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int16) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int32) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int64) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt8) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt16) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt32) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt64) throws { try encodeNumber(value) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) throws {
        list.nodes.append(.value(try encoding.number(DynamoDBNumber(value), of: value, nextPath)))
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) throws {
        list.nodes.append(.value(try encoding.number(DynamoDBNumber(value), of: value, nextPath)))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        list.nodes.append(try encoding.box(value, codingPath: nextPath))
    }

    mutating func encodeNumber(_ value: some DynamoDBNumberRepresentable) throws {
        list.nodes.append(.value(try encoding.number(value.dynamoDBNumber, of: value, nextPath)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let path = nextPath
        let nested = ItemEncoding.MapNode()
        list.nodes.append(.map(nested))
        return KeyedEncodingContainer(
            ItemKeyedEncodingContainer<NestedKey>(encoding: encoding, map: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let nested = ItemEncoding.ListNode()
        list.nodes.append(.list(nested))
        return ItemUnkeyedEncodingContainer(encoding: encoding, list: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let child = ItemEncoding(options: encoding.options, codingPath: nextPath)
        list.nodes.append(.encoder(child))
        return child
    }
}

struct ItemSingleValueEncodingContainer: SingleValueEncodingContainer {
    let encoding: ItemEncoding

    var codingPath: [any CodingKey] { encoding.codingPath }

    mutating func set(_ value: AttributeValue) { encoding.storage = .value(value) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { try encodeNumber(value) }
    mutating func encode(_ value: Float) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int8) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int16) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int32) throws { try encodeNumber(value) }
    mutating func encode(_ value: Int64) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt8) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt16) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt32) throws { try encodeNumber(value) }
    mutating func encode(_ value: UInt64) throws { try encodeNumber(value) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) throws {
        set(try encoding.number(DynamoDBNumber(value), of: value, codingPath))
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) throws {
        set(try encoding.number(DynamoDBNumber(value), of: value, codingPath))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoding.storage = try encoding.box(value, codingPath: codingPath)
    }

    mutating func encodeNumber(_ value: some DynamoDBNumberRepresentable) throws {
        set(try encoding.number(value.dynamoDBNumber, of: value, codingPath))
    }
}
