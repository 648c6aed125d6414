/// DynamoDB's item-size rules: the byte counts behind a stream record's `SizeBytes`, the
/// 400 KB item limit and capacity units.
///
/// DynamoDB does not publish the exact algorithm, only "the sum of the lengths of its
/// attribute names and values". These rules reproduce every `SizeBytes` in the samples we
/// could check against AWS output (the Lambda developer guide INSERT/MODIFY/REMOVE records,
/// the AWS CLI `dynamodbstreams get-records` example and a real Kinesis Data Streams for
/// DynamoDB capture):
///
/// | value | bytes |
/// |---|---|
/// | attribute name | its UTF-8 length |
/// | `S` | UTF-8 length |
/// | `B` | decoded length |
/// | `N` | 1 for zero; else 1 + one byte per pair of significant digits, pairs aligned on the decimal point, + 1 when negative, at most 21 |
/// | `BOOL`, `NULL` | 1 |
/// | `SS`, `NS`, `BS` | the sum of the elements |
/// | `M` | 3 + Σ (name + value + 1) |
/// | `L` | 3 + Σ (value + 1) |
///
/// A stream record's `SizeBytes` is the size of `Keys` plus `NewImage` plus `OldImage`
/// (absent images count 0).
///
/// Sizes are optional because a payload may carry `N` text that is not a number at all; such
/// a value has no size, and neither does anything containing it. Numbers that are well formed
/// but outside DynamoDB's range are still measured by the rule.
///
/// ```swift
/// let keys: AttributeMap = ["pk": "order#1"]
/// let newImage: AttributeMap = ["pk": "order#1", "total": 12.5]
/// DynamoDBItemSize.size(of: newImage)                                              // 17
/// DynamoDBItemSize.streamRecordSize(keys: keys, newImage: newImage, oldImage: nil)  // 26
/// ```
public enum DynamoDBItemSize {
    /// The largest item DynamoDB stores: 400 KB (409,600 bytes), names and values included.
    public static let maximumItemSize = 409_600

    /// The size of any number is at most this many bytes (a 38-digit negative number with a
    /// digit pair split by the decimal point would otherwise count 22).
    public static let maximumNumberSize = 21

    /// Bytes a map or list adds for itself, before its members.
    static let documentOverhead = 3

    /// Bytes each member of a map or element of a list adds beside its own size.
    static let nestedMemberOverhead = 1

    /// The size of an item or image: the sum of each attribute's name and value sizes.
    ///
    /// - Parameter item: An item, or a stream record's `Keys`, `NewImage` or `OldImage`.
    /// - Returns: The size in bytes, or `nil` when some `N` is not number text.
    ///
    /// ```swift
    /// DynamoDBItemSize.size(of: ["Id": 101, "Message": "New item!"])   // 21
    /// ```
    public static func size(of item: AttributeMap) -> Int? {
        // Members are read in place: a `for` loop over the array would copy (retain and release) each one.
        item.members.withUnsafeBufferPointer { members in
            var total = 0
            for index in members.indices {
                guard let valueSize = size(of: members[index].value) else { return nil }
                total += members[index].name.utf8.count + valueSize
            }
            return total
        }
    }

    /// The size of one attribute value, without its name.
    ///
    /// - Parameter value: Any attribute value.
    /// - Returns: The size in bytes, or `nil` when the value holds `N` text that is not a number.
    public static func size(of value: AttributeValue) -> Int? {
        switch value {
        case .string(let text):
            return text.utf8.count
        case .number(let number):
            return size(of: number)
        case .binary(let bytes):
            return bytes.count
        case .stringSet(let texts):
            return texts.reduce(0) { $0 + $1.utf8.count }
        case .numberSet(let numbers):
            var total = 0
            for number in numbers {
                guard let numberSize = size(of: number) else { return nil }
                total += numberSize
            }
            return total
        case .binarySet(let sets):
            return sets.reduce(0) { $0 + $1.count }
        case .map(let map):
            return map.members.withUnsafeBufferPointer { members in
                var total = documentOverhead
                for index in members.indices {
                    guard let valueSize = size(of: members[index].value) else { return nil }
                    total += members[index].name.utf8.count + valueSize + nestedMemberOverhead
                }
                return total
            }
        case .list(let elements):
            return elements.withUnsafeBufferPointer { elements in
                var total = documentOverhead
                for index in elements.indices {
                    guard let elementSize = size(of: elements[index]) else { return nil }
                    total += elementSize + nestedMemberOverhead
                }
                return total
            }
        case .null, .bool:
            return 1
        }
    }

