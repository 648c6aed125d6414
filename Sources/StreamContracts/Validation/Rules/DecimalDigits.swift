import StreamEvents
import StreamJSON

/// Checks on decimal digit strings (sequence numbers, hash keys) that are too long for machine integers.
enum DecimalDigits {
    /// Whether `bytes` is one or more ASCII digits.
    static func isDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { isDigits($0) }
    }

    /// Whether `bytes` is one or more ASCII digits (read in place).
    static func isDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        for byte in bytes where byte &- UInt8(ascii: "0") > 9 { return false }
        return true
    }

    /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`; both must be digits.
    static func compare(_ lhs: ArraySlice<UInt8>, _ rhs: ArraySlice<UInt8>) -> Int {
        KinesisSequenceNumber.compare(lhs, rhs)
    }

    /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs` (read in place); both must be digits.
    static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        KinesisSequenceNumber.compare(lhs, rhs)
    }

    /// 2^128 − 1, the largest Kinesis hash key.
    static let maximumHashKey = Array("340282366920938463463374607431768211455".utf8)

    /// The version-2 fields of a Kinesis sequence number, or `nil` when it is not 56 digits in that layout.
    static func kinesisLayout(_ bytes: ArraySlice<UInt8>) -> KinesisSequenceNumber? {
        bytes.withUnsafeBufferPointer { kinesisLayout($0) }
    }

    /// The version-2 fields of a Kinesis sequence number read in place, or `nil` when it is not 56 digits in that
    /// layout.
    static func kinesisLayout(_ bytes: UnsafeBufferPointer<UInt8>) -> KinesisSequenceNumber? {
        guard bytes.count == KinesisSequenceNumber.decimalDigitCount, bytes.first != UInt8(ascii: "0"),
            let value = UInt256(decimalDigits: bytes)
        else { return nil }
        return KinesisSequenceNumber(value)
    }

    /// The index of a strict Kinesis shard id (`shardId-000000000003` → 3), or `nil` for other forms.
    static func kinesisShardIndex(_ bytes: ArraySlice<UInt8>) -> UInt64? {
        bytes.withUnsafeBufferPointer { kinesisShardIndex($0) }
    }

    /// The index of a strict Kinesis shard id read in place (`shardId-000000000003` → 3), or `nil` for other forms.
    static func kinesisShardIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let prefix: StaticString = "shardId-"
        let prefixCount = prefix.utf8CodeUnitCount
        guard bytes.count == prefixCount + 12, let base = bytes.baseAddress,
            ByteEquality.equal(UnsafeRawPointer(base), UnsafeRawPointer(prefix.utf8Start), count: prefixCount)
        else { return nil }
        var value: UInt64 = 0
        for byte in UnsafeBufferPointer(rebasing: bytes[prefixCount...]) {
            let digit = byte &- UInt8(ascii: "0")
            guard digit <= 9 else { return nil }
            value = value &* 10 &+ UInt64(digit)
        }
        return value
    }
}
