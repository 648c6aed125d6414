public import Foundation

/// Decodes `Decodable` values from JSON bytes with exact numbers and precise error locations.
///
/// Decoding goes through a `JSONDocument`, so `JSONNumber` members get their exact text,
/// `JSONValue` members keep member order, integers are read without passing through `Double`,
/// and every error names the JSON Pointer and line:column of the offending value.
///
/// ```swift
/// let event = try StreamJSONDecoder().decode(KinesisEvent.self, from: bytes)
/// ```
public struct StreamJSONDecoder: Sendable {
    /// Parsing limits applied to the input.
    public var parsingOptions: JSONParsingOptions

    /// Creates a decoder.
    public init(parsingOptions: JSONParsingOptions = .init()) { self.parsingOptions = parsingOptions }

    /// Decodes a value of `type` from UTF-8 JSON bytes.
    ///
    /// - Throws: `JSONSyntaxError` for malformed JSON; `DecodingError` (whose debug description
    ///   includes the line and column) when the JSON does not fit the type.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try decode(type, from: JSONDocument(parsing: bytes, options: parsingOptions).root)
    }

    /// Decodes a value of `type` from JSON `Data`.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decode(type, from: [UInt8](data))
    }

    /// Decodes a value of `type` from JSON text.
    public func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decode(type, from: Array(text.utf8))
    }

    /// Decodes a value of `type` from a value of an already parsed document.
    public func decode<T: Decodable>(_ type: T.Type, from element: JSONElement) throws -> T {
        try StreamDecoder(
            document: element.document, index: element.index, codingPath: [],
            context: DecodingContext(document: element.document)
        ).decodeValue(type)
    }
}

/// What all decoders of one `decode` call share: a line index built only if an error needs one.
///
/// Codable code probes types with `try?` (e.g. "is this a string?"), so errors are created on hot
/// paths and must be cheap: one O(n) index per decode, then O(log n) per error.
final class DecodingContext {
    let document: JSONDocument
    private var index: LineIndex?

    init(document: JSONDocument) { self.document = document }

    func location(of offset: Int) -> TextLocation {
        if let index { return index.location(of: offset) }
        let built = LineIndex(document.bytes)
        index = built
        return built.location(of: offset)
    }
}

struct StreamDecoder: Decoder {
    let document: JSONDocument
    let index: Int
    let codingPath: [any CodingKey]
    let context: DecodingContext
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONNumber.self {
            guard document.kind(index) == .number, let number = document.number(index) as? T else {
                throw mismatch(T.self, expected: "a number")
            }
            return number
        }
        if T.self == JSONValue.self, let value = document.value(index) as? T { return value }
        if T.self == Data.self {
            guard document.kind(index) == .string else { throw mismatch(T.self, expected: "a base64 string") }
            guard let data = Data(base64Encoded: document.string(index)) as? T else {
                throw corrupted("expected a base64 string, found \(quoted())")
            }
            return data
        }
        if T.self == Decimal.self {
            guard document.kind(index) == .number else { throw mismatch(T.self, expected: "a number") }
            guard let decimal = document.number(index).decimalValue as? T else {
                throw corrupted("the number \(document.numberText(index)) does not fit in Decimal (38 digits)")
            }
            return decimal
        }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard document.kind(index) == .object else { throw mismatch([String: String].self, expected: "an object") }
        return KeyedDecodingContainer(StreamKeyedDecoder<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard document.kind(index) == .array else { throw mismatch([String].self, expected: "an array") }
        return StreamUnkeyedDecoder(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { StreamSingleValueDecoder(decoder: self) }

    // MARK: Errors

    var whereText: String {
        let location = context.location(of: document.offset(index))
        let pointer = JSONPointer(
            tokens: codingPath.map { key in
                key.intValue.map(JSONPointer.Token.index) ?? .member(key.stringValue)
            }
        ).description
        return "at \(pointer.isEmpty ? "the root" : pointer) (\(location.line):\(location.column))"
    }

    func found() -> String {
        switch document.kind(index) {
        case .null: "null"
        case .true: "true"
        case .false: "false"
        case .number: "the number \(document.numberText(index))"
        case .string: "the string \(quoted())"
        case .array: "an array"
        case .object: "an object"
        }
    }

    func quoted() -> String {
        let text = document.string(index)
        return "\"" + (text.count > 60 ? String(text.prefix(60)) + "…" : text) + "\""
    }

    func mismatch(_ type: Any.Type, expected: String) -> DecodingError {
        if document.kind(index) == .null {
            return DecodingError.valueNotFound(
                type, .init(codingPath: codingPath, debugDescription: "expected \(expected), found null \(whereText)"))
        }
        return DecodingError.typeMismatch(
            type, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(found()) \(whereText)")
        )
    }

    func corrupted(_ message: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(message) \(whereText)"))
    }

    // MARK: Scalars

    func decodeBool() throws -> Bool {
        switch document.kind(index) {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, expected: "true or false")
        }
    }

    func decodeString() throws -> String {
        guard document.kind(index) == .string else { throw mismatch(String.self, expected: "a string") }
        return document.string(index)
    }

    func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        guard document.kind(index) == .number else { throw mismatch(type, expected: "an integer") }
        let number = document.number(index)
        if I.isSigned, let value = number.int64Value, let fitted = I(exactly: value) { return fitted }
        if !I.isSigned, let value = number.uint64Value, let fitted = I(exactly: value) { return fitted }
        if !number.isInteger {
            throw corrupted("expected an integer, found the number \(number.text)")
        }
        throw corrupted("the number \(number.text) does not fit in \(I.self) (\(I.min)…\(I.max))")
    }

