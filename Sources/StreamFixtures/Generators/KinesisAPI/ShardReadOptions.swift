import StreamEvents

/// What the shard-reading generators make: a `SubscribeToShard` event stream (kind `subscribe-to-shard-event`) or a
/// chain of `GetRecords` pages (kind `get-records-response`) over one shard.
///
/// ```swift
/// let events = KinesisAPI.SubscribeToShardEvent.generate(ShardReadOptions(count: 5, closesShard: true), seed: 42)
/// events.last?.childShards?.isEmpty == false  // true
/// ```
public struct ShardReadOptions: Codable, Hashable, Sendable {
    /// How many events (or pages) the reader receives (``countRange``).
    public var count: Int
    /// How many records each event (or page) carries (``recordsPerDeliveryRange``); an empty delivery is normal once the reader is caught up.
    public var recordsPerDelivery: ClosedRange<Int>
    /// Whether the shard closes by resharding at the end, so the last delivery names its child shards; `nil` closes
    /// one reading in four.
    public var closesShard: Bool?
    /// The stream the shard belongs to.
    public var stream: KinesisStreamOptions

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many events (or pages) to generate.
    ///   - recordsPerDelivery: How many records each carries (within ``recordsPerDeliveryRange``).
    ///   - closesShard: Whether the shard closes at the end; `nil` draws it.
    ///   - stream: The stream the shard belongs to.
    public init(
        count: Int = 3, recordsPerDelivery: ClosedRange<Int> = 0...5, closesShard: Bool? = nil,
        stream: KinesisStreamOptions = .init()
    ) {
        self.count = count
        self.recordsPerDelivery = recordsPerDelivery
        self.closesShard = closesShard
        self.stream = stream
    }

    /// The allowed ``count``: at least one delivery.
    public static let countRange = KinesisOptions.countRange
    /// The allowed bounds of ``recordsPerDelivery``: `GetRecords` returns at most 10,000 records.
    public static let recordsPerDeliveryRange = 0...10_000

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.bounds(recordsPerDelivery, in: Self.recordsPerDeliveryRange, "recordsPerDelivery")
        try OptionCheck.nested("stream") { () throws(GeneratorOptionsError) in try stream.validate() }
    }
}

/// The reading of one shard, shared by the SubscribeToShard and GetRecords generators.
enum ShardReadDraw {
    /// The deliveries of one reading, and the child shards when the shard closed.
    static func read(
        _ options: ShardReadOptions, stepRange: ClosedRange<Int>, using random: inout SeededRandom
    ) -> (deliveries: [ShardTimeline.Delivery], children: [KinesisAPI.ChildShard]?) {
        let stream = DrawnKinesisStream.draw(options.stream, using: &random)
        let count = max(options.count, 1)
        let closes = options.closesShard ?? random.bool(probability: 0.25)
        let limit = ShardReadOptions.recordsPerDeliveryRange  // `validate()` reports a range outside it
        let lower = min(max(options.recordsPerDelivery.lowerBound, limit.lowerBound), limit.upperBound)
        let upper = min(max(options.recordsPerDelivery.upperBound, lower), limit.upperBound)
        var timeline = ShardTimeline(
            stream: stream, shardIndex: random.int(in: 0...(stream.shardCount - 1)), using: &random)
        let lags = ShardTimeline.lags(count: count, using: &random)
        timeline.start(lag: lags[0], using: &random)
        var deliveries: [ShardTimeline.Delivery] = []
        for (index, lag) in lags.enumerated() {
            let caughtUp = lag == 0 && index > 0
            let records = caughtUp && random.bool(probability: 0.5) ? 0 : random.int(in: lower...upper)
            deliveries.append(
                timeline.deliver(
                    recordCount: records, lag: lag, step: Int64(random.int(in: stepRange)), using: &random))
        }
        return (deliveries, closes ? timeline.childShards(using: &random) : nil)
    }
}
