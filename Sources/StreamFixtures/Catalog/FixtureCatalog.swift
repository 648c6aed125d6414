import StreamEvents
import StreamJSON

/// Every kind the generators can produce, with what each understands, behind one call.
///
/// The CLI's `generate`, the snapshot manifest and the benchmarks go through here, so a kind
/// generates the same bytes whichever way it is asked for.
public enum FixtureCatalog {
    /// One generatable kind.
    public struct Entry: Sendable {
        /// The kind, named as its schema.
        public var kind: String
        /// One line saying what it is.
        public var summary: String
        /// The recipe options it uses besides seed and count (`records`, `shards`, `view-type`, `region`).
        public var options: [String]
        let make: @Sendable (FixtureRecipe) throws -> [[UInt8]]

        /// An entry whose documents are encoded with `StreamJSONEncoder`.
        init<Model: Encodable & SendableMetatype>(kind: String, summary: String, options: [String],
                               _ generate: @escaping @Sendable (FixtureRecipe) -> [Model]) {
            self.kind = kind
            self.summary = summary
            self.options = options
            self.make = { recipe in
                let encoder = StreamJSONEncoder()
                return try generate(recipe).map { try encoder.encode($0) }
            }
        }

        /// An entry that writes its own canonical bytes (a generator's fast path).
        init(kind: String, summary: String, options: [String], bytes: @escaping @Sendable (FixtureRecipe) -> [[UInt8]]) {
            self.kind = kind
            self.summary = summary
            self.options = options
            self.make = { recipe in bytes(recipe) }
        }
    }

    /// The kinds in name order.
    public static var kinds: [String] { entries.map(\.kind).sorted() }

    /// The entry for `kind`, if there is one.
    public static func entry(_ kind: String) -> Entry? { entries.first { $0.kind == kind } }

    /// Generates the documents of `recipe` as canonical compact JSON, one element per document.
    ///
    /// - Throws: `FixtureRecipeError` for an unknown kind or an option out of range; an encoding error
    ///   only if a generator produced a non-finite number (a bug).
    public static func generate(_ recipe: FixtureRecipe) throws -> [[UInt8]] {
        guard let entry = entry(recipe.kind) else {
            throw FixtureRecipeError("unknown kind '\(recipe.kind)'; known kinds: \(kinds.joined(separator: ", "))")
        }
        guard (1...100_000).contains(recipe.count) else {
            throw FixtureRecipeError("count must be from 1 to 100000; found \(recipe.count)")
        }
        if let records = recipe.records, !(1...10_000).contains(records) {
            throw FixtureRecipeError("records must be from 1 to 10000 (the largest Lambda batch); found \(records)")
        }
        if let shards = recipe.shards, !(1...1_000).contains(shards) {
            throw FixtureRecipeError("shards must be from 1 to 1000; found \(shards)")
        }
        if let seconds = recipe.windowSeconds, !(1...900).contains(seconds) {
            throw FixtureRecipeError("window-seconds must be from 1 to 900 (Lambda TumblingWindowInSeconds); found \(seconds)")
        }
        for (name, share) in [("aggregation-share", recipe.aggregationShare), ("ttl-share", recipe.ttlShare)] {
            if let share, !(0...1).contains(share) {
                throw FixtureRecipeError("\(name) must be a share from 0 to 1; found \(share)")
            }
        }
        return try entry.make(recipe)
    }

    static let entries: [Entry] = streamEntries + lambdaEntries + kinesisAPIEntries + [
        Entry(kind: "kubemq-kinesis-request", summary: "KubeMQ aws.kinesis target requests, every method in turn",
              options: ["region"]) { recipe in
            KubeMQKinesisRequest.generate(.init(count: recipe.count, environment: recipe.environment), seed: recipe.seed)
        },
    ]