    func decodeDouble() throws -> Double {
        guard document.kind(index) == .number else { throw mismatch(Double.self, expected: "a number") }
        let value = document.number(index).doubleValue
        guard value.isFinite else {
            throw corrupted("the number \(document.numberText(index)) is beyond the range of Double")
        }
        return value
    }
}

struct StreamKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: StreamDecoder
    /// Name → value index, built only for large objects.
    private let table: [String: Int]?

    init(decoder: StreamDecoder) {
        self.decoder = decoder
        let document = decoder.document
        if document.childCount(decoder.index) > 12 {
            var table: [String: Int] = [:]
            var child = decoder.index + 1
            while child < document.next(decoder.index) {
                table[document.string(child)] = child + 1
                child = document.next(child + 1)
            }
            self.table = table
        } else {
            self.table = nil
        }
    }

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        let document = decoder.document
        var keys: [Key] = []
        var child = decoder.index + 1
        while child < document.next(decoder.index) {
            if let key = Key(stringValue: document.string(child)) { keys.append(key) }
            child = document.next(child + 1)
        }
        return keys
    }

    private func valueIndex(_ key: Key) -> Int? {
        if let table { return table[key.stringValue] }
        return decoder.document.member(decoder.index, named: key.stringValue)
    }

    func contains(_ key: Key) -> Bool { valueIndex(key) != nil }

    private func child(_ key: Key) throws -> StreamDecoder {
        guard let index = valueIndex(key) else {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: codingPath,
                    debugDescription: "missing required member \"\(key.stringValue)\" \(decoder.whereText)"))
        }
        return StreamDecoder(
            document: decoder.document, index: index, codingPath: codingPath + [key], context: decoder.context)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let index = valueIndex(key) else { return true }
        return decoder.document.kind(index) == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decodeBool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decodeString() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decodeDouble() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try child(key).decodeDouble()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decodeInteger(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decodeInteger(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decodeInteger(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decodeInteger(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decodeInteger(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decodeInteger(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decodeInteger(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decodeInteger(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decodeInteger(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decodeInteger(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeValue(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let index = decoder.document.member(decoder.index, named: "super") else { return decoder }
        return StreamDecoder(
            document: decoder.document, index: index, codingPath: codingPath + [AnyCodingKey("super")],
            context: decoder.context)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

struct StreamUnkeyedDecoder: UnkeyedDecodingContainer {
    let decoder: StreamDecoder
    private(set) var currentIndex = 0
    private var position: Int
    let count: Int?

    init(decoder: StreamDecoder) {
        self.decoder = decoder
        self.position = decoder.index + 1
        self.count = decoder.document.childCount(decoder.index)
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    private mutating func nextDecoder() throws -> StreamDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self,
                .init(
                    codingPath: codingPath + [AnyCodingKey(intValue: currentIndex)],
                    debugDescription: "the array has only \(count ?? 0) elements \(decoder.whereText)"))
        }
        let element = StreamDecoder(
            document: decoder.document, index: position,
            codingPath: codingPath + [AnyCodingKey(intValue: currentIndex)],
            context: decoder.context)
        position = decoder.document.next(position)
        currentIndex += 1
        return element
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.document.kind(position) == .null else { return false }
        _ = try nextDecoder()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try nextDecoder().decodeBool() }
    mutating func decode(_ type: String.Type) throws -> String { try nextDecoder().decodeString() }
    mutating func decode(_ type: Double.Type) throws -> Double { try nextDecoder().decodeDouble() }
    mutating func decode(_ type: Int.Type) throws -> Int { try nextDecoder().decodeInteger(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try nextDecoder().decodeInteger(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try nextDecoder().decodeInteger(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try nextDecoder().decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
        NestedKey
    > {
        try nextDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try nextDecoder() }
}

struct StreamSingleValueDecoder: SingleValueDecodingContainer {
    let decoder: StreamDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.document.kind(decoder.index) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool() }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeString() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeDouble() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.decodeDouble()) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInteger(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.decodeInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.decodeInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.decodeInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.decodeInteger(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.decodeInteger(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
}
