public import StreamEvents

/// A Kinesis data stream as generators see it: where it lives, how many shards it has and how keys map to them.
///
/// The stream's shards are those of a freshly created stream: `shardId-000000000000` … with the even hash-key
/// split of `KinesisShardRanges`, all created at ``creationSecondsSince1970``. Partition keys map to shards by
/// MD5 exactly as Kinesis does (EventContract §D.1), so a generated record's `eventID` names the shard its key
/// really lands on.
///
/// ```swift
/// let stream = KinesisStream(name: "orders", environment: AWSEnvironment(region: .euWest1), shardCount: 3)
/// stream.arn                                            // "arn:aws:kinesis:eu-west-1:111122223333:stream/orders"
/// stream.shardIndex(forPartitionKey: "partitionKey-03") // 1
/// stream.shardID(1)                                     // "shardId-000000000001"
/// ```
public struct KinesisStream: Codable, Hashable, Sendable {
    /// The stream name (1–128 characters from `[a-zA-Z0-9_.-]`).
    public var name: String
    /// The partition, region and account of the stream.
    public var environment: AWSEnvironment
    /// The number of open shards; generators clamp it to 1…1,000,000 (the Kinesis `OpenShardCount` range).
    public var shardCount: Int
    /// When the stream and its shards were created, in whole seconds since 1970; encoded in every sequence number.
    public var creationSecondsSince1970: Int64
    /// The stream's server-side encryption: `.kms` or `.unencrypted` (`NONE`). Events that carry the
    /// `encryptionType` member carry this value.
    public var encryptionType: KinesisEncryptionType

    /// Creates a stream.
    ///
    /// - Parameters:
    ///   - name: The stream name.
    ///   - environment: Where the stream lives.
    ///   - shardCount: The number of shards (at least 1).
    ///   - creationSecondsSince1970: When the shards were created; the default is 2023-11-14T22:13:20Z, before the
    ///     default ``SimulatedClock`` start.
    ///   - encryptionType: `.unencrypted` or `.kms`.
    public init(
        name: String,
        environment: AWSEnvironment = AWSEnvironment(),
        shardCount: Int = 1,
        creationSecondsSince1970: Int64 = 1_700_000_000,
        encryptionType: KinesisEncryptionType = .unencrypted
    ) {
        self.name = name
        self.environment = environment
        self.shardCount = shardCount
        self.creationSecondsSince1970 = creationSecondsSince1970
        self.encryptionType = encryptionType
    }

    /// The shard count generators use: ``shardCount`` clamped to 1…1,000,000.
    var effectiveShardCount: Int { min(max(1, shardCount), 1_000_000) }

    /// The stream ARN, `arn:<partition>:kinesis:<region>:<account>:stream/<name>`.
    public var arn: String {
        environment.arn(service: "kinesis", resource: "stream/" + name)
    }

    /// The hash-key ranges of the shards.
    public var shardRanges: KinesisShardRanges {
        // effectiveShardCount >= 1, so the first attempt succeeds; the loop only avoids a force unwrap.
        var count = effectiveShardCount
        while true {
            if let ranges = KinesisShardRanges(shardCount: count) { return ranges }
            count = 1
        }
    }

    /// The id of shard `index`: `shardId-` and the index in 12 zero-padded digits (`shardId-000000000003`).
    ///
    /// - Parameter index: The shard index; negative values are written as 0.
    /// - Returns: The shard id.
    public func shardID(_ index: Int) -> String {
        String(decoding: KinesisStream.shardIDBytes(index), as: UTF8.self)
    }

    /// The index of the shard a record with this partition key lands on.
    ///
    /// - Parameter partitionKey: The record's partition key.
    /// - Returns: The shard index, in `0..<shardCount`.
    public func shardIndex(forPartitionKey partitionKey: String) -> Int {
        shardRanges.shardIndex(forPartitionKey: partitionKey)
    }

    /// The index of the shard whose hash-key range contains `hashKey` (an explicit hash key).
    ///
    /// - Parameter hashKey: The hash key.
    /// - Returns: The shard index, in `0..<shardCount`.
    public func shardIndex(for hashKey: KinesisHashKey) -> Int {
        shardRanges.shardIndex(for: hashKey)
    }

    /// Realistic streams: a name from ``ResourceName/stream()``, a random environment, a shard count from
    /// `shards`, a creation time between 2019 and the end of 2023, and `KMS` encryption for about a third.
    ///
    /// - Parameter shards: The range of shard counts.
    /// - Returns: The stream generator.
    ///
    /// ```swift
    /// let streams = KinesisStream.random(shards: 1...8).samples(count: 10, seed: 3)
    /// ```
    public static func random(shards: ClosedRange<Int> = 1...8) -> Gen<KinesisStream> {
        let names = ResourceName.stream()
        let environments = AWSEnvironment.random
        return Gen { random in
            let name = names.run(using: &random)
            let environment = environments.run(using: &random)
            let shardCount = random.int(in: max(1, shards.lowerBound)...max(1, shards.upperBound))
            let creation = 1_546_300_800 + Int64(random.next(below: 1_703_980_800 - 1_546_300_800))
            let encryption: KinesisEncryptionType = random.bool(probability: 0.35) ? .kms : .unencrypted
            return KinesisStream(
                name: name, environment: environment, shardCount: shardCount, creationSecondsSince1970: creation,
                encryptionType: encryption)
        }
    }

    /// `shardId-` and 12 zero-padded digits, as bytes.
    static func shardIDBytes(_ index: Int) -> [UInt8] {
        var bytes = Array("shardId-".utf8)
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: 12)
        var rest = UInt64(max(0, index))
        var position = 11
        while rest > 0, position >= 0 {
            digits[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
        bytes.append(contentsOf: digits)
        return bytes
    }
}
