// The KPL aggregated record format (EventContract §A.8): magic, protobuf AggregatedRecord, MD5 of the protobuf.

import Foundation

/// Encodes and decodes KPL aggregated Kinesis records.
///
/// An aggregated record's data is the magic `F3 89 9A C2`, then a protobuf `AggregatedRecord` (tables of
/// partition keys and explicit hash keys, and records that point into them), then the MD5 of the protobuf bytes.
/// Lambda does not de-aggregate: a consumer sees one Kinesis record whose decoded `data` is this blob.
///
/// Decoding never trusts the input: every length is checked against the bytes that remain before it is used,
/// and every problem is a ``KPLError`` naming what was wrong and at which byte.
///
/// ```swift
/// let blob = KPLAggregate.encode([KPLUserRecord(partitionKey: "order-1", data: Data("{}".utf8))])
/// if KPLAggregate.isAggregated(blob) {
///     let records = try KPLAggregate.decode(blob)
/// }
/// ```
public enum KPLAggregate {
    /// The four bytes every aggregated record starts with.
    public static let magic: [UInt8] = [0xF3, 0x89, 0x9A, 0xC2]

    /// Whether the bytes are an aggregated record, by the rule the deaggregation libraries apply.
    ///
    /// True when the data starts with ``magic``, is longer than the magic plus the 16-byte digest, the last 16
    /// bytes are the MD5 of the bytes between, and those bytes are well-formed protobuf. Anything else is a plain
    /// record. An aggregated record can still fail ``decode(_:)`` (an index beyond its table, a missing required
    /// field): it is then a corrupt aggregate, not a plain record.
    ///
    /// - Parameter bytes: A Kinesis record's decoded data.
    /// - Returns: Whether the data is a KPL aggregated record.
    public static func isAggregated(_ bytes: some Collection<UInt8>) -> Bool {
        wireAggregate(of: Array(bytes)) != nil
    }

    /// ``isAggregated(_:)`` and ``decode(_:)`` in one pass, so the digest is computed once.
    ///
    /// - Parameter bytes: A Kinesis record's decoded data.
    /// - Returns: `nil` for a plain record (``isAggregated(_:)`` is false), otherwise what ``decode(_:)`` returns
    ///   or throws for the same bytes.
    package static func decodeIfAggregated(_ bytes: [UInt8]) -> Result<[KPLUserRecord], KPLError>? {
        guard let wire = wireAggregate(of: bytes) else { return nil }
        do throws(KPLError) {
            return .success(userRecords(bytes, try check(bytes, wire: wire)))
        } catch {
            return .failure(error)
        }
    }

    /// The protobuf structure of `bytes` when it is an aggregated record (magic, length, digest and wire format
    /// checked, the test of ``isAggregated(_:)``); `nil` for a plain record.
    private static func wireAggregate(of bytes: [UInt8]) -> WireAggregate? {
        do {
            let body = try protobufBody(of: bytes)
            return try parseWire(bytes, body: body)
        } catch {
            return nil
        }
    }

    /// Decodes the user records of an aggregated record.
    ///
    /// - Parameter bytes: A Kinesis record's decoded data.
    /// - Returns: The user records in order, numbered by `subSequenceNumber` from 0.
    /// - Throws: ``KPLError`` for a missing magic, a digest mismatch, malformed or truncated protobuf, a missing
    ///   required field, an out-of-range table index, or a key that is not UTF-8.
    ///
    /// ```swift
    /// let records = try KPLAggregate.decode(Data(base64Encoded: record.kinesis.data) ?? Data())
    /// ```
    public static func decode(_ bytes: some Collection<UInt8>) throws(KPLError) -> [KPLUserRecord] {
        let array = Array(bytes)
        return userRecords(array, try check(array))
    }

    /// The user records of an aggregate that passed ``check(_:)``.
    private static func userRecords(_ array: [UInt8], _ aggregate: CheckedAggregate) -> [KPLUserRecord] {
        let partitionKeys = aggregate.partitionKeys.map { string(array, $0) }
        let explicitHashKeys = aggregate.explicitHashKeys.map { string(array, $0) }
        return array.withUnsafeBufferPointer { buffer in
            aggregate.records.enumerated().map { position, record in
                KPLUserRecord(
                    partitionKey: partitionKeys[record.partitionKey],
                    explicitHashKey: record.explicitHashKey.map { explicitHashKeys[$0] },
                    data: Data(buffer: UnsafeBufferPointer(rebasing: buffer[record.data])),
                    subSequenceNumber: position)
            }
        }
    }

