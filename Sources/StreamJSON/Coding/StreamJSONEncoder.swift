public import Foundation

/// Encodes `Encodable` values straight to JSON bytes, deterministically and fast.
///
/// Unlike Foundation's `JSONEncoder` it builds no intermediate tree: bytes are written as
/// `encode(to:)` runs, members in the order the type encodes them (for synthesized `Codable`,
/// the order of `CodingKeys`). `JSONNumber` and `JSONValue` are written verbatim, so exact
/// number text and member order survive. Output never escapes `/` and is the same on every
/// platform, which is what byte-stable fixtures need.
///
/// ```swift
/// let bytes = try StreamJSONEncoder().encode(event)
/// let pretty = try StreamJSONEncoder(style: .pretty).encode(event)
/// ```
public struct StreamJSONEncoder: Sendable {
    /// Layout of the output; `.compact` by default.
    public var style: JSONWriter.Style

    /// Creates an encoder.
    public init(style: JSONWriter.Style = .compact) { self.style = style }

    /// Encodes `value` to UTF-8 JSON bytes.
    ///
    /// - Throws: `EncodingError.invalidValue` for non-finite floating-point numbers.
    public func encode(_ value: some Encodable) throws -> [UInt8] {
        let sink = EncodingSink()
        try sink.encodeRoot(value)
        let bytes = sink.out.bytes
        if style.indent > 0 || style.sortsKeys {
            let document = try JSONDocument(parsing: bytes)
            return JSONWriter.bytes(of: document.root.value, style: style)
        }
        return bytes
    }

    /// Encodes `value` to JSON text.
    public func encodeToString(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }

    /// Encodes `value` to `Data`.
    public func encodeToData(_ value: some Encodable) throws -> Data { Data(try encode(value)) }
}

/// The byte writer and open-container stack shared by all containers of one encoding.
///
/// Containers are closed lazily: when control returns to a parent, anything its child opened
/// is closed, so `encode(to:)` implementations need no explicit end call.
final class EncodingSink {
    /// The output, written through the one low-level writer (escaping, number text, base64).
    var out = JSONByteWriter(capacity: 1024)
    /// Open containers as (depth, closing byte, element count).
    var open: [(depth: Int, closer: UInt8, count: Int)] = []

    func encodeRoot(_ value: some Encodable) throws {
        try encodeValue(value, depth: 0, codingPath: [])
        closeContainers(deeperThan: -1)
    }

    func closeContainers(deeperThan depth: Int) {
        while let last = open.last, last.depth > depth {
            out.append(last.closer)
            open.removeLast()
        }
    }

    /// Writes the separator before a new element of the container at `depth`.
    func beginElement(depth: Int) {
        closeContainers(deeperThan: depth)
        guard let last = open.indices.last, open[last].depth == depth else { return }
        if open[last].count > 0 { out.append(UInt8(ascii: ",")) }
        open[last].count += 1
    }

    func encodeValue(_ value: some Encodable, depth: Int, codingPath: [any CodingKey]) throws {
        let before = out.count
        if try writeSpecial(value, codingPath: codingPath) { return }
        let encoder = StreamEncoder(sink: self, depth: depth, codingPath: codingPath)
        try value.encode(to: encoder)
        closeContainers(deeperThan: depth - 1)
        if out.count == before { out.raw("{}") }
    }

    /// Writes values whose JSON form is not their `Codable` form; `true` when handled.
    func writeSpecial<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> Bool {
        // Metatype comparisons first: they cost a pointer compare, a dynamic cast much more.
        if T.self == JSONNumber.self, let number = value as? JSONNumber {
            out.append(contentsOf: number.text.utf8)
        } else if T.self == JSONValue.self, let json = value as? JSONValue {
            out.appendValue(json)
        } else if T.self == Data.self, let data = value as? Data {
            data.withUnsafeBytes { out.appendBase64String($0) }
        } else if T.self == Decimal.self, let decimal = value as? Decimal {
            guard decimal.isFinite else { throw nonFinite(decimal, codingPath) }
            out.append(contentsOf: decimal.description.utf8)
        } else {
            return false
        }
        return true
    }

    func open(_ opener: UInt8, closer: UInt8, depth: Int) -> Bool {
        if let last = open.last, last.depth == depth { return last.closer == closer }
        out.append(opener)
        open.append((depth, closer, 0))
        return true
    }

    func writeKey(_ key: String, depth: Int) {
        beginElement(depth: depth)
        out.appendString(key.utf8)
        out.append(UInt8(ascii: ":"))
    }

    func writeDouble(_ value: Double, codingPath: [any CodingKey]) throws {
        guard let number = JSONNumber(value) else { throw nonFinite(value, codingPath) }
        out.append(contentsOf: number.text.utf8)
    }

