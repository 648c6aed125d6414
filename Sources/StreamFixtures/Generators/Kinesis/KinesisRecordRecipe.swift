/// How the records of a simulated stream look: their payloads, partition keys, aggregation, encryption member
/// and pacing.
///
/// Every member has a realistic default, so `KinesisRecordRecipe()` gives JSON documents with a mix of partition
/// keys, no KPL aggregation, `encryptionType` in about half the events, and records arriving a few milliseconds
/// apart.
///
/// ```swift
/// var recipe = KinesisRecordRecipe(payload: .text)
/// recipe.aggregationShare = 0.25          // a quarter of the records are KPL aggregates
/// recipe.partitionKeys = KinesisPartitionKey.userID
/// var simulator = KinesisStreamSimulator(stream: stream, recipe: recipe, seed: 42)
/// ```
public struct KinesisRecordRecipe: Sendable {
    /// The source of each user record's bytes.
    public var payload: KinesisPayload
    /// Draws new partition keys; records land on the shard their key hashes to.
    public var partitionKeys: Gen<String>
    /// The chance that a record reuses a partition key recently seen on its shard (a busy user or device), 0…1;
    /// applies once the shard has seen a few keys.
    public var keyReuseShare: Double
    /// The chance that a record was put with an explicit hash key, 0…1 (default 0). Such a record sits on the shard
    /// whose range holds its explicit hash key while its partition key may hash elsewhere, as with real producers
    /// that route by explicit hash key. In KPL aggregates the explicit hash key is recorded in the aggregate.
    public var explicitHashKeyShare: Double
    /// The chance that a Kinesis record is a KPL aggregate of several user records
    /// (``KinesisOptions/aggregationShareRange``, default 0).
    public var aggregationShare: Double
    /// How many user records an aggregate packs (within ``userRecordsPerAggregateRange``; fewer when they would not
    /// fit in 1 MiB).
    public var userRecordsPerAggregate: ClosedRange<Int>
    /// The chance that an event's records carry the optional `encryptionType` member (with the stream's value),
    /// 0…1. Lambda includes it for some streams and not for others; the default 0.5 exercises both.
    public var encryptionTypeShare: Double
    /// The gap between the arrivals of consecutive records, in milliseconds.
    public var millisecondsBetweenRecords: ClosedRange<Int64>
    /// The gap before each new event's first record, in milliseconds (the poller's pace).
    public var millisecondsBetweenEvents: ClosedRange<Int64>

    /// Creates a recipe.
    ///
    /// - Parameters:
    ///   - payload: The source of record bytes; JSON documents by default.
    ///   - partitionKeys: The partition-key generator; ``KinesisPartitionKey/realistic`` by default.
    ///   - keyReuseShare: The chance a record reuses a recent key of its shard.
    ///   - explicitHashKeyShare: The chance a record was routed by an explicit hash key.
    ///   - aggregationShare: The chance a record is a KPL aggregate.
    ///   - userRecordsPerAggregate: User records per aggregate.
    ///   - encryptionTypeShare: The chance an event carries `encryptionType`.
    ///   - millisecondsBetweenRecords: The arrival gap between records.
    ///   - millisecondsBetweenEvents: The gap before each event.
    public init(
        payload: KinesisPayload = .randomJSON,
        partitionKeys: Gen<String> = KinesisPartitionKey.realistic,
        keyReuseShare: Double = 0.25,
        explicitHashKeyShare: Double = 0,
        aggregationShare: Double = 0,
        userRecordsPerAggregate: ClosedRange<Int> = 2...25,
        encryptionTypeShare: Double = 0.5,
        millisecondsBetweenRecords: ClosedRange<Int64> = 0...40,
        millisecondsBetweenEvents: ClosedRange<Int64> = 50...3_000
    ) {
        self.payload = payload
        self.partitionKeys = partitionKeys
        self.keyReuseShare = keyReuseShare
        self.explicitHashKeyShare = explicitHashKeyShare
        self.aggregationShare = aggregationShare
        self.userRecordsPerAggregate = userRecordsPerAggregate
        self.encryptionTypeShare = encryptionTypeShare
        self.millisecondsBetweenRecords = millisecondsBetweenRecords
        self.millisecondsBetweenEvents = millisecondsBetweenEvents
    }

    /// The allowed bounds of ``userRecordsPerAggregate``.
    public static let userRecordsPerAggregateRange = 1...1_000
    /// The allowed value of every share (``keyReuseShare``, ``explicitHashKeyShare``, ``aggregationShare``,
    /// ``encryptionTypeShare``).
    public static let shareRange = 0.0...1.0

    /// Checks every member against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first member out of range, with the allowed values and the
    ///   value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.share(keyReuseShare, in: Self.shareRange, "keyReuseShare")
        try OptionCheck.share(explicitHashKeyShare, in: Self.shareRange, "explicitHashKeyShare")
        try OptionCheck.share(aggregationShare, in: KinesisOptions.aggregationShareRange, "aggregationShare")
        try OptionCheck.bounds(
            userRecordsPerAggregate, in: Self.userRecordsPerAggregateRange, "userRecordsPerAggregate")
        try OptionCheck.share(encryptionTypeShare, in: Self.shareRange, "encryptionTypeShare")
    }

}
