// The 128-bit Kinesis hash key (EventContract §D.1).

/// A 128-bit Kinesis hash key: where a record lands in a stream's key space.
///
/// Kinesis hashes each partition key with MD5 and reads the 16-byte digest as a big-endian unsigned 128-bit
/// integer; the record goes to the open shard whose hash-key range contains that integer. A producer may bypass
/// the hash with an `ExplicitHashKey`, the same integer written in decimal. The key is stored as two words so
/// that it works on every platform; ``uint128Value`` bridges to the standard library's `UInt128` where available.
///
/// ```swift
/// let key = KinesisHashKey(partitionKey: "1")
/// print(key)  // 261578874264819908609102035485573088411
/// let explicit = KinesisHashKey(decimal: "170141183460469231731687303715884105728")
/// ```
public struct KinesisHashKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The most significant 64 bits.
    public var high: UInt64
    /// The least significant 64 bits.
    public var low: UInt64

    /// Creates a hash key from its two 64-bit halves.
    ///
    /// - Parameters:
    ///   - high: The most significant 64 bits.
    ///   - low: The least significant 64 bits.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The smallest hash key, 0: where the first shard's range starts.
    public static let min = KinesisHashKey(high: 0, low: 0)

    /// The largest hash key, 2^128 − 1 (340282366920938463463374607431768211455): where the last shard ends.
    public static let max = KinesisHashKey(high: .max, low: .max)

    /// The hash key Kinesis derives from a partition key: the MD5 of its UTF-8 bytes, read big-endian.
    ///
    /// - Parameter partitionKey: The record's partition key, as sent to `PutRecord`.
    ///
    /// ```swift
    /// KinesisHashKey(partitionKey: "partitionKey-03")
    /// ```
    public init(partitionKey: String) {
        self.init(md5Digest: MD5.digest(partitionKey.utf8))
    }

    /// Reads the first 16 bytes of an MD5 digest as a big-endian integer (missing bytes count as zero).
    package init(md5Digest digest: [UInt8]) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<16 {
            let byte = UInt64(index < digest.count ? digest[index] : 0)
            if index < 8 {
                high = high << 8 | byte
            } else {
                low = low << 8 | byte
            }
        }
        self.init(high: high, low: low)
    }

    /// Parses an `ExplicitHashKey`: a decimal integer in 0...2^128 − 1 without sign or leading zeros.
    ///
    /// The form matches the Kinesis API pattern `0|([1-9]\d{0,38})`, so a parsed key prints back as the same
    /// text.
    ///
    /// - Parameter decimal: The decimal text.
    /// - Returns: `nil` when the text is empty, has a character other than `0`–`9`, has a leading zero, or is
    ///   larger than 2^128 − 1.
    public init?(decimal: String) {
        guard let value = KinesisHashKey.parseCanonicalDecimal(decimal.utf8) else { return nil }
        self.init(value)
    }

    /// Parses canonical decimal digits (no leading zeros) of at most 128 bits.
    private static func parseCanonicalDecimal(_ digits: String.UTF8View) -> UInt256? {
        guard let first = digits.first, first != UInt8(ascii: "0") || digits.count == 1, digits.count <= 39,
            let value = UInt256(decimalDigits: digits), value.w2 == 0, value.w3 == 0
        else { return nil }
        return value
    }

    /// The key as a 256-bit value.
    package var wide: UInt256 { UInt256(w0: low, w1: high) }

    /// Narrows a value that fits in 128 bits (higher bits are dropped).
    package init(_ value: UInt256) {
        self.init(high: value.w1, low: value.w0)
    }

    /// The key in decimal, as Kinesis writes `StartingHashKey`, `EndingHashKey` and `ExplicitHashKey`.
    public var description: String { wide.description }

    /// Orders hash keys by value, as the shard ranges are ordered.
    public static func < (lhs: KinesisHashKey, rhs: KinesisHashKey) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// Decodes the decimal string form.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the string is not a canonical decimal in 0...2^128 − 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let key = KinesisHashKey(decimal: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a hash key: decimal digits without leading zeros in 0...2^128-1; "
                    + "found \"\(text)\""
            )
        }
        self = key
    }

    /// Encodes the decimal string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

@available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
extension KinesisHashKey {
    /// Creates a hash key from the standard library's 128-bit integer.
    ///
    /// - Parameter value: The hash key's value.
    public init(_ value: UInt128) {
        self.init(high: UInt64(truncatingIfNeeded: value >> 64), low: UInt64(truncatingIfNeeded: value))
    }

    /// The hash key as the standard library's 128-bit integer.
    public var uint128Value: UInt128 {
        UInt128(high) << 64 | UInt128(low)
    }
}
