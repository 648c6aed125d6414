// Just enough of the protobuf wire format for the KPL aggregated record: varints and length-delimited fields,
// read from untrusted bytes without trapping and without allocating from an unchecked length.

/// The protobuf wire types (the low three bits of a field key).
package enum ProtobufWireType: UInt8, Sendable {
    case varint = 0
    case fixed64 = 1
    case lengthDelimited = 2
    case startGroup = 3
    case endGroup = 4
    case fixed32 = 5

    /// A readable name for messages.
    package var name: String {
        switch self {
        case .varint: "varint"
        case .fixed64: "64-bit"
        case .lengthDelimited: "length-delimited"
        case .startGroup: "start-group"
        case .endGroup: "end-group"
        case .fixed32: "32-bit"
        }
    }
}

/// Why a protobuf byte sequence is not well formed, and where.
package struct ProtobufWireError: Error, Hashable, Sendable {
    package enum Kind: Hashable, Sendable {
        /// The input ended inside a varint, a fixed-width value or a length-delimited field.
        case truncated
        /// A varint longer than 10 bytes, or whose 10th byte carries bits beyond 64.
        case malformedVarint
        /// Anything else: wire type 6 or 7, field number 0, an unmatched end-group.
        case malformed
    }

    package var kind: Kind
    /// Byte offset of the problem, counted in the buffer the reader was given.
    package var offset: Int
    package var message: String
}

/// A field key read from the wire.
package struct ProtobufFieldKey: Hashable, Sendable {
    package var number: UInt64
    package var wireType: ProtobufWireType
    /// Offset of the key's first byte.
    package var offset: Int
}

/// Reads protobuf fields from a byte array, within the range `position..<end`.
///
/// Every read checks the bytes left first; lengths are compared with what remains before anything is sliced.
package struct ProtobufReader {
    package let bytes: [UInt8]
    package private(set) var position: Int
    package let end: Int

    /// A reader over `range` of `bytes` (clamped to the array).
    package init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        let lower = Swift.min(Swift.max(range.lowerBound, 0), bytes.count)
        position = lower
        end = Swift.min(Swift.max(range.upperBound, lower), bytes.count)
    }

    package var isAtEnd: Bool { position >= end }

    /// Reads a base-128 varint of at most 10 bytes whose value fits in 64 bits.
    package mutating func readVarint() throws(ProtobufWireError) -> UInt64 {
        let start = position
        var value: UInt64 = 0
        for index in 0..<10 {
            guard position < end else {
                throw ProtobufWireError(
                    kind: .truncated, offset: start,
                    message: "varint at byte \(start) is truncated: input ends after \(index) byte(s)")
            }
            let byte = bytes[position]
            position += 1
            if index == 9, byte > 1 {
                throw ProtobufWireError(
                    kind: .malformedVarint, offset: start,
                    message: "varint at byte \(start) overflows 64 bits (10th byte is \(hexByte(byte)))")
            }
            value |= UInt64(byte & 0x7F) << (7 * UInt64(index))
            if byte & 0x80 == 0 { return value }
        }
        throw ProtobufWireError(
            kind: .malformedVarint, offset: start, message: "varint at byte \(start) is longer than 10 bytes")
    }

    /// Reads a field key; `nil` at the end of the range.
    package mutating func readFieldKey() throws(ProtobufWireError) -> ProtobufFieldKey? {
        guard !isAtEnd else { return nil }
        let start = position
        let key = try readVarint()
        let number = key >> 3
        guard let wireType = ProtobufWireType(rawValue: UInt8(key & 7)) else {
            throw ProtobufWireError(
                kind: .malformed, offset: start,
                message: "field key at byte \(start) has invalid wire type \(key & 7) (field \(number))")
        }
        guard number != 0 else {
            throw ProtobufWireError(
                kind: .malformed, offset: start, message: "field key at byte \(start) has field number 0")
        }
        return ProtobufFieldKey(number: number, wireType: wireType, offset: start)
    }

    /// Reads the length prefix of a length-delimited field and returns the range of its payload.
    ///
    /// - Parameter field: The field's key, for messages.
    package mutating func readLengthDelimited(
        of field: ProtobufFieldKey, named name: String
    ) throws(ProtobufWireError) -> Range<Int> {
        let lengthOffset = position
        let length = try readVarint()
        let available = end - position
        guard length <= UInt64(available) else {
            throw ProtobufWireError(
                kind: .truncated, offset: lengthOffset,
                message: "field \(field.number) (\(name)) at byte \(field.offset) is truncated: it declares "
                    + "\(length) bytes but only \(available) remain")
        }
        let payload = position..<(position + Int(length))
        position = payload.upperBound
        return payload
    }

    /// Skips the value of a field of any wire type, including (nested) groups.
    package mutating func skipValue(of field: ProtobufFieldKey) throws(ProtobufWireError) {
        switch field.wireType {
        case .varint:
            _ = try readVarint()
        case .fixed64:
            try skipFixed(8, of: field)
        case .fixed32:
            try skipFixed(4, of: field)
        case .lengthDelimited:
            _ = try readLengthDelimited(of: field, named: "unknown")
        case .endGroup:
            throw ProtobufWireError(
                kind: .malformed, offset: field.offset,
                message: "end-group for field \(field.number) at byte \(field.offset) has no matching start-group")
        case .startGroup:
            // Iterative, so hostile nesting cannot exhaust the stack.
            var open: [UInt64] = [field.number]
            while let last = open.last {
                guard let inner = try readFieldKey() else {
                    throw ProtobufWireError(
                        kind: .truncated, offset: field.offset,
                        message: "group \(last) is not closed before the end of its message")
                }
                switch inner.wireType {
                case .startGroup:
                    open.append(inner.number)
                case .endGroup:
                    guard inner.number == last else {
                        throw ProtobufWireError(
                            kind: .malformed, offset: inner.offset,
                            message: "end-group for field \(inner.number) at byte \(inner.offset) does not close "
                                + "the open group \(last)")
                    }
                    open.removeLast()
                default:
                    try skipValue(of: inner)
                }
            }
        }
    }

    private mutating func skipFixed(_ size: Int, of field: ProtobufFieldKey) throws(ProtobufWireError) {
        guard end - position >= size else {
            throw ProtobufWireError(
                kind: .truncated, offset: position,
                message: "\(size * 8)-bit value of field \(field.number) at byte \(field.offset) is truncated")
        }
        position += size
    }
}

/// Appends protobuf fields to a byte array.
package struct ProtobufWriter {
    package var bytes: [UInt8] = []

    package init() {}

    /// The number of bytes `value` takes as a varint.
    package static func varintSize(_ value: UInt64) -> Int {
        value == 0 ? 1 : (64 - value.leadingZeroBitCount + 6) / 7
    }

    package mutating func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func writeKey(field: UInt64, wireType: ProtobufWireType) {
        writeVarint(field << 3 | UInt64(wireType.rawValue))
    }

    package mutating func writeVarintField(_ field: UInt64, _ value: UInt64) {
        writeKey(field: field, wireType: .varint)
        writeVarint(value)
    }

    package mutating func writeBytesField(_ field: UInt64, _ value: some Collection<UInt8>) {
        writeKey(field: field, wireType: .lengthDelimited)
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }
}
