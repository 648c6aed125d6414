import Foundation
import StreamJSON

/// The `Decoder` behind `DynamoDBItemDecoder`.
final class ItemDecoding: Decoder {
    struct Options {
        var floatingPointStrategy: DynamoDBItemDecoder.FloatingPointDecodingStrategy
        var dateStrategy: DynamoDBItemDecoder.DateDecodingStrategy
        var userInfo: [CodingUserInfoKey: Any]
    }

    let value: AttributeValue
    let options: Options
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    init(value: AttributeValue, options: Options, codingPath: [any CodingKey]) {
        self.value = value
        self.options = options
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .map(let map) = value else {
            throw mismatch([String: AttributeValue].self, expected: "M", found: value, codingPath)
        }
        return KeyedDecodingContainer(ItemKeyedDecodingContainer<Key>(decoding: self, map: map, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let elements: [AttributeValue]
        switch value {
        case .list(let list): elements = list
        case .stringSet(let strings): elements = strings.map(AttributeValue.string)
        case .numberSet(let numbers): elements = numbers.map(AttributeValue.number)
        case .binarySet(let sets): elements = sets.map(AttributeValue.binary)
        default: throw mismatch([AttributeValue].self, expected: "L, SS, NS or BS", found: value, codingPath)
        }
        return ItemUnkeyedDecodingContainer(decoding: self, elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ItemSingleValueDecodingContainer(decoding: self)
    }

    // MARK: Errors

    /// `N "12"` / `S "text"` / `M` …: a short rendering of what was found.
    static func describe(_ value: AttributeValue) -> String {
        switch value {
        case .string(let text): "S \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .number(let number): "N \"\(number.text)\""
        case .bool(let flag): "BOOL \(flag)"
        case .null: "NULL"
        default: value.typeKey
        }
    }

    func mismatch(_ type: Any.Type, expected: String, found: AttributeValue, _ codingPath: [any CodingKey])
        -> DecodingError
    {
        if found.isNull {
            return .valueNotFound(
                type,
                .init(
                    codingPath: codingPath,
                    debugDescription:
                        "\(ItemCodingPath.describe(codingPath)): expected \(expected) for \(type), found NULL"))
        }
        return .typeMismatch(
            type,
            .init(
                codingPath: codingPath,
                debugDescription:
                    "\(ItemCodingPath.describe(codingPath)): expected \(expected) for \(type), found \(Self.describe(found))"
            ))
    }

    func corrupted(_ codingPath: [any CodingKey], _ reason: String) -> DecodingError {
        .dataCorrupted(
            .init(codingPath: codingPath, debugDescription: "\(ItemCodingPath.describe(codingPath)): \(reason)"))
    }

    // MARK: Unboxing

    func number(_ value: AttributeValue, for type: Any.Type, _ codingPath: [any CodingKey]) throws -> DynamoDBNumber {
        guard case .number(let number) = value else { throw mismatch(type, expected: "N", found: value, codingPath) }
        guard number.numericValue != nil else {
            throw corrupted(codingPath, "N \"\(number.text)\" is not a number, so \(type) cannot hold it")
        }
        return number
    }

    func integer<T: FixedWidthInteger>(_ value: AttributeValue, as type: T.Type, _ codingPath: [any CodingKey]) throws
        -> T
    {
        let number = try number(value, for: type, codingPath)
        if let result = number.exactly(type) { return result }
        if !number.isInteger {
            throw corrupted(codingPath, "N \"\(number.text)\" is not a whole number, so \(type) cannot hold it")
        }
        throw corrupted(codingPath, "N \"\(number.text)\" is outside the range of \(type) (\(T.min) ... \(T.max))")
    }

    func double(_ value: AttributeValue, _ codingPath: [any CodingKey]) throws -> Double {
        let number = try number(value, for: Double.self, codingPath)
        if let exact = number.exactDouble { return exact }
        if options.floatingPointStrategy == .nearest, let nearest = number.nearestDouble { return nearest }
        let nearest = number.nearestDouble.map { ", the nearest Double is \($0)" } ?? ""
        throw corrupted(
            codingPath,
            "N \"\(number.text)\" cannot be held exactly by Double\(nearest); "
                + "decode it as Decimal or DynamoDBNumber, or use floatingPointDecodingStrategy .nearest")
    }

    func float(_ value: AttributeValue, _ codingPath: [any CodingKey]) throws -> Float {
        let number = try number(value, for: Float.self, codingPath)
        if let exact = number.exactFloat { return exact }
        if options.floatingPointStrategy == .nearest, let nearest = number.nearestDouble.map(Float.init),
            nearest.isFinite
        {
            return nearest
        }
        throw corrupted(
            codingPath,
            "N \"\(number.text)\" cannot be held exactly by Float; "
                + "decode it as Double, Decimal or DynamoDBNumber, or use floatingPointDecodingStrategy .nearest")
    }

    func string(_ value: AttributeValue, _ codingPath: [any CodingKey]) throws -> String {
        guard case .string(let text) = value else {
            throw mismatch(String.self, expected: "S", found: value, codingPath)
        }
        return text
    }

    func bool(_ value: AttributeValue, _ codingPath: [any CodingKey]) throws -> Bool {
        guard case .bool(let flag) = value else {
            throw mismatch(Bool.self, expected: "BOOL", found: value, codingPath)
        }
        return flag
    }

    func bytes(_ value: AttributeValue, for type: Any.Type, _ codingPath: [any CodingKey]) throws -> [UInt8] {
        guard case .binary(let bytes) = value else { throw mismatch(type, expected: "B", found: value, codingPath) }
        return bytes
    }

    func date(_ value: AttributeValue, _ codingPath: [any CodingKey]) throws -> Date {
        switch options.dateStrategy {
        case .epochSeconds, .epochMilliseconds:
            let number = try number(value, for: Date.self, codingPath)
            guard let seconds = number.nearestDouble else {
                throw corrupted(codingPath, "N \"\(number.text)\" is out of range for Date")
            }
            return Date(timeIntervalSince1970: options.dateStrategy == .epochSeconds ? seconds : seconds / 1000)
        case .iso8601:
            let text = try string(value, codingPath)
            guard let seconds = RFC3339.parse(text) else {
                throw corrupted(
                    codingPath, "S \"\(text)\" is not an ISO-8601 timestamp such as 2024-01-02T00:00:00.000Z")
            }
            return Date(timeIntervalSince1970: seconds)
        }
    }

    func cast<T>(_ value: Any, _ codingPath: [any CodingKey]) throws -> T {
        guard let result = value as? T else {
            throw corrupted(codingPath, "internal error: could not produce \(T.self)")
        }
        return result
    }

    /// Decodes any value at `codingPath`, handling the types DynamoDB stores natively.
    func unbox<T: Decodable>(_ value: AttributeValue, as type: T.Type, codingPath: [any CodingKey]) throws -> T {
        if type == AttributeValue.self { return try cast(value, codingPath) }
        if type == AttributeMap.self {
            guard case .map(let map) = value else { throw mismatch(type, expected: "M", found: value, codingPath) }
            return try cast(map, codingPath)
        }
        if type == DynamoDBNumber.self { return try cast(try number(value, for: type, codingPath), codingPath) }
        if type == Data.self { return try cast(Data(try bytes(value, for: type, codingPath)), codingPath) }
        if type == [UInt8].self, case .binary(let bytes) = value { return try cast(bytes, codingPath) }
        if type == Date.self { return try cast(try date(value, codingPath), codingPath) }
        if type == URL.self {
            let text = try string(value, codingPath)
            guard let url = URL(string: text) else { throw corrupted(codingPath, "S \"\(text)\" is not a URL") }
            return try cast(url, codingPath)
        }
        if type == Decimal.self {
            let number = try number(value, for: type, codingPath)
            guard let decimal = number.exactDecimal else {
                throw corrupted(
                    codingPath, "N \"\(number.text)\" cannot be held exactly by Decimal; decode it as DynamoDBNumber")
            }
            return try cast(decimal, codingPath)
        }
        return try T(from: ItemDecoding(value: value, options: options, codingPath: codingPath))
    }
}

struct ItemKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoding: ItemDecoding
    let map: AttributeMap
    let codingPath: [any CodingKey]
    let index: [String: AttributeValue]

    init(decoding: ItemDecoding, map: AttributeMap, codingPath: [any CodingKey]) {
        self.decoding = decoding
        self.map = map
        self.codingPath = codingPath
        self.index = map.dictionary
    }

    var allKeys: [Key] { map.names.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { index[key.stringValue] != nil }

    func value(_ key: Key) throws -> AttributeValue {
        guard let value = index[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: codingPath,
                    debugDescription: "\(ItemCodingPath.describe(codingPath + [key])): attribute is missing"))
        }
        return value
    }

    func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key).isNull }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoding.bool(value(key), path(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoding.string(value(key), path(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoding.double(value(key), path(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoding.float(value(key), path(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(key) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    func decode(_ type: Int128.Type, forKey key: Key) throws -> Int128 { try integer(key) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    func decode(_ type: UInt128.Type, forKey key: Key) throws -> UInt128 { try integer(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoding.unbox(value(key), as: type, codingPath: path(key))
    }

    func integer<T: FixedWidthInteger>(_ key: Key) throws -> T {
        try decoding.integer(value(key), as: T.self, path(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try ItemDecoding(value: value(key), options: decoding.options, codingPath: path(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ItemDecoding(value: value(key), options: decoding.options, codingPath: path(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        let key = ItemCodingKey.superKey
        return ItemDecoding(
            value: index[key.stringValue] ?? .null, options: decoding.options, codingPath: codingPath + [key])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ItemDecoding(value: index[key.stringValue] ?? .null, options: decoding.options, codingPath: path(key))
    }
}

struct ItemUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoding: ItemDecoding
    let elements: [AttributeValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(decoding: ItemDecoding, elements: [AttributeValue], codingPath: [any CodingKey]) {
        self.decoding = decoding
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    var currentPath: [any CodingKey] { codingPath + [ItemCodingKey(intValue: currentIndex)] }

    mutating func next<T>(_ read: (AttributeValue, [any CodingKey]) throws -> T) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                T.self,
                .init(
                    codingPath: currentPath,
                    debugDescription: "\(ItemCodingPath.describe(codingPath)): list has only \(elements.count) elements"
                ))
        }
        let result = try read(elements[currentIndex], currentPath)
        currentIndex += 1
        return result
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(decoding.bool) }
    mutating func decode(_ type: String.Type) throws -> String { try next(decoding.string) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(decoding.double) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(decoding.float) }
    mutating func decode(_ type: Int.Type) throws -> Int { try integer() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func decode(_ type: Int128.Type) throws -> Int128 { try integer() }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func decode(_ type: UInt128.Type) throws -> UInt128 { try integer() }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let decoding = self.decoding
        return try next { try decoding.unbox($0, as: type, codingPath: $1) }
    }

    mutating func integer<T: FixedWidthInteger>() throws -> T {
        let decoding = self.decoding
        return try next { try decoding.integer($0, as: T.self, $1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let options = decoding.options
        return try next { try ItemDecoding(value: $0, options: options, codingPath: $1).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let options = decoding.options
        return try next { try ItemDecoding(value: $0, options: options, codingPath: $1).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        let options = decoding.options
        return try next { ItemDecoding(value: $0, options: options, codingPath: $1) }
    }
}

struct ItemSingleValueDecodingContainer: SingleValueDecodingContainer {
    let decoding: ItemDecoding

    var codingPath: [any CodingKey] { decoding.codingPath }
    var value: AttributeValue { decoding.value }

    func decodeNil() -> Bool { value.isNull }

    func decode(_ type: Bool.Type) throws -> Bool { try decoding.bool(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try decoding.string(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try decoding.double(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try decoding.float(value, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoding.integer(value, as: type, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoding.integer(value, as: type, codingPath) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    func decode(_ type: Int128.Type) throws -> Int128 { try decoding.integer(value, as: type, codingPath) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    func decode(_ type: UInt128.Type) throws -> UInt128 { try decoding.integer(value, as: type, codingPath) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoding.unbox(value, as: type, codingPath: codingPath)
    }
}
