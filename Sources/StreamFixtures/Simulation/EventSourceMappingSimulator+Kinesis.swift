public import StreamEvents
import StreamJSON

extension EventSourceMappingSimulator where Event == KinesisEvent {
    /// Creates a simulator of `mapping` reading from a simulated Kinesis stream.
    ///
    /// The stream simulator writes the records (its recipe decides their payloads, keys and pacing); its batch size
    /// and tumbling window are ignored, the mapping's apply.
    ///
    /// - Parameters:
    ///   - mapping: The event source mapping, e.g. decoded from `aws lambda get-event-source-mapping` output.
    ///   - stream: The stream the records are written to.
    ///   - seed: The seed of the mapping's own choices (request ids, the function ARN when the mapping names none).
    /// - Throws: `GeneratorOptionsError` naming the setting (by its wire name, e.g. `BatchSize`) that Lambda would
    ///   reject for a Kinesis source or that the simulator cannot honour.
    ///
    /// ```swift
    /// let mapping = try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: capturedOutput)
    /// var simulator = try EventSourceMappingSimulator(
    ///     mapping: mapping, stream: KinesisStreamSimulator(name: "orders", shardCount: 2, seed: 7), seed: 7)
    /// ```
    public init(
        mapping: EventSourceMappingConfiguration, stream: KinesisStreamSimulator, seed: Seed
    ) throws(GeneratorOptionsError) {
        var choices = SeededRandom(seed: seed.derived(index: 0xE5))
        let share = stream.recipe.encryptionTypeShare
        let withEncryptionType = share > 0 && choices.bool(probability: share)
        try self.init(
            mapping: mapping, feed: .kinesis(stream, withEncryptionType: withEncryptionType),
            environment: stream.stream.environment, seed: seed, onFailurePayload: { .kinesis($0) },
            filtering: { filter in { filter.accepts($0) } })
    }

    /// Writes `count` records to the stream, each on the shard its partition key hashes to, paced by the stream's
    /// recipe.
    ///
    /// - Parameter count: The number of records (negative counts as 0).
    public mutating func produceRecords(_ count: Int) {
        guard case .kinesis(var stream, let withEncryptionType) = feed else { return }
        for _ in 0..<max(0, count) {
            let shard = stream.drawShard()
            append(stream.nextMappedRecord(shard: shard), shard: shard, withEncryptionType: withEncryptionType)
        }
        feed = .kinesis(stream, withEncryptionType: withEncryptionType)
    }

    /// Writes records to the stream for `seconds` of simulated time: every shard gets records, paced by the stream's
    /// recipe, until its clock has moved `seconds` past the latest record written so far.
    ///
    /// - Parameter seconds: The simulated duration (negative counts as 0).
    ///
    /// ```swift
    /// simulator.produceRecords(forSeconds: 3_600)   // an hour of traffic
    /// ```
    public mutating func produceRecords(forSeconds seconds: Int) {
        guard case .kinesis(var stream, let withEncryptionType) = feed else { return }
        let from = traffic.map(\.arrival).max() ?? stream.start.millisecondsSince1970
        let end = from + Int64(max(0, seconds)) * 1_000
        let shardCount = stream.shardCount
        for index in 0..<shardCount where stream.shards[index] == nil { stream.shards[index] = stream.makeShard(index) }
        while true {
            var shard = stream.drawShard()
            if (stream.shards[shard]?.clock.millisecondsSince1970 ?? end) >= end {
                stream.keyPools[shard]?.removeLast()
                var earliest: (shard: Int, time: Int64)?
                for index in 0..<shardCount {
                    let time = stream.shards[index]?.clock.millisecondsSince1970 ?? end
                    if time < (earliest?.time ?? end) { earliest = (index, time) }
                }
                guard let earliest else { break }
                shard = earliest.shard
            }
            append(stream.nextMappedRecord(shard: shard), shard: shard, withEncryptionType: withEncryptionType)
            // A recipe without gaps between records still moves time on, so the loop ends.
            if stream.recipe.millisecondsBetweenRecords.upperBound <= 0 {
                stream.shards[shard]?.clock.advance(byMilliseconds: 1)
            }
        }
        feed = .kinesis(stream, withEncryptionType: withEncryptionType)
    }

    /// Writes records with the given partition keys and UTF-8 data in one `PutRecords` call: they arrive at the same
    /// moment, each on the shard its key hashes to, in the order given.
    ///
    /// - Parameter entries: The records' partition keys (1–256 characters; longer keys are cut, an empty one becomes
    ///   `"0"`) and data.
    /// - Returns: The records as Lambda delivers them.
    ///
    /// ```swift
    /// simulator.putRecords((1...5).map { (partitionKey: "order-7", data: #"{"step":\#($0)}"#) })
    /// ```
    @discardableResult
    public mutating func putRecords(_ entries: [(partitionKey: String, data: String)]) -> [KinesisEventRecord] {
        guard case .kinesis(var stream, let withEncryptionType) = feed, !entries.isEmpty else { return [] }
        let keyed = entries.map { entry in
            let key = KinesisStreamSimulator.clampedKey(entry.partitionKey)
            return (key: key, shard: stream.stream.shardIndex(forPartitionKey: key), data: Array(entry.data.utf8))
        }
        var arrival = Int64.min
        for shard in Set(keyed.map(\.shard)).sorted() {
            var state = stream.shards[shard] ?? stream.makeShard(shard)
            stream.advance(&state.clock, by: stream.recipe.millisecondsBetweenRecords, cap: nil, deadline: nil)
            arrival = max(arrival, state.clock.millisecondsSince1970)
            stream.shards[shard] = state
        }
        var written: [KinesisEventRecord] = []
        for entry in keyed {
            guard var state = stream.shards[entry.shard] else { continue }
            state.clock = SimulatedClock(start: arrival)
            let record = stream.sealRecord(state: &state, key: entry.key, bytes: entry.data, arrival: arrival)
            stream.shards[entry.shard] = state
            written.append(append(record, shard: entry.shard, withEncryptionType: withEncryptionType))
        }
        feed = .kinesis(stream, withEncryptionType: withEncryptionType)
        return written
    }

    /// Adds a record of `shard` to the traffic.
    @discardableResult
    mutating func append(_ generated: KinesisEventRecord, shard: Int, withEncryptionType: Bool) -> KinesisEventRecord {
        var record = generated
        if withEncryptionType, case .kinesis(let stream, _) = feed {
            record.kinesis.encryptionType = stream.stream.encryptionType
        }
        var writer = JSONByteWriter(capacity: 512 + record.kinesis.data.utf8.count)
        writer.append(record)
        traffic.append(
            TrafficRecord(
                shard: shard, key: record.kinesis.partitionKey, sequenceNumber: record.kinesis.sequenceNumber,
                arrival: StreamBatchFacts.milliseconds(record.kinesis.approximateArrivalTimestamp),
                size: writer.count))
        records.append(record)
        return record
    }
}

extension KinesisStreamSimulator {
    /// The next record of shard `shard`, whose partition key was drawn for it.
    mutating func nextMappedRecord(shard: Int) -> KinesisEventRecord {
        var state = shards[shard] ?? makeShard(shard)
        let record = makeRecord(state: &state, gapCap: nil, deadline: nil).filled
        shards[shard] = state
        return record
    }
}