    /// Checks an aggregated record exactly as ``decode(_:)`` does, without building its user records.
    ///
    /// The contract rules only need to know whether an aggregate is well formed and how many user records it holds:
    /// this runs every check of `decode`, in the same order, so it throws the same error for the same bytes, but
    /// makes no key strings and copies no record data.
    ///
    /// - Parameter bytes: A Kinesis record's decoded data.
    /// - Returns: The number of user records.
    /// - Throws: The ``KPLError`` that ``decode(_:)`` throws for the same bytes.
    ///
    /// ```swift
    /// let userRecords = try KPLAggregate.validate(try Base64.decode(record.kinesis.data))
    /// ```
    package static func validate(_ bytes: [UInt8]) throws(KPLError) -> Int {
        try check(bytes).records.count
    }

    /// ``validate(_:)`` for several aggregates at once, with their digests computed side by side.
    ///
    /// The MD5 of the protobuf body is most of the cost of checking an aggregate, and one message's MD5 is bound by
    /// the latency of its chain of steps: ``MD5/digests(_:)`` hashes independent messages in SIMD lanes, several in
    /// the time of one. A Lambda batch often carries several aggregates; this checks them together, each exactly as
    /// ``validate(_:)`` checks it alone.
    ///
    /// - Parameter aggregates: Kinesis records' decoded data.
    /// - Returns: For each, in order, the number of user records ``validate(_:)`` returns or the error it throws.
    ///
    /// ```swift
    /// let results = KPLAggregate.validateAll([first, second])  // [.success(3), .failure(digest mismatch)]
    /// ```
    package static func validateAll(_ aggregates: [[UInt8]]) -> [Result<Int, KPLError>] {
        // Only data with the magic and room for a digest reaches the digest check: hash just those bodies.
        var hashed: [Int] = []
        var bodies: [ArraySlice<UInt8>] = []
        for (position, bytes) in aggregates.enumerated() {
            guard let body = try? digestedBody(of: bytes) else { continue }
            hashed.append(position)
            bodies.append(bytes[body])
        }
        var digests = [[UInt8]?](repeating: nil, count: aggregates.count)
        for (position, digest) in zip(hashed, MD5.digests(bodies)) { digests[position] = digest }
        return zip(aggregates, digests).map { bytes, digest in
            do throws(KPLError) {
                return .success(try check(bytes, bodyDigest: digest).records.count)
            } catch {
                return .failure(error)
            }
        }
    }

    /// Every check of an aggregate: magic, length, digest, wire format, known fields' wire types, UTF-8 key tables
    /// (partition keys, then explicit hash keys), then each record's required fields and table indexes in order.
    ///
    /// - Parameter bodyDigest: The MD5 of the protobuf body when already computed (``validateAll(_:)``); `nil`
    ///   computes it here.
    private static func check(_ bytes: [UInt8], bodyDigest: [UInt8]? = nil) throws(KPLError) -> CheckedAggregate {
        let body = try protobufBody(of: bytes, digest: bodyDigest)
        return try check(bytes, wire: try parseWire(bytes, body: body))
    }

    /// The checks of ``check(_:)`` after the wire format: the problems `parseWire` noted, key tables, records.
    private static func check(_ bytes: [UInt8], wire aggregate: WireAggregate) throws(KPLError) -> CheckedAggregate {
        if let problem = aggregate.firstProblem { throw problem }
        for entry in aggregate.partitionKeys { try checkUTF8(bytes, entry, table: "partition key") }
        for entry in aggregate.explicitHashKeys { try checkUTF8(bytes, entry, table: "explicit hash key") }

        var records: [CheckedRecord] = []
        records.reserveCapacity(aggregate.records.count)
        for (position, record) in aggregate.records.enumerated() {
            // Only error messages need it: built on demand, not once per record.
            var location: String { "record \(position) (at byte \(record.offset))" }
            guard let partitionKeyIndex = record.partitionKeyIndex else {
                throw KPLError(
                    code: .missingField, offset: record.offset,
                    message: "\(location) has no partition_key_index (field 1), which is required")
            }
            guard let data = record.data else {
                throw KPLError(
                    code: .missingField, offset: record.offset,
                    message: "\(location) has no data (field 3), which is required")
            }
            let partitionKey = try lookUp(
                partitionKeyIndex, in: aggregate.partitionKeys.count, table: "partition key", location: location)
            var explicitHashKey: Int?
            if let explicitHashKeyIndex = record.explicitHashKeyIndex {
                explicitHashKey = try lookUp(
                    explicitHashKeyIndex, in: aggregate.explicitHashKeys.count, table: "explicit hash key",
                    location: location)
            }
            records.append(CheckedRecord(partitionKey: partitionKey, explicitHashKey: explicitHashKey, data: data))
        }
        return CheckedAggregate(
            partitionKeys: aggregate.partitionKeys, explicitHashKeys: aggregate.explicitHashKeys, records: records)
    }

