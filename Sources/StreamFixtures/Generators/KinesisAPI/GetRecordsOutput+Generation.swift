public import StreamEvents

extension Gen where Value == [KinesisAPI.GetRecordsOutput] {
    /// The pages of a `GetRecords` loop over one shard, in order.
    ///
    /// Records are as in `subscribeToShardEvents(_:)`. Every page has a fresh opaque `NextShardIterator` (base64,
    /// about 200 characters, as Kinesis returns them) and a `MillisBehindLatest` that decreases to 0 on the last page.
    /// When the shard closes, the last page has no `NextShardIterator` and names the `ChildShards`.
    ///
    /// - Parameter options: The number of pages, records per page, whether the shard closes, and the stream.
    /// - Returns: A generator of whole reading loops.
    ///
    /// ```swift
    /// let pages = Gen.getRecordsPages(ShardReadOptions(count: 4, closesShard: true)).run(seed: 7)
    /// pages.last?.nextShardIterator == nil  // true
    /// ```
    public static func getRecordsPages(_ options: ShardReadOptions = .init()) -> Gen<Value> {
        Gen { random in
            let (deliveries, children) = ShardReadDraw.read(options, stepRange: 200...1000, using: &random)
            return deliveries.enumerated().map { index, delivery in
                let closing = index == deliveries.count - 1 && children != nil
                return KinesisAPI.GetRecordsOutput(
                    records: delivery.records,
                    nextShardIterator: closing ? nil : KinesisRecordContent.shardIterator(using: &random),
                    millisBehindLatest: delivery.millisBehindLatest,
                    childShards: closing ? children : nil)
            }
        }
    }
}

extension KinesisAPI.GetRecordsOutput {
    /// Generates the pages of one reading loop for the `get-records-response` kind (`options.count` pages).
    ///
    /// - Parameters:
    ///   - options: The number of pages, records per page, whether the shard closes, and the stream.
    ///   - seed: The seed of the run.
    /// - Returns: The pages in order.
    public static func generate(_ options: ShardReadOptions, seed: Seed) -> [KinesisAPI.GetRecordsOutput] {
        Gen.getRecordsPages(options).run(seed: seed)
    }
}
