public import StreamEvents

/// What `stream-fixtures generate dynamodb …` (and `dynamodb-kinesis-record`) asks for: how many events and
/// records, and the table to simulate. Options left `nil` are drawn from the seed.
///
/// ```swift
/// var options = DynamoDBGeneratorOptions(eventCount: 3, recordsPerEvent: 25)
/// options.streamViewType = .newImage
/// options.keySchema = try DynamoDBKeySchema(parsing: "pk:S,sk:S")
/// let events = try DynamoDBEvent.generate(options, seed: 42)
/// ```
public struct DynamoDBGeneratorOptions: Codable, Hashable, Sendable {
    /// Events to generate (`--count`, 1–100,000); for change records, the number of records.
    public var eventCount: Int
    /// Records per event (`--records`, the mapping's `BatchSize`, 1–10,000).
    public var recordsPerEvent: Int
    /// The stream view type (`--view-type`), or `nil` for a random one.
    public var streamViewType: StreamViewType?
    /// The region (`--region`; the partition follows it), or `nil` for a random environment.
    public var region: AWSRegion?
    /// The 12-digit account id, or `nil` for the default (`111122223333`, or a random one with a random region).
    public var accountID: String?
    /// The table name, or `nil` for a random realistic one.
    public var tableName: String?
    /// The key schema (`--key-schema pk:S,sk:N`), or `nil` for a random one.
    public var keySchema: DynamoDBKeySchema?
    /// Stream shards (`--shards`, 1–64); each event comes from one.
    public var shardCount: Int
    /// The share of deletes done by TTL (`--ttl-share`, 0…1).
    public var ttlShare: Double
    /// The mix of writes (`--operations put=5,update=4,delete=1`).
    public var operations: DynamoDBOperationMix
    /// Tumbling windows (`--window`, 1–900 s): events become the invocations of consecutive windows, or `nil`.
    public var tumblingWindowSeconds: Int?
    /// The unit of `ApproximateCreationDateTime` in change records for Kinesis.
    public var kinesisTimestampPrecision: DynamoDBKinesisTimestampPrecision

    /// Creates options.
    ///
    /// - Parameters:
    ///   - eventCount: Events (or change records) to generate.
    ///   - recordsPerEvent: Records per event.
    ///   - streamViewType: The view type, or `nil` for random.
    ///   - region: The region, or `nil` for random.
    ///   - accountID: The account id, or `nil`.
    ///   - tableName: The table name, or `nil` for random.
    ///   - keySchema: The key schema, or `nil` for random.
    ///   - shardCount: Stream shards.
    ///   - ttlShare: The share of deletes done by TTL.
    ///   - operations: The mix of writes.
    ///   - tumblingWindowSeconds: The window length, or `nil` for ordinary events.
    ///   - kinesisTimestampPrecision: The unit of creation times in change records for Kinesis.
    public init(
        eventCount: Int = 1, recordsPerEvent: Int = 10, streamViewType: StreamViewType? = nil,
        region: AWSRegion? = nil, accountID: String? = nil, tableName: String? = nil,
        keySchema: DynamoDBKeySchema? = nil, shardCount: Int = 1, ttlShare: Double = 0.1,
        operations: DynamoDBOperationMix = .default, tumblingWindowSeconds: Int? = nil,
        kinesisTimestampPrecision: DynamoDBKinesisTimestampPrecision = .milliseconds
    ) {
        self.eventCount = eventCount
        self.recordsPerEvent = recordsPerEvent
        self.streamViewType = streamViewType
        self.region = region
        self.accountID = accountID
        self.tableName = tableName
        self.keySchema = keySchema
        self.shardCount = shardCount
        self.ttlShare = ttlShare
        self.operations = operations
        self.tumblingWindowSeconds = tumblingWindowSeconds
        self.kinesisTimestampPrecision = kinesisTimestampPrecision
    }

