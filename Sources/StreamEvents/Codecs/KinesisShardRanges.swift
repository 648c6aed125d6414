// The hash-key ranges of a freshly created stream (EventContract §D.1).

/// The hash-key ranges Kinesis gives the shards of a new stream, and the shard a key maps to.
///
/// `CreateStream` with n shards splits the key space [0, 2^128 − 1] evenly: with `w = floor(2^128 / n)`,
/// shard i covers `[i·w, (i+1)·w − 1]`, except the last shard, which ends at 2^128 − 1. A stream that was
/// resharded later has other ranges; this type models only the initial split.
///
/// ```swift
/// let shards = KinesisShardRanges(shardCount: 3)
/// shards?.shardIndex(forPartitionKey: "partitionKey-03")  // 1
/// shards?.hashKeyRange(ofShard: 0)  // 0...113427455640312821154458202477256070484
/// ```
public struct KinesisShardRanges: Hashable, Sendable {
    /// The number of shards, at least 1.
    public let shardCount: Int

    /// The width `w` of every shard's range but the last.
    private let width: UInt256

    /// Describes the even split of a stream created with `shardCount` shards.
    ///
    /// - Parameter shardCount: The stream's shard count.
    /// - Returns: `nil` when `shardCount` is less than 1.
    public init?(shardCount: Int) {
        guard shardCount >= 1 else { return nil }
        self.shardCount = shardCount
        width = (UInt256(1) << 128).quotientAndRemainder(dividingBy: UInt64(shardCount)).quotient
    }

    /// The first hash key of shard `index`, as a wide value.
    private func start(ofShard index: Int) -> UInt256 {
        width.multipliedReportingOverflow(by: UInt64(index)).partialValue  // index < shardCount: no overflow
    }

    /// The hash keys shard `index` owns.
    ///
    /// - Parameter index: A shard index in `0..<shardCount`.
    /// - Returns: The closed range of the shard's hash keys, or `nil` when `index` is out of range.
    public func hashKeyRange(ofShard index: Int) -> ClosedRange<KinesisHashKey>? {
        guard index >= 0, index < shardCount else { return nil }
        let lower = KinesisHashKey(start(ofShard: index))
        if index == shardCount - 1 { return lower...KinesisHashKey.max }
        let next = start(ofShard: index + 1)
        return lower...KinesisHashKey(next.subtractingReportingOverflow(UInt256(1)).partialValue)
    }

    /// The index of the shard whose range contains `hashKey`.
    ///
    /// - Parameter hashKey: A hash key from ``KinesisHashKey/init(partitionKey:)`` or an explicit hash key.
    /// - Returns: The shard index, in `0..<shardCount`.
    public func shardIndex(for hashKey: KinesisHashKey) -> Int {
        // Estimate floor(h·n / 2^128), which is at most the answer floor(h / w) and at most a little below it,
        // then step up while the next shard still starts at or below h.
        let estimate = hashKey.wide.multipliedReportingOverflow(by: UInt64(shardCount)).partialValue >> 128
        var index = Int(truncatingIfNeeded: estimate.w0)
        let key = hashKey.wide
        while index < shardCount - 1, start(ofShard: index + 1) <= key {
            index += 1
        }
        return index
    }

    /// The index of the shard a record with this partition key lands on (when no explicit hash key is given).
    ///
    /// - Parameter partitionKey: The record's partition key.
    /// - Returns: The shard index, in `0..<shardCount`.
    public func shardIndex(forPartitionKey partitionKey: String) -> Int {
        // One shard owns every hash key: no need for the key's MD5.
        if shardCount == 1 { return 0 }
        return shardIndex(for: KinesisHashKey(partitionKey: partitionKey))
    }
}
