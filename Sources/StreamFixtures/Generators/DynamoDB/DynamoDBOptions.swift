public import StreamEvents

/// The settings of generated DynamoDB stream events and change records (kinds `dynamodb-event` and
/// `dynamodb-kinesis-record`), as plain values, and their single set of limits: the fixture catalog, the snapshot
/// manifest and the CLI check recipes through ``validate()``.
///
/// ```swift
/// var options = DynamoDBOptions()
/// options.count = 3
/// options.records = 25
/// options.viewType = .newImage
/// options.keySchema = try DynamoDBKeySchema(parsing: "pk:S,sk:S")
/// try options.validate()
/// let events = DynamoDBEvent.generate(options, seed: 42)
/// ```
public struct DynamoDBOptions: Codable, Hashable, Sendable {
    /// The number of events (``countRange``); for change records, the number of records.
    public var count: Int
    /// Records per event (``recordsRange``), at most ``batchSize``; an event holds fewer only at the 6 MB limit.
    public var records: Int
    /// The stream's shard count (``shardsRange``); each event comes from one shard.
    public var shards: Int
    /// The table's region; the partition follows from it.
    public var region: AWSRegion
    /// The 12-digit account id of every ARN.
    public var accountID: String
    /// The table name, or `nil` to draw a realistic one from the seed.
    public var tableName: String?
    /// The stream view type.
    public var viewType: StreamViewType
    /// The key schema (e.g. `DynamoDBKeySchema(parsing: "pk:S,sk:N")`), or `nil` to draw a realistic one from the seed.
    public var keySchema: DynamoDBKeySchema?
    /// The share of deletes done by Time to Live (``ttlShareRange``).
    public var ttlShare: Double
    /// The mix of writes (e.g. `DynamoDBOperationMix(put: 5, update: 4, delete: 1)`).
    public var operations: DynamoDBOperationMix
    /// The tumbling window length in seconds (``windowSecondsRange``), or `nil` for ordinary events.
    public var windowSeconds: Int?
    /// The event source mapping's `BatchSize` (``batchSizeRange``).
    public var batchSize: Int
    /// The unit of `ApproximateCreationDateTime` in change records for Kinesis.
    public var kinesisTimestampPrecision: DynamoDBKinesisTimestampPrecision