    /// Encodes user records as one aggregated record.
    ///
    /// Partition keys and explicit hash keys go into their tables once each, in order of first use; records keep
    /// their order (their `subSequenceNumber` is ignored). The output matches byte for byte what the Python
    /// `aws_kinesis_agg` aggregator produces for the same records. Put the result in a Kinesis record whose
    /// partition key (and explicit hash key) are those of the first user record, as the KPL does.
    ///
    /// - Parameter records: The user records, in order.
    /// - Returns: The aggregated record's data.
    ///
    /// ```swift
    /// let blob = KPLAggregate.encode(records)
    /// let kinesisData = Data(blob).base64EncodedString()
    /// ```
    public static func encode(_ records: [KPLUserRecord]) -> [UInt8] {
        var partitionKeys = KeyTable()
        var explicitHashKeys = KeyTable()
        let indexes = records.map { record in
            (
                partitionKeys.index(of: record.partitionKey),
                record.explicitHashKey.map { explicitHashKeys.index(of: $0) }
            )
        }

        var writer = ProtobufWriter()
        writer.bytes = magic
        for key in partitionKeys.keys { writer.writeBytesField(Field.partitionKeyTable, key) }
        for key in explicitHashKeys.keys { writer.writeBytesField(Field.explicitHashKeyTable, key) }
        for (record, (partitionKeyIndex, explicitHashKeyIndex)) in zip(records, indexes) {
            let dataCount = UInt64(record.data.count)
            var size = 1 + ProtobufWriter.varintSize(partitionKeyIndex)
            if let explicitHashKeyIndex { size += 1 + ProtobufWriter.varintSize(explicitHashKeyIndex) }
            size += 1 + ProtobufWriter.varintSize(dataCount) + record.data.count
            writer.writeKey(field: Field.records, wireType: .lengthDelimited)
            writer.writeVarint(UInt64(size))
            writer.writeVarintField(Field.partitionKeyIndex, partitionKeyIndex)
            if let explicitHashKeyIndex { writer.writeVarintField(Field.explicitHashKeyIndex, explicitHashKeyIndex) }
            writer.writeBytesField(Field.data, record.data)
        }
        let digest = MD5.digest(writer.bytes[magic.count...])
        writer.bytes.append(contentsOf: digest)
        return writer.bytes
    }

    // MARK: - Decoding machinery

    /// Field numbers of `AggregatedRecord` and `Record`.
    private enum Field {
        static let partitionKeyTable: UInt64 = 1
        static let explicitHashKeyTable: UInt64 = 2
        static let records: UInt64 = 3
        static let partitionKeyIndex: UInt64 = 1
        static let explicitHashKeyIndex: UInt64 = 2
        static let data: UInt64 = 3
    }

    /// A table index as read, with the offset of its field.
    private struct Index {
        var value: UInt64
        var offset: Int
    }

    /// A `Record` message as found on the wire, before its indexes are resolved.
    private struct WireRecord {
        var offset: Int
        var partitionKeyIndex: Index?
        var explicitHashKeyIndex: Index?
        var data: Range<Int>?
    }

    /// An `AggregatedRecord` as found on the wire.
    private struct WireAggregate {
        var partitionKeys: [TableEntry] = []
        var explicitHashKeys: [TableEntry] = []
        var records: [WireRecord] = []
        /// The first known field with an unexpected wire type: well-formed protobuf, but not our message.
        var firstProblem: KPLError?
    }

    /// A key-table entry: where its UTF-8 bytes are.
    private struct TableEntry {
        var range: Range<Int>
        var offset: Int
    }

    /// A record whose required fields are present and whose indexes are within their tables.
    private struct CheckedRecord {
        var partitionKey: Int
        var explicitHashKey: Int?
        var data: Range<Int>
    }

    /// An aggregate that passed every check: key tables of valid UTF-8 and resolved records.
    private struct CheckedAggregate {
        var partitionKeys: [TableEntry]
        var explicitHashKeys: [TableEntry]
        var records: [CheckedRecord]
    }