    func writeInteger(_ value: some BinaryInteger) {
        if let small = Int64(exactly: value) {
            out.rawInteger(small)
        } else {
            out.append(contentsOf: String(value).utf8)
        }
    }

    func nonFinite(_ value: Any, _ codingPath: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(
            value,
            .init(codingPath: codingPath, debugDescription: "JSON cannot represent the non-finite number \(value)"))
    }
}

struct StreamEncoder: Encoder {
    let sink: EncodingSink
    let depth: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        _ = sink.open(UInt8(ascii: "{"), closer: UInt8(ascii: "}"), depth: depth)
        return KeyedEncodingContainer(StreamKeyedEncoder<Key>(sink: sink, depth: depth, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        _ = sink.open(UInt8(ascii: "["), closer: UInt8(ascii: "]"), depth: depth)
        return StreamUnkeyedEncoder(sink: sink, depth: depth, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamSingleValueEncoder(sink: sink, depth: depth, codingPath: codingPath)
    }
}

struct StreamKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: EncodingSink
    let depth: Int
    let codingPath: [any CodingKey]

    private func key(_ key: Key) { sink.writeKey(key.stringValue, depth: depth) }

    mutating func encodeNil(forKey key: Key) throws {
        self.key(key)
        sink.out.raw("null")
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        self.key(key)
        sink.out.raw(value ? "true" : "false")
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        self.key(key)
        sink.out.appendString(value.utf8)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        self.key(key)
        try sink.writeDouble(value, codingPath: codingPath + [key])
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        self.key(key)
        guard value.isFinite, let number = JSONNumber(value.description) else {
            throw sink.nonFinite(value, codingPath + [key])
        }
        sink.out.append(contentsOf: number.text.utf8)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        self.key(key)
        sink.writeInteger(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try sink.encodeValue(value, depth: depth + 1, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        self.key(key)
        return StreamEncoder(sink: sink, depth: depth + 1, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        self.key(key)
        return StreamEncoder(sink: sink, depth: depth + 1, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        sink.writeKey("super", depth: depth)
        return StreamEncoder(sink: sink, depth: depth + 1, codingPath: codingPath + [AnyCodingKey("super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        self.key(key)
        return StreamEncoder(sink: sink, depth: depth + 1, codingPath: codingPath + [key])
    }
}

struct StreamUnkeyedEncoder: UnkeyedEncodingContainer {
    let sink: EncodingSink
    let depth: Int
    let codingPath: [any CodingKey]
    var count: Int { sink.open.last(where: { $0.depth == depth })?.count ?? 0 }

    private func element() { sink.beginElement(depth: depth) }
    private var elementPath: [any CodingKey] { codingPath + [AnyCodingKey(intValue: count)] }

    mutating func encodeNil() throws {
        element()
        sink.out.raw("null")
    }
    mutating func encode(_ value: Bool) throws {
        element()
        sink.out.raw(value ? "true" : "false")
    }
    mutating func encode(_ value: String) throws {
        element()
        sink.out.appendString(value.utf8)
    }
    mutating func encode(_ value: Double) throws {
        let path = elementPath
        element()
        try sink.writeDouble(value, codingPath: path)
    }
    mutating func encode(_ value: Int) throws {
        element()
        sink.writeInteger(value)
    }
    mutating func encode(_ value: Int64) throws {
        element()
        sink.writeInteger(value)
    }
    mutating func encode(_ value: UInt64) throws {
        element()
        sink.writeInteger(value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = elementPath
        element()
        try sink.encodeValue(value, depth: depth + 1, codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let path = elementPath
        element()
        return StreamEncoder(sink: sink, depth: depth + 1, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = elementPath
        element()
        return StreamEncoder(sink: sink, depth: depth + 1, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = elementPath
        element()
        return StreamEncoder(sink: sink, depth: depth + 1, codingPath: path)
    }
}

struct StreamSingleValueEncoder: SingleValueEncodingContainer {
    let sink: EncodingSink
    let depth: Int
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { sink.out.raw("null") }
    mutating func encode(_ value: Bool) throws { sink.out.raw(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { sink.out.appendString(value.utf8) }
    mutating func encode(_ value: Double) throws { try sink.writeDouble(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws {
        guard value.isFinite, let number = JSONNumber(value.description) else {
            throw sink.nonFinite(value, codingPath)
        }
        sink.out.append(contentsOf: number.text.utf8)
    }
    mutating func encode(_ value: Int) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { sink.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try sink.encodeValue(value, depth: depth, codingPath: codingPath)
    }
}