    /// Creates options; every default gives small realistic events.
    ///
    /// - Parameters:
    ///   - count: The number of events (or change records).
    ///   - records: Records per event.
    ///   - shards: The stream's shard count.
    ///   - region: The region.
    ///   - accountID: The account id.
    ///   - tableName: The table name, or `nil` to draw one.
    ///   - viewType: The stream view type.
    ///   - keySchema: The key schema, or `nil` to draw one.
    ///   - ttlShare: The share of deletes done by TTL.
    ///   - operations: The mix of writes.
    ///   - windowSeconds: The tumbling window length, or `nil`.
    ///   - batchSize: The most records per event.
    ///   - kinesisTimestampPrecision: The unit of creation times in change records for Kinesis.
    public init(
        count: Int = 1,
        records: Int = 3,
        shards: Int = 1,
        region: AWSRegion = .usEast1,
        accountID: String = "111122223333",
        tableName: String? = nil,
        viewType: StreamViewType = .newAndOldImages,
        keySchema: DynamoDBKeySchema? = nil,
        ttlShare: Double = 0.1,
        operations: DynamoDBOperationMix = .default,
        windowSeconds: Int? = nil,
        batchSize: Int = 100,
        kinesisTimestampPrecision: DynamoDBKinesisTimestampPrecision = .milliseconds
    ) {
        self.count = count
        self.records = records
        self.shards = shards
        self.region = region
        self.accountID = accountID
        self.tableName = tableName
        self.viewType = viewType
        self.keySchema = keySchema
        self.ttlShare = ttlShare
        self.operations = operations
        self.windowSeconds = windowSeconds
        self.batchSize = batchSize
        self.kinesisTimestampPrecision = kinesisTimestampPrecision
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange
    /// The allowed ``records``: 1 to the largest Lambda batch, and at most ``batchSize``.
    public static let recordsRange = KinesisOptions.recordsRange
    /// The allowed ``shards``: the shard counts the table simulator keeps.
    public static let shardsRange = 1...64
    /// The allowed ``ttlShare``.
    public static let ttlShareRange = 0.0...1.0
    /// The allowed ``windowSeconds``: Lambda's `TumblingWindowInSeconds`.
    public static let windowSecondsRange = KinesisOptions.windowSecondsRange
    /// The allowed ``batchSize``: Lambda's `BatchSize` for stream sources.
    public static let batchSizeRange = KinesisOptions.batchSizeRange

    /// Checks every option against its limit (``countRange``, ``recordsRange``, ``shardsRange``, …) and the table
    /// it describes against DynamoDB's rules; never clamps.
    ///
    /// `DynamoDBEvent/generate(_:seed:)` expects valid options; call this first to report a bad value to a user.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.value(records, in: Self.recordsRange, "records")
        try OptionCheck.value(batchSize, in: Self.batchSizeRange, "batchSize")
        guard records <= batchSize else {
            throw GeneratorOptionsError(
                field: "records", message: "expected at most batchSize (\(batchSize)), found \(records)")
        }
        try OptionCheck.value(shards, in: Self.shardsRange, "shards")
        try OptionCheck.share(ttlShare, in: Self.ttlShareRange, "ttlShare")
        if let windowSeconds { try OptionCheck.value(windowSeconds, in: Self.windowSecondsRange, "windowSeconds") }
        do throws(DynamoDBGeneratorError) {
            try DynamoDBTableSimulator.validate(
                name: tableName ?? "orders", environment: AWSEnvironment(region: region, accountID: accountID),
                keySchema: keySchema ?? DynamoDBKeySchema(partitionKey: .string("pk")), streamViewType: viewType,
                shardCount: shards, operations: operations, ttlShare: ttlShare, ttlAttributeName: nil,
                existingItemCount: 10)
        } catch {
            let field = [
                "name": "tableName", "shardCount": "shards", "streamViewType": "viewType",
                "environment.accountID": "accountID", "environment.region": "region",
            ][error.location]
            throw GeneratorOptionsError(field: field ?? error.location, message: error.message)
        }
    }
}

extension DynamoDBTableSimulator {
    /// Creates the table `DynamoDBEvent/generate(_:seed:)` uses for `options`: the name and key schema drawn
    /// from the seed when not given, out-of-range options clamped (an invalid name, key schema, view type or mix
    /// falls back to a drawn or default one).
    ///
    /// - Parameters:
    ///   - options: The options.
    ///   - seed: The seed.
    public init(options: DynamoDBOptions, seed: Seed) {
        self.init(options: options, items: .random, seed: seed)
    }

    /// The same table as ``init(options:seed:)``, its random writes taking their items from `items`.
    package init(options: DynamoDBOptions, items: DynamoDBItemSource, seed: Seed) {
        var random = SeededRandom(seed: seed)
        let drawnName = ResourceName.table().run(using: &random)
        let drawnSchema = DynamoDBKeySchema.random.run(using: &random)
        let start = Int64(1_546_300_800_000) + Int64(random.next(below: 220_000_000_000))
        func valid(_ check: () throws(DynamoDBGeneratorError) -> Void) -> Bool {
            do throws(DynamoDBGeneratorError) {
                try check()
                return true
            } catch {
                return false
            }
        }
        let name = options.tableName.flatMap { name in
            valid { () throws(DynamoDBGeneratorError) in
                try Self.validate(
                    name: name, environment: AWSEnvironment(), keySchema: drawnSchema, streamViewType: .keysOnly,
                    shardCount: 1, operations: .default, ttlShare: 0, ttlAttributeName: nil, existingItemCount: 0)
            } ? name : nil
        }
        let schema = options.keySchema.flatMap { schema in
            valid { () throws(DynamoDBGeneratorError) in try schema.validate() } ? schema : nil
        }
        var environment = AWSEnvironment(region: options.region, accountID: options.accountID)
        if (try? environment.validate()) == nil { environment = AWSEnvironment() }
        let operations = (try? options.operations.validate()) != nil ? options.operations : .default
        self.init(
            unchecked: name ?? drawnName, environment: environment, keySchema: schema ?? drawnSchema,
            streamViewType: options.viewType.isKnown ? options.viewType : .newAndOldImages,
            shardCount: min(max(options.shards, 1), 64), items: items, operations: operations,
            ttlShare: options.ttlShare.isFinite ? min(max(options.ttlShare, 0), 1) : 0, ttlAttributeName: nil,
            existingItemCount: 10, clock: SimulatedClock(start: start), seed: Seed(random.next()))
    }
}

