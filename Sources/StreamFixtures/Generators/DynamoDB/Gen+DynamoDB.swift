public import StreamEvents

extension Gen where Value == DynamoDBTableSimulator {
    /// Random simulated tables: realistic names, environments (mostly `aws`, sometimes `aws-cn`/`aws-us-gov`), key
    /// schemas, view types, 1–3 shards, some TTL, one to four existing items, start times from 2019 to 2025.
    ///
    /// - Parameters:
    ///   - streamViewType: A fixed view type, or `nil` for any.
    ///   - environment: A fixed environment, or `nil` for ``AWSEnvironment/random``.
    ///   - keySchema: A fixed key schema, or `nil` for ``DynamoDBKeySchema/random``.
    ///   - shardCount: The range of shard counts, within ``DynamoDBOptions/shardsRange``.
    /// - Returns: The generator.
    /// - Throws: ``GeneratorOptionsError`` (`shardCount`) when `shardCount` leaves ``DynamoDBOptions/shardsRange``.
    ///
    /// ```swift
    /// for var table in try Gen.dynamoDBTable().samples(count: 100, seed: 7) {
    ///     let event = table.nextEvent(recordCount: 5)
    /// }
    /// ```
    public static func dynamoDBTable(
        streamViewType: StreamViewType? = nil, environment: AWSEnvironment? = nil, keySchema: DynamoDBKeySchema? = nil,
        shardCount: ClosedRange<Int> = 1...3
    ) throws(GeneratorOptionsError) -> Gen<DynamoDBTableSimulator> {
        try OptionCheck.bounds(shardCount, in: DynamoDBOptions.shardsRange, "shardCount")
        return tables(
            streamViewType: streamViewType, environment: environment, keySchema: keySchema, shardCount: shardCount)
    }

    /// ``dynamoDBTable(streamViewType:environment:keySchema:shardCount:)`` for a `shardCount` already checked.
    static func tables(
        streamViewType: StreamViewType? = nil, environment: AWSEnvironment? = nil, keySchema: DynamoDBKeySchema? = nil,
        shardCount shards: ClosedRange<Int> = 1...3
    ) -> Gen<DynamoDBTableSimulator> {
        let names = ResourceName.table()
        let environments = AWSEnvironment.random
        let schemas = DynamoDBKeySchema.random
        return Gen { random in
            let name = names.run(using: &random)
            let environment = environment ?? environments.run(using: &random)
            let keySchema = keySchema ?? schemas.run(using: &random)
            let viewType =
                streamViewType
                ?? (random.bool(probability: 0.4)
                    ? .newAndOldImages : (random.element(of: StreamViewType.knownValues) ?? .newImage))
            let shardCount = random.int(in: shards)
            let ttlShare = random.bool(probability: 0.5) ? 0 : Double(random.int(in: 5...50)) / 100
            let mixes: [DynamoDBOperationMix] = [
                .default, DynamoDBOperationMix(put: 1, update: 1, delete: 1),
                DynamoDBOperationMix(put: 8, update: 1, delete: 1),
                DynamoDBOperationMix(put: 3, update: 6, delete: 1),
            ]
            let start = Int64(1_546_300_800_000) + Int64(random.next(below: 220_000_000_000))
            return DynamoDBTableSimulator(
                unchecked: name, environment: environment, keySchema: keySchema, streamViewType: viewType,
                shardCount: shardCount, items: .random, operations: random.element(of: mixes) ?? .default,
                ttlShare: ttlShare, ttlAttributeName: nil, existingItemCount: random.int(in: 1...4),
                clock: SimulatedClock(start: start), seed: Seed(random.next()))
        }
    }
}

extension Gen where Value == DynamoDBEvent {
    /// Random DynamoDB stream events: one batch from one shard of a random table (``Gen/dynamoDBTable(streamViewType:environment:keySchema:shardCount:)``).
    ///
    /// - Parameters:
    ///   - recordCount: The range of batch sizes, within ``DynamoDBOptions/recordsRange``.
    ///   - streamViewType: A fixed view type, or `nil` for any.
    ///   - environment: A fixed environment, or `nil` for a random one.
    /// - Returns: The generator.
    ///
    /// ```swift
    /// @Test(arguments: try Gen.dynamoDBEvent().samples(count: 100, seed: 7))
    /// func handlerAcceptsEvent(_ event: DynamoDBEvent) throws { try handle(event) }
    /// ```
    public static func dynamoDBEvent(
        recordCount: ClosedRange<Int> = 1...10, streamViewType: StreamViewType? = nil,
        environment: AWSEnvironment? = nil
    ) throws(GeneratorOptionsError) -> Gen<DynamoDBEvent> {
        try OptionCheck.bounds(recordCount, in: DynamoDBOptions.recordsRange, "recordCount")
        let tables = Gen<DynamoDBTableSimulator>.tables(streamViewType: streamViewType, environment: environment)
        return Gen { random in
            var table = tables.run(using: &random)
            return table.nextEvent(recordCount: random.int(in: recordCount))
        }
    }
}