    static let streamEntries: [Entry] = [
        Entry(kind: "kinesis-event",
              summary: "Kinesis Data Streams events: one shard per batch, real sequence numbers, KPL aggregates",
              options: ["records", "shards", "region", "window-seconds", "aggregation-share", "payload"], bytes: { recipe in
            let records = recipe.records ?? 3
            let options = KinesisOptions(count: recipe.count, records: records, shards: recipe.shards ?? 1,
                                         region: recipe.region ?? .usEast1, payload: recipe.payload ?? .json,
                                         aggregationShare: recipe.aggregationShare ?? 0.1,
                                         windowSeconds: recipe.windowSeconds, batchSize: max(100, records))
            return KinesisEvent.generate(options, seed: recipe.seed).map { $0.compactJSON() }
        }),
        Entry(kind: "dynamodb-event",
              summary: "DynamoDB Streams events from a simulated table: images per view type, TTL deletes, exact SizeBytes",
              options: ["records", "shards", "view-type", "region", "window-seconds", "ttl-share"], bytes: { recipe in
            DynamoDBEvent.generate(dynamoDBOptions(recipe), seed: recipe.seed).map { $0.compactJSON() }
        }),
        Entry(kind: "dynamodb-kinesis-record",
              summary: "DynamoDB change records as Kinesis Data Streams for DynamoDB carries them (ms timestamps)",
              options: ["view-type", "region", "ttl-share"]) { recipe in
            let records: [DynamoDBKinesisChangeRecord] = DynamoDBKinesisChangeRecord.generate(dynamoDBOptions(recipe), seed: recipe.seed)
            return records
        },
    ]

    static func dynamoDBOptions(_ recipe: FixtureRecipe) -> DynamoDBOptions {
        let records = recipe.records ?? 3
        var options = DynamoDBOptions(count: recipe.count, records: records, shards: recipe.shards ?? 1,
                                      region: recipe.region ?? .usEast1, viewType: recipe.viewType ?? .newAndOldImages,
                                      windowSeconds: recipe.windowSeconds, batchSize: max(100, records))
        if let ttlShare = recipe.ttlShare { options.ttlShare = ttlShare }
        return options
    }

    static let lambdaEntries: [Entry] = [
        Entry(kind: "event-source-mapping", summary: "Lambda event source mappings for Kinesis and DynamoDB sources",
              options: ["region", "timestamp-style"]) { recipe in
            EventSourceMappingConfiguration.generate(
                .init(count: recipe.count, environment: recipe.environment, timestampStyle: recipe.timestampStyle ?? .epochSeconds),
                seed: recipe.seed)
        },
        Entry(kind: "event-source-mappings", summary: "`aws lambda list-event-source-mappings` pages chained by NextMarker",
              options: ["records", "region", "timestamp-style"]) { recipe in
            ListEventSourceMappingsResponse.generate(
                .init(count: recipe.count, pageSize: recipe.records ?? 5, environment: recipe.environment,
                      timestampStyle: recipe.timestampStyle ?? .epochSeconds), seed: recipe.seed)
        },
        Entry(kind: "batch-item-failures", summary: "partial batch responses drawn from a generated batch",
              options: ["records"]) { recipe in
            StreamsEventResponse.generate(.init(count: recipe.count, maximumRecords: recipe.records ?? 10), seed: recipe.seed)
        },
        Entry(kind: "time-window-response", summary: "tumbling-window responses (state and batch item failures)",
              options: ["records"]) { recipe in
            TimeWindowEventResponse.generate(.init(count: recipe.count, maximumRecords: recipe.records ?? 10), seed: recipe.seed)
        },
        Entry(kind: "kinesis-on-failure", summary: "on-failure destination records of a Kinesis batch",
              options: ["records"]) { recipe in
            StreamOnFailureRecord.generate(
                .init(count: recipe.count, source: .kinesis, maximumRecords: recipe.records ?? 10), seed: recipe.seed)
        },
        Entry(kind: "dynamodb-on-failure", summary: "on-failure destination records of a DynamoDB batch",
              options: ["records"]) { recipe in
            StreamOnFailureRecord.generate(
                .init(count: recipe.count, source: .dynamoDB, maximumRecords: recipe.records ?? 10), seed: recipe.seed)
        },
    ]

