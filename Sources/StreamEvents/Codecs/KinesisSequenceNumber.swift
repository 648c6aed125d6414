// The "version 2" layout of Kinesis sequence numbers (EventContract §D.3).

import Foundation

/// The fields packed into a Kinesis sequence number.
///
/// Kinesis documents sequence numbers only as opaque decimal strings, but real ones are 188-bit numbers
/// (56 decimal digits) with a stable layout, reverse-engineered by the Kinesis emulator kinesalite
/// ("version 2"), which every real AWS sample we have decodes to consistently:
///
/// ```
/// hex digit:  0    1…9                 10           11…26          27…28    29…37          38…45       46
///             '2'  shard creation secs  shard index  sequence index reserved arrival secs   shard index '2'
///                                       (low nibble) (per shard)    byte                    (32 bits)
/// ```
///
/// Generators compose realistic numbers that grow within a shard (increment ``sequenceIndex``, advance
/// ``arrivalSeconds``); validators decompose real numbers to cross-check the shard id and arrival time. A number
/// that does not decompose is not wrong (AWS promises no layout); treat it as "unknown layout".
///
/// ```swift
/// let number = KinesisSequenceNumber(decimal: "49647888802629322072519528340475047711767296381468803122")
/// number?.shardIndex  // 3
/// number?.arrivalSeconds  // 1704153600 (2024-01-02T00:00:00Z)
/// ```
public struct KinesisSequenceNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// When the shard was created, in whole seconds since 1970-01-01T00:00:00Z.
    public var shardCreationSeconds: UInt32
    /// The shard's index, the number in `shardId-000000000003`.
    public var shardIndex: UInt32
    /// The per-shard counter that orders records within the shard.
    public var sequenceIndex: UInt64
    /// When the record arrived, in whole seconds since 1970-01-01T00:00:00Z (about `approximateArrivalTimestamp`).
    public var arrivalSeconds: UInt32
    /// A byte of unknown meaning between the sequence index and the arrival time; 0 in every real sample seen.
    public var reservedByte: UInt8

    /// Creates the fields of a sequence number.
    ///
    /// - Parameters:
    ///   - shardCreationSeconds: When the shard was created, in seconds since the Unix epoch.
    ///   - shardIndex: The shard's index.
    ///   - sequenceIndex: The per-shard record counter.
    ///   - arrivalSeconds: When the record arrived, in seconds since the Unix epoch.
    ///   - reservedByte: The byte of unknown meaning; leave it 0.
    public init(
        shardCreationSeconds: UInt32,
        shardIndex: UInt32,
        sequenceIndex: UInt64,
        arrivalSeconds: UInt32,
        reservedByte: UInt8 = 0
    ) {
        self.shardCreationSeconds = shardCreationSeconds
        self.shardIndex = shardIndex
        self.sequenceIndex = sequenceIndex
        self.arrivalSeconds = arrivalSeconds
        self.reservedByte = reservedByte
    }

    /// The number of decimal digits of every version-2 sequence number.
    public static let decimalDigitCount = 56

    // Bit offsets, counted from the least significant bit.
    private static let versionNibble: UInt64 = 2
    private static let shardIndexOffset = 4
    private static let arrivalOffset = 36
    private static let reservedOffset = 72
    private static let sequenceIndexOffset = 80
    private static let shardNibbleOffset = 144
    private static let creationOffset = 148
    private static let leadingNibbleOffset = 184
    private static let secondsWidth = 36

    /// Decomposes a decimal sequence number laid out as version 2.
    ///
    /// - Parameter decimal: The sequence number as Kinesis writes it, e.g. in `kinesis.sequenceNumber`.
    /// - Returns: `nil` when the text is not 56 decimal digits, or the number does not follow the version-2 layout
    ///   (leading and trailing nibble 2, the two copies of the shard index agree, and both times fit in 32 bits).
    public init?(decimal: String) {
        let digits = decimal.utf8
        guard digits.count == KinesisSequenceNumber.decimalDigitCount, digits.first != UInt8(ascii: "0"),
            let value = UInt256(decimalDigits: digits)
        else { return nil }
        self.init(value)
    }

    /// Decomposes a 188-bit value; `nil` unless it follows the version-2 layout.
    package init?(_ value: UInt256) {
        typealias Layout = KinesisSequenceNumber
        guard value >> Layout.leadingNibbleOffset == UInt256(2),
            value.bits(at: 0, width: 4) == Layout.versionNibble
        else { return nil }
        let shardIndex = value.bits(at: Layout.shardIndexOffset, width: 32)
        let creation = value.bits(at: Layout.creationOffset, width: Layout.secondsWidth)
        let arrival = value.bits(at: Layout.arrivalOffset, width: Layout.secondsWidth)
        guard value.bits(at: Layout.shardNibbleOffset, width: 4) == shardIndex & 0xF,
            let creationSeconds = UInt32(exactly: creation),
            let arrivalSeconds = UInt32(exactly: arrival)
        else { return nil }
        self.init(
            shardCreationSeconds: creationSeconds,
            shardIndex: UInt32(truncatingIfNeeded: shardIndex),
            sequenceIndex: value.bits(at: Layout.sequenceIndexOffset, width: 64),
            arrivalSeconds: arrivalSeconds,
            reservedByte: UInt8(truncatingIfNeeded: value.bits(at: Layout.reservedOffset, width: 8))
        )
    }

    /// The 188-bit value of the composed number.
    package var value: UInt256 {
        typealias Layout = KinesisSequenceNumber
        return UInt256(2) << Layout.leadingNibbleOffset
            | UInt256(UInt64(shardCreationSeconds)) << Layout.creationOffset
            | UInt256(UInt64(shardIndex & 0xF)) << Layout.shardNibbleOffset
            | UInt256(sequenceIndex) << Layout.sequenceIndexOffset
            | UInt256(UInt64(reservedByte)) << Layout.reservedOffset
            | UInt256(UInt64(arrivalSeconds)) << Layout.arrivalOffset
            | UInt256(UInt64(shardIndex)) << Layout.shardIndexOffset
            | UInt256(Layout.versionNibble)
    }

    /// The composed sequence number: 56 decimal digits, as Kinesis writes it.
    public var decimal: String { value.description }

    /// The composed sequence number in decimal; same as ``decimal``.
    public var description: String { decimal }

    /// Orders sequence numbers as the integers they compose to.
    public static func < (lhs: KinesisSequenceNumber, rhs: KinesisSequenceNumber) -> Bool {
        lhs.value < rhs.value
    }

    /// Decodes the decimal string form.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the string is not a version-2 sequence number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let number = KinesisSequenceNumber(decimal: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a 56-digit Kinesis sequence number in the version-2 layout; "
                    + "found \"\(text)\""
            )
        }
        self = number
    }

    /// Encodes the decimal string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimal)
    }

    /// Compares two decimal integers written as ASCII digits, without parsing them.
    ///
    /// Leading zeros are ignored; then the longer number is larger, and numbers of equal length compare byte by
    /// byte. Meant for sequence numbers (up to 129 digits per the Kinesis API), which are too long for machine
    /// integers. Bytes other than digits are not rejected; they just compare by their byte value.
    ///
    /// - Returns: -1 when `lhs < rhs`, 0 when equal, 1 when `lhs > rhs`.
    package static func compare(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Int {
        // Contiguous digits (arrays, slices) are compared as buffers: callers in other modules get this
        // function unspecialised, where the generic loop below costs an iterator call per byte.
        if let result = lhs.withContiguousStorageIfAvailable({ left in
            rhs.withContiguousStorageIfAvailable { right in compareDigits(left, right) }
        }), let result {
            return result
        }
        let left = lhs.drop(while: { $0 == UInt8(ascii: "0") })
        let right = rhs.drop(while: { $0 == UInt8(ascii: "0") })
        let leftCount = left.count
        let rightCount = right.count
        if leftCount != rightCount { return leftCount < rightCount ? -1 : 1 }
        for (leftByte, rightByte) in zip(left, right) where leftByte != rightByte {
            return leftByte < rightByte ? -1 : 1
        }
        return 0
    }

    /// The comparison above for slices of the input, the rules' case: the buffers are read directly, without the
    /// generic entry point's witness calls and iterator metadata (callers in other modules get it unspecialised).
    ///
    /// - Returns: -1 when `lhs < rhs`, 0 when equal, 1 when `lhs > rhs`.
    package static func compare(_ lhs: ArraySlice<UInt8>, _ rhs: ArraySlice<UInt8>) -> Int {
        lhs.withUnsafeBufferPointer { left in rhs.withUnsafeBufferPointer { right in compareDigits(left, right) } }
    }

    /// The comparison above for digits the caller already holds in memory (the rules read them from the input).
    ///
    /// - Returns: -1 when `lhs < rhs`, 0 when equal, 1 when `lhs > rhs`.
    package static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        compareDigits(lhs, rhs)
    }

    private static func compareDigits(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        var left = 0
        var right = 0
        while left < lhs.count, lhs[left] == UInt8(ascii: "0") { left += 1 }
        while right < rhs.count, rhs[right] == UInt8(ascii: "0") { right += 1 }
        let leftCount = lhs.count - left
        let rightCount = rhs.count - right
        if leftCount != rightCount { return leftCount < rightCount ? -1 : 1 }
        // Same number of significant digits: the first differing digit decides, which is what `memcmp` finds (it
        // compares bytes as unsigned values, and the digits '0'…'9' are in order).
        guard leftCount > 0, let leftStart = lhs.baseAddress, let rightStart = rhs.baseAddress else { return 0 }
        let order = memcmp(leftStart + left, rightStart + right, leftCount)
        return order < 0 ? -1 : (order > 0 ? 1 : 0)
    }

    /// Compares two decimal strings by their UTF-8 digits, as the byte form does.
    package static func compare(_ lhs: String, _ rhs: String) -> Int {
        compare(lhs.utf8, rhs.utf8)
    }
}
