/// What the shard-list generators make: `ListShards` outputs (kind `list-shards-response`), `DescribeStream`
/// outputs (kind `describe-stream-response`) and `PutRecord` outputs (kind `put-record-response`) of drawn streams.
///
/// Each output describes its own stream: created with `stream.shardCount` shards whose hash-key ranges split
/// 0…2^128−1 evenly, then resharded ``reshards`` times (a split halves an open shard's range, a merge joins two
/// adjacent open shards), so closed parents, their children and the open shards' ranges all agree.
///
/// ```swift
/// let outputs = KinesisAPI.ListShardsOutput.generate(KinesisShardListOptions(count: 2, reshards: 3), seed: 42)
/// ```
public struct KinesisShardListOptions: Codable, Hashable, Sendable {
    /// How many outputs, each about its own stream (``countRange``).
    public var count: Int
    /// How many splits and merges each stream went through; `nil` draws 0…4 (``reshardsRange``).
    public var reshards: Int?
    /// The streams: environment, name, initial shard count, timestamp style.
    public var stream: KinesisStreamOptions

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many outputs.
    ///   - reshards: How many splits and merges; `nil` draws them.
    ///   - stream: The streams.
    public init(count: Int = 1, reshards: Int? = nil, stream: KinesisStreamOptions = .init()) {
        self.count = count
        self.reshards = reshards
        self.stream = stream
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange
    /// The allowed ``reshards``.
    public static let reshardsRange = 0...100

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        if let reshards { try OptionCheck.value(reshards, in: Self.reshardsRange, "reshards") }
        try OptionCheck.nested("stream") { () throws(GeneratorOptionsError) in try stream.validate() }
    }
}