    /// The range of the protobuf body, after the checks that come before the digest: the magic, then room for a
    /// body and the digest.
    ///
    /// - Throws: ``KPLError`` `badMagic` or `tooShort`, the errors ``protobufBody(of:digest:)`` throws before it
    ///   hashes anything.
    private static func digestedBody(of bytes: [UInt8]) throws(KPLError) -> Range<Int> {
        guard bytes.count >= magic.count, bytes[0..<magic.count].elementsEqual(magic) else {
            let found = bytes.prefix(magic.count).map(hexByte).joined(separator: " ")
            throw KPLError(
                code: .badMagic, offset: 0,
                message: "expected the KPL magic F3 89 9A C2 at byte 0, found "
                    + (found.isEmpty ? "no bytes" : found))
        }
        let minimum = magic.count + MD5.digestSize + 1
        guard bytes.count >= minimum else {
            throw KPLError(
                code: .tooShort, offset: bytes.count,
                message: "expected at least \(minimum) bytes (magic, protobuf, 16-byte MD5), found \(bytes.count)")
        }
        return magic.count..<(bytes.count - MD5.digestSize)
    }

    /// Checks magic, length (``digestedBody(of:)``) and digest; returns the range of the protobuf body.
    ///
    /// - Parameter digest: The MD5 of the body (the bytes between magic and digest) if known, else `nil`.
    private static func protobufBody(of bytes: [UInt8], digest: [UInt8]? = nil) throws(KPLError) -> Range<Int> {
        let body = try digestedBody(of: bytes)
        let expected = bytes[body.upperBound...]
        let actual = digest ?? MD5.digest(bytes[body])
        guard expected.elementsEqual(actual) else {
            throw KPLError(
                code: .digestMismatch, offset: body.upperBound,
                message: "the last 16 bytes (at byte \(body.upperBound)) are \(hexString(expected)), but the MD5 "
                    + "of the \(body.count) protobuf bytes before them is \(hexString(actual))")
        }
        return body
    }

    /// Reads the protobuf structure; throws only for wire-format errors.
    private static func parseWire(_ bytes: [UInt8], body: Range<Int>) throws(KPLError) -> WireAggregate {
        do throws(ProtobufWireError) {
            return try parseAggregate(bytes, body: body)
        } catch {
            let code: KPLError.Code =
                switch error.kind {
                case .truncated: .truncated
                case .malformedVarint: .malformedVarint
                case .malformed: .malformedProtobuf
                }
            throw KPLError(code: code, offset: error.offset, message: error.message)
        }
    }

    /// Reads the `AggregatedRecord` message.
    private static func parseAggregate(
        _ bytes: [UInt8], body: Range<Int>
    ) throws(ProtobufWireError) -> WireAggregate {
        var aggregate = WireAggregate()
        // Room for the tables and records of a typical aggregate up front, instead of growing each array from one
        // element (an entry takes at least two bytes, so a short body gets less).
        let capacity = Swift.min(body.count / 2, initialCapacity)
        aggregate.partitionKeys.reserveCapacity(capacity)
        aggregate.records.reserveCapacity(capacity)
        var reader = ProtobufReader(bytes: bytes, range: body)
        while let key = try reader.readFieldKey() {
            switch (key.number, key.wireType) {
            case (Field.partitionKeyTable, .lengthDelimited):
                let range = try reader.readLengthDelimited(of: key, named: "partition_key_table")
                aggregate.partitionKeys.append(TableEntry(range: range, offset: key.offset))
            case (Field.explicitHashKeyTable, .lengthDelimited):
                let range = try reader.readLengthDelimited(of: key, named: "explicit_hash_key_table")
                aggregate.explicitHashKeys.append(TableEntry(range: range, offset: key.offset))
            case (Field.records, .lengthDelimited):
                let range = try reader.readLengthDelimited(of: key, named: "records")
                aggregate.records.append(
                    try parseRecord(bytes, range: range, offset: key.offset, problem: &aggregate.firstProblem))
            case (Field.partitionKeyTable...Field.records, _):
                noteWrongWireType(key, expected: .lengthDelimited, in: "AggregatedRecord", &aggregate.firstProblem)
                try reader.skipValue(of: key)
            default:
                try reader.skipValue(of: key)
            }
        }
        return aggregate
    }

    /// The number of partition keys and records ``parseAggregate(_:body:)`` makes room for before it reads any.
    private static let initialCapacity = 16

