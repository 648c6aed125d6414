public import StreamEvents

extension KinesisAPI.ListShardsOutput {
    /// Generates `ListShards` outputs for the `list-shards-response` kind: every shard of a drawn, resharded
    /// stream, parents before children, on one page (no `NextToken`). Output `i` depends only on the seed and `i`.
    ///
    /// - Parameters:
    ///   - options: How many outputs, the reshards and the streams.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` outputs.
    ///
    /// ```swift
    /// let outputs = KinesisAPI.ListShardsOutput.generate(KinesisShardListOptions(reshards: 2), seed: 7)
    /// ```
    public static func generate(_ options: KinesisShardListOptions, seed: Seed) -> [Self] {
        Gen<Self> { random in
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            let reshards = options.reshards ?? random.int(in: 0...4)
            return Self(shards: KinesisShardHistory(stream: stream, reshards: reshards, using: &random).shards)
        }.samples(count: max(options.count, 0), seed: seed)
    }
}

extension KinesisAPI.DescribeStreamOutput {
    /// Generates `DescribeStream` outputs for the `describe-stream-response` kind: a drawn stream's description
    /// (as `DescribeStreamSummary` would give it) with every shard of its resharded history (`HasMoreShards` false).
    /// Output `i` depends only on the seed and `i`.
    ///
    /// - Parameters:
    ///   - options: How many outputs, the reshards and the streams.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` outputs.
    ///
    /// ```swift
    /// let outputs = KinesisAPI.DescribeStreamOutput.generate(KinesisShardListOptions(), seed: 7)
    /// ```
    public static func generate(_ options: KinesisShardListOptions, seed: Seed) -> [Self] {
        Gen<Self> { random in
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            let reshards = options.reshards ?? random.int(in: 0...4)
            let history = KinesisShardHistory(stream: stream, reshards: reshards, using: &random)
            let summary = KinesisAPIDraw.summary(stream: stream, consumerCount: 0, using: &random)
            return Self(
                streamDescription: KinesisAPI.StreamDescription(
                    streamName: summary.streamName, streamARN: summary.streamARN, streamStatus: summary.streamStatus,
                    streamModeDetails: summary.streamModeDetails, shards: history.shards, hasMoreShards: false,
                    retentionPeriodHours: summary.retentionPeriodHours,
                    streamCreationTimestamp: summary.streamCreationTimestamp,
                    enhancedMonitoring: summary.enhancedMonitoring, encryptionType: summary.encryptionType,
                    keyID: summary.keyID))
        }.samples(count: max(options.count, 0), seed: seed)
    }
}

extension KinesisAPI.PutRecordOutput {
    /// Generates `PutRecord` outputs for the `put-record-response` kind: the shard a drawn partition key maps to
    /// in a drawn stream, and a version-2 sequence number of that shard at the stream's `now`. Output `i` depends
    /// only on the seed and `i`.
    ///
    /// - Parameters:
    ///   - options: How many outputs and the streams (`reshards` is ignored: the stream has its initial shards).
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` outputs.
    ///
    /// ```swift
    /// let outputs = KinesisAPI.PutRecordOutput.generate(KinesisShardListOptions(count: 3), seed: 7)
    /// ```
    public static func generate(_ options: KinesisShardListOptions, seed: Seed) -> [Self] {
        Gen<Self> { random in
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            let key = KinesisRecordContent.partitionKey(using: &random)
            let shard = KinesisShardRanges(shardCount: stream.shardCount)?.shardIndex(forPartitionKey: key) ?? 0
            var log = ShardSequenceLog(
                shardIndex: shard, shardCreationSeconds: stream.createdAt / 1000, using: &random)
            let sequence = log.append(arrivalMilliseconds: stream.now)
            return Self(shardID: log.shardID, sequenceNumber: sequence, encryptionType: stream.recordEncryption)
        }.samples(count: max(options.count, 0), seed: seed)
    }
}