extension DynamoDBEvent {
    /// Generates `options.count` DynamoDB stream events: the entry point of `stream-fixtures generate
    /// dynamodb-event`.
    ///
    /// One table (``DynamoDBTableSimulator/init(options:seed:)``), so consecutive events continue each other's
    /// items, shards and sequence numbers; each event comes from one shard. With `options.windowSeconds` the events
    /// are the invocations of consecutive tumbling windows (the last window may be cut short by `count`).
    /// Out-of-range options are clamped; use ``DynamoDBOptions/validate()`` to report them instead.
    ///
    /// - Parameters:
    ///   - options: What to generate.
    ///   - seed: The seed; the same seed and options give byte-identical events everywhere.
    /// - Returns: The events.
    ///
    /// ```swift
    /// let events = DynamoDBEvent.generate(DynamoDBOptions(count: 5, records: 10), seed: "fixtures")
    /// ```
    public static func generate(_ options: DynamoDBOptions, seed: Seed) -> [DynamoDBEvent] {
        generate(options, items: .random, seed: seed)
    }

    /// The events of ``generate(_:seed:)`` with the table's items taken from `items`.
    package static func generate(_ options: DynamoDBOptions, items: DynamoDBItemSource, seed: Seed) -> [DynamoDBEvent] {
        var events: [DynamoDBEvent] = []
        events.reserveCapacity(max(options.count, 0))
        generate(options, items: items, seed: seed) { events.append($0) }
        return events
    }

    /// The events of ``generate(_:items:seed:)`` handed to `each` one at a time, as they are made.
    package static func generate(
        _ options: DynamoDBOptions, items: DynamoDBItemSource, seed: Seed, each: (DynamoDBEvent) throws -> Void
    ) rethrows {
        var table = DynamoDBTableSimulator(options: options, items: items, seed: seed)
        let count = max(options.count, 0)
        let records = min(max(options.records, 1), min(max(options.batchSize, 1), 10_000))
        if let seconds = options.windowSeconds {
            var made = 0
            while made < count {
                let writes = table.random.int(in: 1...(records * 3))
                for event in table.nextWindow(seconds: seconds, recordCount: writes, batchSize: records)
                where made < count {
                    try each(event)
                    made += 1
                }
            }
            return
        }
        for _ in 0..<count { try each(table.nextEvent(recordCount: records)) }
    }
}

extension DynamoDBKinesisChangeRecord {
    /// Generates `options.count` change records as Kinesis Data Streams for DynamoDB delivers them, from one
    /// simulated table (the view type does not apply: change records carry both images).
    ///
    /// - Parameters:
    ///   - options: What to generate.
    ///   - seed: The seed; the same seed and options give byte-identical records.
    /// - Returns: The change records.
    ///
    /// ```swift
    /// let changes = DynamoDBKinesisChangeRecord.generate(DynamoDBOptions(count: 20), seed: 1)
    /// let data = changes.map { $0.compactJSON() }   // the Kinesis records' data
    /// ```
    public static func generate(_ options: DynamoDBOptions, seed: Seed) -> [DynamoDBKinesisChangeRecord] {
        var table = DynamoDBTableSimulator(options: options, seed: seed)
        var records: [DynamoDBKinesisChangeRecord] = []
        records.reserveCapacity(max(options.count, 0))
        for _ in 0..<max(options.count, 0) {
            records.append(table.nextKinesisChangeRecord(precision: options.kinesisTimestampPrecision))
        }
        return records
    }
}