    /// Reads one `Record` message.
    private static func parseRecord(
        _ bytes: [UInt8], range: Range<Int>, offset: Int, problem: inout KPLError?
    ) throws(ProtobufWireError) -> WireRecord {
        var record = WireRecord(offset: offset)
        var reader = ProtobufReader(bytes: bytes, range: range)
        while let key = try reader.readFieldKey() {
            switch (key.number, key.wireType) {
            case (Field.partitionKeyIndex, .varint):
                record.partitionKeyIndex = Index(value: try reader.readVarint(), offset: key.offset)
            case (Field.explicitHashKeyIndex, .varint):
                record.explicitHashKeyIndex = Index(value: try reader.readVarint(), offset: key.offset)
            case (Field.data, .lengthDelimited):
                record.data = try reader.readLengthDelimited(of: key, named: "data")
            case (Field.partitionKeyIndex, _), (Field.explicitHashKeyIndex, _):
                noteWrongWireType(key, expected: .varint, in: "Record", &problem)
                try reader.skipValue(of: key)
            case (Field.data, _):
                noteWrongWireType(key, expected: .lengthDelimited, in: "Record", &problem)
                try reader.skipValue(of: key)
            default:
                try reader.skipValue(of: key)  // tags (field 4) and unknown fields
            }
        }
        return record
    }

    private static func noteWrongWireType(
        _ key: ProtobufFieldKey, expected: ProtobufWireType, in message: String, _ problem: inout KPLError?
    ) {
        guard problem == nil else { return }
        problem = KPLError(
            code: .malformedProtobuf, offset: key.offset,
            message: "field \(key.number) of \(message) at byte \(key.offset) has wire type \(key.wireType.name), "
                + "expected \(expected.name)")
    }

    /// Throws unless a table entry is valid UTF-8.
    private static func checkUTF8(_ bytes: [UInt8], _ entry: TableEntry, table: String) throws(KPLError) {
        // Keys are nearly always ASCII, which is valid UTF-8 as it stands: eight bytes at a time, no decoding.
        // Anything else goes through the Unicode decoder (no overlongs, surrogates or values above U+10FFFF).
        let isASCII = bytes.withUnsafeBufferPointer { isASCIIOnly(UnsafeBufferPointer(rebasing: $0[entry.range])) }
        let slice = bytes[entry.range]
        guard
            isASCII
                || !transcode(
                    slice.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true, into: { _ in })
        else {
            throw KPLError(
                code: .invalidUTF8, offset: entry.offset,
                message: "\(table) table entry at byte \(entry.offset) is not valid UTF-8: "
                    + hexString(slice.prefix(32)) + (slice.count > 32 ? "…" : ""))
        }
    }

    /// A table entry that ``checkUTF8(_:_:table:)`` accepted, as a string.
    private static func string(_ bytes: [UInt8], _ entry: TableEntry) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[entry.range]), as: UTF8.self)
        }
    }

    /// Whether every byte is below 0x80.
    private static func isASCIIOnly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(start)
        var offset = 0
        var high: UInt64 = 0
        while offset &+ 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset &+= 8
        }
        while offset < bytes.count {
            high |= UInt64(start[offset])
            offset &+= 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The position of a table index in a table of `count` entries; throws when it is beyond the end.
    private static func lookUp(
        _ index: Index, in count: Int, table name: String, location: @autoclosure () -> String
    ) throws(KPLError) -> Int {
        guard index.value < UInt64(count) else {
            throw KPLError(
                code: .indexOutOfRange, offset: index.offset,
                message: "\(location()): \(name) index \(index.value) is out of range of the \(name) table of "
                    + "size \(count)")
        }
        return Int(index.value)
    }

    /// Keys in order of first use, with their indexes. Keys are told apart by their UTF-8 bytes, not by
    /// `String` equality, which would merge canonically equivalent but differently encoded keys.
    private struct KeyTable {
        var keys: [[UInt8]] = []
        var indexes: [[UInt8]: UInt64] = [:]

        mutating func index(of key: String) -> UInt64 {
            let bytes = Array(key.utf8)
            // Aggregates hold a handful of distinct keys: a scan beats hashing every byte of every key.
            if keys.count <= Self.scanLimit {
                if let position = keys.firstIndex(of: bytes) { return UInt64(position) }
            } else if let index = indexes[bytes] {
                return index
            }
            let index = UInt64(keys.count)
            keys.append(bytes)
            if keys.count > Self.scanLimit {
                if indexes.isEmpty {
                    for (position, known) in keys.enumerated() { indexes[known] = UInt64(position) }
                } else {
                    indexes[bytes] = index
                }
            }
            return index
        }

        private static let scanLimit = 16
    }
}