    /// The size of a number: 1 byte for zero; otherwise 1 byte plus one per base-100 digit of
    /// its significant digits, plus 1 when negative, at most ``maximumNumberSize``.
    ///
    /// Digits are paired as they sit around the decimal point — `12.5` is `12|5_` (2 pairs),
    /// `101` is `_1|01` (2 pairs), `0.05` is `05` (1 pair) — and every pair from the first
    /// significant digit to the last counts, zeros between them included (`100.5` is
    /// `_1|00|5_`, 3 pairs). Leading and trailing zeros never count, so `1E+10` and `1` are
    /// both 2 bytes.
    ///
    /// - Parameter number: The number; its text may use any form DynamoDB accepts (`+1.50E2`).
    /// - Returns: The size in bytes, or `nil` when the text is not a number.
    ///
    /// ```swift
    /// DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: "12.5"))   // 3
    /// DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: "-1"))     // 3
    /// ```
    public static func size(of number: DynamoDBNumber) -> Int? {
        guard let normal = number.numericValue else { return nil }
        let digitCount = normal.digits.count
        if digitCount == 0 { return 1 }
        // Positions are powers of ten: the last significant digit sits at `exponent`, the first
        // at `exponent + digitCount - 1`. Pair k holds positions 2k and 2k + 1, so a position's
        // pair is its floor half (`>>` on Int rounds towards negative infinity).
        let lowest = normal.exponent
        let highest = normal.exponent + digitCount - 1
        let pairs = (highest >> 1) - (lowest >> 1) + 1
        let size = 1 + pairs + (normal.negative ? 1 : 0)
        return min(size, maximumNumberSize)
    }

    /// A stream record's `SizeBytes`: the size of its keys plus its images.
    ///
    /// - Parameters:
    ///   - keys: The record's `Keys`.
    ///   - newImage: The `NewImage`, or `nil` when the record has none.
    ///   - oldImage: The `OldImage`, or `nil` when the record has none.
    /// - Returns: The size in bytes, or `nil` when some `N` is not number text.
    ///
    /// ```swift
    /// let record = DynamoDBStreamRecord(
    ///     keys: keys, newImage: newImage,
    ///     sizeBytes: DynamoDBItemSize.streamRecordSize(keys: keys, newImage: newImage, oldImage: nil))
    /// ```
    public static func streamRecordSize(keys: AttributeMap, newImage: AttributeMap?, oldImage: AttributeMap?) -> Int? {
        guard let keysSize = size(of: keys) else { return nil }
        var total = keysSize
        if let newImage {
            guard let newSize = size(of: newImage) else { return nil }
            total += newSize
        }
        if let oldImage {
            guard let oldSize = size(of: oldImage) else { return nil }
            total += oldSize
        }
        return total
    }

    /// The `SizeBytes` a stream record should carry, computed from its own keys and images.
    ///
    /// - Parameter record: The `dynamodb` object of a stream record.
    /// - Returns: The size in bytes, or `nil` when some `N` is not number text.
    public static func streamRecordSize(of record: DynamoDBStreamRecord) -> Int? {
        streamRecordSize(keys: record.keys, newImage: record.newImage, oldImage: record.oldImage)
    }
}
