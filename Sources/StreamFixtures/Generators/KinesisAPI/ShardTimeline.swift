import StreamEvents

/// A reader catching up on one shard: successive deliveries of records, each less behind the tip of the stream.
///
/// Delivery `i` happens at `now_i` (increasing) and is `lag_i` milliseconds behind (non-increasing, the last 0), so the
/// newest record it can deliver arrived at `tip_i = now_i − lag_i`, which increases. Its records arrived after the
/// previous delivery's tip and no later than its own, with strictly increasing sequence numbers from the shard's log.
struct ShardTimeline {
    /// One delivery: its records and how far behind it is.
    struct Delivery {
        var records: [KinesisAPI.Record]
        var millisBehindLatest: Int64
        /// The sequence number to continue after: the last record's, or the previous one when empty.
        var continuationSequenceNumber: String
    }

    var stream: DrawnKinesisStream
    var log: ShardSequenceLog
    private var now: Int64
    private var previousTip: Int64
    private var lastSequence: String

    init(stream: DrawnKinesisStream, shardIndex: Int, using random: inout SeededRandom) {
        self.stream = stream
        log = ShardSequenceLog(shardIndex: shardIndex, shardCreationSeconds: stream.createdAt / 1000, using: &random)
        now = stream.now
        previousTip = now
        lastSequence = log.current(arrivalMilliseconds: now)
    }

    /// `count` lags from a drawn start down to 0, non-increasing.
    static func lags(count: Int, using random: inout SeededRandom) -> [Int64] {
        guard count > 1 else { return [0] }
        let start: Int64
        switch random.next(below: 100) {
        case 0..<20: start = 0
        case 20..<80: start = Int64(random.int(in: 1000...600_000))
        default: start = Int64(random.int(in: 600_000...86_400_000))
        }
        var lags: [Int64] = []
        var current = start
        for index in 0..<count {
            let remaining = Int64(count - 1 - index)
            if remaining == 0 {
                current = 0
            } else if index > 0 {
                let share = current / (remaining + 1)
                current -= Int64(random.int(in: 0...Int(max(share * 2, 0))))
                current = max(current, 0)
            }
            lags.append(current)
        }
        return lags
    }

    /// Positions the reader so that its first delivery starts `lag` behind, some records after the start position.
    mutating func start(lag: Int64, using random: inout SeededRandom) {
        previousTip = now - lag - Int64(random.int(in: 0...5000))
        previousTip = max(previousTip, stream.createdAt)
        lastSequence = log.current(arrivalMilliseconds: previousTip)
    }

    /// The next delivery of up to `recordCount` records, `lag` behind, `step` milliseconds after the previous one.
    mutating func deliver(recordCount: Int, lag: Int64, step: Int64, using random: inout SeededRandom) -> Delivery {
        now += step
        let tip = max(now - lag, previousTip)
        var arrivals: [Int64] = []
        for _ in 0..<max(recordCount, 0) {
            arrivals.append(previousTip + Int64(random.int(in: 0...Int(tip - previousTip))))
        }
        arrivals.sort()
        var records: [KinesisAPI.Record] = []
        for arrival in arrivals {
            let sequence = log.append(arrivalMilliseconds: arrival)
            records.append(
                KinesisAPI.Record(
                    sequenceNumber: sequence, approximateArrivalTimestamp: stream.timestamp(arrival),
                    data: KinesisRecordContent.base64Payload(using: &random, arrivalMilliseconds: arrival),
                    partitionKey: partitionKey(using: &random), encryptionType: stream.recordEncryption))
            lastSequence = sequence
        }
        previousTip = tip
        return Delivery(records: records, millisBehindLatest: lag, continuationSequenceNumber: lastSequence)
    }

    /// A partition key that maps to this shard (when the stream has few shards; otherwise any key).
    private func partitionKey(using random: inout SeededRandom) -> String {
        guard let ranges = KinesisShardRanges(shardCount: stream.shardCount), stream.shardCount <= 64 else {
            return KinesisRecordContent.partitionKey(using: &random)
        }
        var key = KinesisRecordContent.partitionKey(using: &random)
        var attempts = 0
        while ranges.shardIndex(forPartitionKey: key) != log.shardIndex, attempts < 4096 {
            key = KinesisRecordContent.partitionKey(using: &random)
            attempts += 1
        }
        return key
    }

    /// The shards that replace this one when it closes: two halves after a split, or one shard after a merge with an
    /// adjacent shard. New shards take the next unused indexes.
    func childShards(using random: inout SeededRandom) -> [KinesisAPI.ChildShard] {
        let index = log.shardIndex
        guard let ranges = KinesisShardRanges(shardCount: stream.shardCount),
            let own = ranges.hashKeyRange(ofShard: index)
        else { return [] }
        let parent = log.shardID
        let next = stream.shardCount
        if stream.shardCount == 1 || random.bool(probability: 0.6) {
            let span = own.upperBound.wide.subtractingReportingOverflow(own.lowerBound.wide).partialValue
            let middle = KinesisHashKey(own.lowerBound.wide.addingReportingOverflow(span >> 1).partialValue)
            let upperStart = KinesisHashKey(middle.wide.addingReportingOverflow(UInt256(1)).partialValue)
            return [
                KinesisAPI.ChildShard(
                    shardID: KinesisShardNaming.shardID(index: next), parentShards: [parent],
                    hashKeyRange: .init(
                        startingHashKey: own.lowerBound.description, endingHashKey: middle.description)),
                KinesisAPI.ChildShard(
                    shardID: KinesisShardNaming.shardID(index: next + 1), parentShards: [parent],
                    hashKeyRange: .init(
                        startingHashKey: upperStart.description, endingHashKey: own.upperBound.description)),
            ]
        }
        let adjacent = index == stream.shardCount - 1 ? index - 1 : index + 1
        let other = ranges.hashKeyRange(ofShard: adjacent) ?? own
        let lower = min(own.lowerBound, other.lowerBound)
        let upper = max(own.upperBound, other.upperBound)
        let parents = [parent, KinesisShardNaming.shardID(index: adjacent)]
        return [
            KinesisAPI.ChildShard(
                shardID: KinesisShardNaming.shardID(index: next), parentShards: parents,
                hashKeyRange: .init(startingHashKey: lower.description, endingHashKey: upper.description))
        ]
    }
}