    static func stream(_ recipe: FixtureRecipe) -> KinesisStreamOptions {
        KinesisStreamOptions(environment: recipe.environment, shardCount: recipe.shards,
                             timestampStyle: recipe.timestampStyle ?? .epochSeconds)
    }

    static let kinesisAPIEntries: [Entry] = [
        Entry(kind: "kinesis-consumer", summary: "enhanced fan-out consumers", options: ["shards", "region", "timestamp-style"]) { recipe in
            let items: [KinesisAPI.Consumer] = KinesisAPI.Consumer.generate(
                .init(count: recipe.count, stream: stream(recipe)), seed: recipe.seed)
            return items
        },
        Entry(kind: "kinesis-consumer-description", summary: "consumers with their stream ARN",
              options: ["shards", "region", "timestamp-style"]) { recipe in
            let items: [KinesisAPI.ConsumerDescription] = KinesisAPI.ConsumerDescription.generate(
                .init(count: recipe.count, stream: stream(recipe)), seed: recipe.seed)
            return items
        },
        Entry(kind: "register-stream-consumer-response", summary: "RegisterStreamConsumer outputs",
              options: ["shards", "region", "timestamp-style"]) { recipe in
            KinesisAPI.RegisterStreamConsumerOutput.generate(.init(count: recipe.count, stream: stream(recipe)), seed: recipe.seed)
        },
        Entry(kind: "describe-stream-consumer-response", summary: "DescribeStreamConsumer outputs",
              options: ["shards", "region", "timestamp-style"]) { recipe in
            KinesisAPI.DescribeStreamConsumerOutput.generate(.init(count: recipe.count, stream: stream(recipe)), seed: recipe.seed)
        },
        Entry(kind: "describe-stream-summary-response", summary: "DescribeStreamSummary outputs (ConsumerCount included)",
              options: ["shards", "region", "timestamp-style"]) { recipe in
            KinesisAPI.DescribeStreamSummaryOutput.generate(.init(count: recipe.count, stream: stream(recipe)), seed: recipe.seed)
        },
        Entry(kind: "list-stream-consumers-response", summary: "ListStreamConsumers pages chained by NextToken",
              options: ["records", "shards", "region", "timestamp-style"]) { recipe in
            KinesisAPI.ListStreamConsumersOutput.generate(
                .init(count: min(recipe.count, 20), pageSize: recipe.records ?? 3, stream: stream(recipe)), seed: recipe.seed)
        },
        Entry(kind: "subscribe-to-shard-event", summary: "SubscribeToShard event streams with continuation sequence numbers",
              options: ["records", "shards", "region", "timestamp-style"]) { recipe in
            KinesisAPI.SubscribeToShardEvent.generate(
                .init(count: recipe.count, recordsPerDelivery: 0...(recipe.records ?? 5), stream: stream(recipe)), seed: recipe.seed)
        },
        Entry(kind: "get-records-response", summary: "GetRecords pages of one shard",
              options: ["records", "shards", "region", "timestamp-style"]) { recipe in
            KinesisAPI.GetRecordsOutput.generate(
                .init(count: recipe.count, recordsPerDelivery: 0...(recipe.records ?? 5), stream: stream(recipe)), seed: recipe.seed)
        },
        Entry(kind: "put-records-request", summary: "PutRecords requests (the same seed gives the matching responses)",
              options: ["records", "shards", "region"]) { recipe in
            let items: [KinesisAPI.PutRecordsInput] = KinesisAPI.PutRecordsInput.generate(
                .init(count: recipe.count, recordsPerRequest: 1...(recipe.records ?? 20), stream: stream(recipe)), seed: recipe.seed)
            return items
        },
        Entry(kind: "put-records-response", summary: "PutRecords responses matching put-records-request of the same seed",
              options: ["records", "shards", "region"]) { recipe in
            let items: [KinesisAPI.PutRecordsOutput] = KinesisAPI.PutRecordsOutput.generate(
                .init(count: recipe.count, recordsPerRequest: 1...(recipe.records ?? 20), stream: stream(recipe)), seed: recipe.seed)
            return items
        },
    ]
}
