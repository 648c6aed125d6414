public import StreamEvents

extension Gen where Value == [KinesisAPI.SubscribeToShardEvent] {
    /// The events of one `SubscribeToShard` subscription to one shard, in order.
    ///
    /// Records carry strictly increasing 56-digit sequence numbers of the shard (version-2 layout, shard index and
    /// arrival second inside), non-decreasing arrival times and partition keys that hash into the shard.
    /// `ContinuationSequenceNumber` is the last record's sequence number (the previous one for an event without
    /// records). `MillisBehindLatest` decreases towards 0, reached on the last event. When the shard closes, only the
    /// last event has `ChildShards`: two halves of its hash range after a split, or one shard after a merge.
    ///
    /// - Parameter options: The number of events, records per event, whether the shard closes, and the stream.
    /// - Returns: A generator of whole subscriptions.
    ///
    /// ```swift
    /// let events = Gen.subscribeToShardEvents(ShardReadOptions(count: 10)).run(seed: 7)
    /// ```
    public static func subscribeToShardEvents(_ options: ShardReadOptions = .init()) -> Gen<Value> {
        Gen { random in
            let (deliveries, children) = ShardReadDraw.read(options, stepRange: 200...5000, using: &random)
            return deliveries.enumerated().map { index, delivery in
                KinesisAPI.SubscribeToShardEvent(
                    records: delivery.records, continuationSequenceNumber: delivery.continuationSequenceNumber,
                    millisBehindLatest: delivery.millisBehindLatest,
                    childShards: index == deliveries.count - 1 ? children : nil)
            }
        }
    }
}

extension KinesisAPI.SubscribeToShardEvent {
    /// Generates the events of one subscription for the `subscribe-to-shard-event` kind (`options.count` events).
    ///
    /// - Parameters:
    ///   - options: The number of events, records per event, whether the shard closes, and the stream.
    ///   - seed: The seed of the run.
    /// - Returns: The events in the order Kinesis pushes them.
    public static func generate(_ options: ShardReadOptions, seed: Seed) -> [KinesisAPI.SubscribeToShardEvent] {
        Gen.subscribeToShardEvents(options).run(seed: seed)
    }
}