extension Gen where Value == [DynamoDBEvent] {
    /// The invocations of one tumbling window on a random table (``DynamoDBTableSimulator/nextWindow(seconds:recordCount:batchSize:)``).
    ///
    /// - Parameters:
    ///   - seconds: The range of window lengths, within ``DynamoDBOptions/windowSecondsRange``.
    ///   - recordCount: The range of writes within the window, within ``DynamoDBOptions/recordsRange``.
    ///   - batchSize: The range of batch sizes, within ``DynamoDBOptions/batchSizeRange``.
    /// - Returns: The generator.
    /// - Throws: ``GeneratorOptionsError`` naming the first range that leaves its limit.
    public static func dynamoDBWindowEvents(
        seconds: ClosedRange<Int> = 30...120, recordCount: ClosedRange<Int> = 1...12,
        batchSize: ClosedRange<Int> = 1...5
    ) throws(GeneratorOptionsError) -> Gen<[DynamoDBEvent]> {
        try OptionCheck.bounds(seconds, in: DynamoDBOptions.windowSecondsRange, "seconds")
        try OptionCheck.bounds(recordCount, in: DynamoDBOptions.recordsRange, "recordCount")
        try OptionCheck.bounds(batchSize, in: DynamoDBOptions.batchSizeRange, "batchSize")
        let tables = Gen<DynamoDBTableSimulator>.tables()
        return Gen { random in
            var table = tables.run(using: &random)
            return table.nextWindow(
                seconds: random.int(in: seconds), recordCount: random.int(in: recordCount),
                batchSize: random.int(in: batchSize))
        }
    }
}

extension Gen where Value == DynamoDBKinesisChangeRecord {
    /// Random DynamoDB change records as Kinesis Data Streams for DynamoDB delivers them (one per random table).
    ///
    /// - Parameter precision: The unit of `ApproximateCreationDateTime`, or `nil` for mostly milliseconds and
    ///   sometimes microseconds.
    /// - Returns: The generator.
    ///
    /// ```swift
    /// let data = try StreamJSONEncoder().encode(Gen.dynamoDBKinesisChangeRecord().run(seed: 3))
    /// ```
    public static func dynamoDBKinesisChangeRecord(
        precision: DynamoDBKinesisTimestampPrecision? = nil
    ) -> Gen<DynamoDBKinesisChangeRecord> {
        Gen<[DynamoDBKinesisChangeRecord]>.changeRecords(count: 1...1, precision: precision).map {
            $0.first
                ?? DynamoDBKinesisChangeRecord(
                    awsRegion: .usEast1, eventID: "", eventName: .insert, tableName: "orders",
                    dynamodb: DynamoDBStreamRecord(keys: [:]))
        }
    }
}

extension Gen where Value == [DynamoDBKinesisChangeRecord] {
    /// Consecutive change records of one random table, as Kinesis Data Streams for DynamoDB delivers them.
    ///
    /// - Parameters:
    ///   - count: The range of record counts, within ``DynamoDBOptions/countRange``.
    ///   - precision: The unit of `ApproximateCreationDateTime`, or `nil` for mostly milliseconds.
    /// - Returns: The generator.
    /// - Throws: ``GeneratorOptionsError`` (`count`) when `count` leaves ``DynamoDBOptions/countRange``.
    public static func dynamoDBKinesisChangeRecords(
        count: ClosedRange<Int> = 1...10, precision: DynamoDBKinesisTimestampPrecision? = nil
    ) throws(GeneratorOptionsError) -> Gen<[DynamoDBKinesisChangeRecord]> {
        try OptionCheck.bounds(count, in: DynamoDBOptions.countRange, "count")
        return changeRecords(count: count, precision: precision)
    }

    /// ``dynamoDBKinesisChangeRecords(count:precision:)`` for a `count` already checked.
    static func changeRecords(
        count: ClosedRange<Int>, precision: DynamoDBKinesisTimestampPrecision?
    ) -> Gen<[DynamoDBKinesisChangeRecord]> {
        let tables = Gen<DynamoDBTableSimulator>.tables()
        return Gen { random in
            var table = tables.run(using: &random)
            let unit = precision ?? (random.bool(probability: 0.8) ? .milliseconds : .microseconds)
            var records: [DynamoDBKinesisChangeRecord] = []
            for _ in 0..<random.int(in: count) {
                records.append(table.nextKinesisChangeRecord(precision: unit))
            }
            return records
        }
    }
}

extension Gen where Value == AttributeValue {
    /// Random attribute values of every type (`S N B SS NS BS M L NULL BOOL`) that DynamoDB accepts: valid numbers
    /// in canonical form, non-empty sets without duplicates, documents at most `maxDepth` levels deep with map
    /// members sorted by name.
    ///
    /// - Parameter maxDepth: The deepest nesting of `M`/`L` (0 for scalars and sets only; at most 32).
    /// - Returns: The generator.
    public static func dynamoDBAttributeValue(maxDepth: Int = 3) -> Gen<AttributeValue> {
        let depth = min(max(maxDepth, 0), 32)
        return Gen { random in
            DynamoDBItemRules.sorted(RandomAttributeValues.value(depth: 0, maxDepth: depth, using: &random))
        }
    }
}

extension Gen where Value == DynamoDBNumber {
    /// Random valid DynamoDB numbers in canonical form: everyday integers and decimals, zero, 38-digit values and
    /// values near the ends of the range (1E-130, 9.99…E+125).
    public static var dynamoDBNumber: Gen<DynamoDBNumber> {
        Gen { random in RandomAttributeValues.number(using: &random) }
    }
}
