public import StreamEvents
import StreamJSON

extension EventSourceMappingSimulator where Event == DynamoDBEvent {
    /// Creates a simulator of `mapping` reading from the stream of a simulated DynamoDB table.
    ///
    /// The table makes the records (random writes, or the writes a test scripts with ``write(_:)``); with a
    /// parallelization factor above 1, records are kept in order per value of the table's partition key.
    ///
    /// - Parameters:
    ///   - mapping: The event source mapping, e.g. decoded from `aws lambda get-event-source-mapping` output.
    ///   - table: The table whose stream is read.
    ///   - seed: The seed of the mapping's own choices (request ids, the function ARN when the mapping names none).
    /// - Throws: `GeneratorOptionsError` naming the setting (by its wire name, e.g. `BatchSize`) that Lambda would
    ///   reject for a DynamoDB source or that the simulator cannot honour.
    ///
    /// ```swift
    /// var simulator = try EventSourceMappingSimulator(
    ///     mapping: EventSourceMappingConfiguration(batchSize: 10),
    ///     table: DynamoDBTableSimulator(name: "orders", seed: 3), seed: 3)
    /// ```
    public init(
        mapping: EventSourceMappingConfiguration, table: DynamoDBTableSimulator, seed: Seed
    ) throws(GeneratorOptionsError) {
        try self.init(
            mapping: mapping, feed: .dynamoDB(table), environment: table.environment, seed: seed,
            onFailurePayload: { .dynamoDB($0) },
            filtering: { filter in { filter.accepts($0) } })
    }

    /// Makes `count` random writes to the table and adds the records they stream.
    ///
    /// - Parameter count: The number of records (negative counts as 0).
    public mutating func produceRecords(_ count: Int) {
        guard case .dynamoDB(var table) = feed else { return }
        for _ in 0..<max(0, count) {
            let (shard, record) = table.nextShardRecord()
            append(record, shard: shard, at: table.clock.millisecondsSince1970, table: table)
        }
        feed = .dynamoDB(table)
    }

    /// Makes random writes for `seconds` of simulated time, paced by the table's `millisecondsBetweenWrites`.
    ///
    /// - Parameter seconds: The simulated duration (negative counts as 0).
    public mutating func produceRecords(forSeconds seconds: Int) {
        guard case .dynamoDB(var table) = feed else { return }
        let end = table.clock.millisecondsSince1970 + Int64(max(0, seconds)) * 1_000
        while table.clock.millisecondsSince1970 < end {
            let before = table.clock.millisecondsSince1970
            let (shard, record) = table.nextShardRecord()
            append(record, shard: shard, at: table.clock.millisecondsSince1970, table: table)
            // Writes without gaps between them still move time on, so the loop ends.
            if table.clock.millisecondsSince1970 == before { table.clock.advance(byMilliseconds: 1) }
        }
        feed = .dynamoDB(table)
    }

    /// Applies scripted writes at one moment (as one `BatchWriteItem` would) and adds the records they stream.
    ///
    /// - Parameter operations: The writes, in order.
    /// - Returns: The records they streamed (writes that changed nothing stream none).
    /// - Throws: `DynamoDBGeneratorError` for the first write DynamoDB would reject; earlier writes stay applied.
    ///
    /// ```swift
    /// try simulator.write([.put(["pk": "order#1", "status": "NEW"]), .update(key: ["pk": "order#1"],
    ///                      set: ["status": "PAID"], remove: [])])
    /// ```
    @discardableResult
    public mutating func write(_ operations: [DynamoDBWriteOperation]) throws(DynamoDBGeneratorError)
        -> [DynamoDBEventRecord]
    {
        guard case .dynamoDB(var table) = feed else { return [] }
        let pace = table.millisecondsBetweenWrites
        table.advanceClock(by: pace)
        table.millisecondsBetweenWrites = 0...0
        defer {
            table.millisecondsBetweenWrites = pace
            feed = .dynamoDB(table)
        }
        var written: [DynamoDBEventRecord] = []
        for operation in operations {
            guard let record = try table.apply(operation) else { continue }
            let shard = table.shardIndex(of: record)
            written.append(record)
            append(record, shard: shard, at: table.clock.millisecondsSince1970, table: table)
        }
        return written
    }

    /// Adds a record of `shard`, written at `time`, to the traffic.
    mutating func append(_ record: DynamoDBEventRecord, shard: Int, at time: Int64, table: DynamoDBTableSimulator) {
        var writer = JSONByteWriter(capacity: 1_024)
        writer.append(record)
        var keyWriter = JSONByteWriter(capacity: 64)
        if let partition = record.dynamodb.keys[table.keySchema.partitionKey.name] { keyWriter.append(partition) }
        traffic.append(
            TrafficRecord(
                shard: shard, key: String(decoding: keyWriter.bytes, as: UTF8.self),
                sequenceNumber: record.dynamodb.sequenceNumber ?? "", arrival: time, size: writer.count))
        records.append(record)
    }
}

extension DynamoDBTableSimulator {
    /// The index of the shard a streamed record belongs to: the shard of its item's partition key.
    func shardIndex(of record: DynamoDBEventRecord) -> Int {
        guard shards.count > 1, let partition = record.dynamodb.keys[keySchema.partitionKey.name] else { return 0 }
        return partitionShards[partition] ?? 0
    }
}