    /// Checks every option's range.
    ///
    /// - Throws: ``DynamoDBGeneratorError`` (`invalidOption`) naming the option, what it accepts and what it got.
    public func validate() throws(DynamoDBGeneratorError) {
        func option(_ location: String, _ message: String) -> DynamoDBGeneratorError {
            DynamoDBGeneratorError(code: .invalidOption, location: location, message: message)
        }
        guard (1...100_000).contains(eventCount) else {
            throw option("eventCount", "expected 1 to 100000; found \(eventCount)")
        }
        guard (1...10_000).contains(recordsPerEvent) else {
            throw option("recordsPerEvent", "expected 1 to 10000 (the BatchSize range); found \(recordsPerEvent)")
        }
        if let tumblingWindowSeconds, !(1...900).contains(tumblingWindowSeconds) {
            throw option("tumblingWindowSeconds", "expected 1 to 900 (TumblingWindowInSeconds); found \(tumblingWindowSeconds)")
        }
        _ = try makeTable(seed: 0)
    }

    /// The simulated table these options describe, with the unset options drawn from `seed`.
    func makeTable(seed: Seed) throws(DynamoDBGeneratorError) -> DynamoDBTableSimulator {
        var random = SeededRandom(seed: seed)
        let drawn = Gen<DynamoDBTableSimulator>.dynamoDBTable().run(using: &random)
        var environment = drawn.environment
        if let region { environment = AWSEnvironment(region: region, accountID: accountID ?? "111122223333") }
        if let accountID { environment.accountID = accountID }
        return try DynamoDBTableSimulator(
            name: tableName ?? drawn.tableName, environment: environment, keySchema: keySchema ?? drawn.keySchema,
            streamViewType: streamViewType ?? drawn.streamViewType, shardCount: shardCount, items: .random,
            operations: operations, ttlShare: ttlShare, existingItemCount: 10, clock: drawn.clock,
            seed: Seed(random.next()))
    }
}

extension DynamoDBEvent {
    /// Generates DynamoDB stream events as the options describe, all from one simulated table (so consecutive
    /// events continue each other's items, shards and sequence numbers).
    ///
    /// - Parameters:
    ///   - options: What to generate.
    ///   - seed: The seed; the same seed and options give byte-identical events.
    /// - Returns: `eventCount` events (tumbling-window invocations when `tumblingWindowSeconds` is set).
    /// - Throws: ``DynamoDBGeneratorError`` for an option out of range.
    ///
    /// ```swift
    /// let events = try DynamoDBEvent.generate(DynamoDBGeneratorOptions(eventCount: 5), seed: "fixtures")
    /// ```
    public static func generate(_ options: DynamoDBGeneratorOptions, seed: Seed) throws(DynamoDBGeneratorError) -> [DynamoDBEvent] {
        try options.validate()
        var table = try options.makeTable(seed: seed)
        var events: [DynamoDBEvent] = []
        events.reserveCapacity(options.eventCount)
        if let seconds = options.tumblingWindowSeconds {
            while events.count < options.eventCount {
                let records = table.random.int(in: 0...(options.recordsPerEvent * 3))
                events += table.nextWindow(seconds: seconds, recordCount: records, batchSize: options.recordsPerEvent)
            }
            return Array(events.prefix(options.eventCount))
        }
        for _ in 0..<options.eventCount { events.append(table.nextEvent(recordCount: options.recordsPerEvent)) }
        return events
    }
}

extension DynamoDBKinesisChangeRecord {
    /// Generates change records as Kinesis Data Streams for DynamoDB delivers them, from one simulated table.
    ///
    /// - Parameters:
    ///   - options: What to generate (`eventCount` records; the view type does not apply).
    ///   - seed: The seed; the same seed and options give byte-identical records.
    /// - Returns: `eventCount` change records.
    /// - Throws: ``DynamoDBGeneratorError`` for an option out of range.
    public static func generate(
        _ options: DynamoDBGeneratorOptions, seed: Seed
    ) throws(DynamoDBGeneratorError) -> [DynamoDBKinesisChangeRecord] {
        try options.validate()
        var table = try options.makeTable(seed: seed)
        var records: [DynamoDBKinesisChangeRecord] = []
        records.reserveCapacity(options.eventCount)
        for _ in 0..<options.eventCount {
            records.append(table.nextKinesisChangeRecord(precision: options.kinesisTimestampPrecision))
        }
        return records
    }
}
