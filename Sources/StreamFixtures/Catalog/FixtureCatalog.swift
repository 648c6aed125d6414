package import StreamContracts
import StreamEvents
import StreamJSON

/// Every kind the generators can produce, with what each understands, behind one call.
///
/// The CLI's `generate`, the snapshot manifest and the benchmarks go through here, so a kind
/// generates the same bytes whichever way it is asked for. Each entry turns a ``FixtureRecipe`` into its kind's
/// options type and checks it with that type's `validate()`: the limits live there and nowhere else.
package enum FixtureCatalog {
    /// One generatable kind.
    package struct Entry: Sendable {
        /// The kind, named as its schema.
        package var kind: PayloadKind
        /// One line saying what it is.
        package var summary: String
        /// The recipe options it uses besides seed and count.
        package var options: [FixtureRecipe.Option]
        /// Builds the kind's options from a recipe and validates them.
        let check: @Sendable (FixtureRecipe) throws(FixtureRecipeError) -> Void
        /// Validates, then generates the documents.
        let make: @Sendable (FixtureRecipe) throws -> [[UInt8]]

        /// An entry whose documents are encoded with `StreamJSONEncoder`.
        ///
        /// - Parameters:
        ///   - members: The recipe member behind each option path whose name differs (`pageSize` → `records`).
        ///   - configure: The kind's options for a recipe.
        ///   - generate: The kind's generator.
        init<Options: CheckedOptions, Model: Encodable & SendableMetatype>(
            kind: PayloadKind, summary: String, options: [FixtureRecipe.Option], members: [String: String] = [:],
            configure: @escaping @Sendable (FixtureRecipe) -> Options,
            _ generate: @escaping @Sendable (Options, Seed) -> [Model]
        ) {
            self.init(
                kind: kind, summary: summary, options: options, members: members, configure: configure
            ) { options, seed in
                let encoder = StreamJSONEncoder()
                return try generate(options, seed).map { try encoder.encode($0) }
            }
        }

        /// An entry that writes its own canonical bytes (a generator's fast path).
        init<Options: CheckedOptions>(
            kind: PayloadKind, summary: String, options: [FixtureRecipe.Option], members: [String: String] = [:],
            configure: @escaping @Sendable (FixtureRecipe) -> Options,
            bytes: @escaping @Sendable (Options, Seed) throws -> [[UInt8]]
        ) {
            self.kind = kind
            self.summary = summary
            self.options = options
            let checked: @Sendable (FixtureRecipe) throws(FixtureRecipeError) -> Options = {
                recipe throws(FixtureRecipeError) in
                let built = configure(recipe)
                do throws(GeneratorOptionsError) {
                    try built.validate()
                } catch {
                    throw FixtureRecipeError(member: Entry.member(of: error.field, members), error.message)
                }
                return built
            }
            self.check = { recipe throws(FixtureRecipeError) in _ = try checked(recipe) }
            self.make = { recipe in try bytes(try checked(recipe), recipe.seed) }
        }

        /// The recipe member behind an options property path: `members` first, then the path's last component
        /// when it names a recipe member (`environment.region` → `region`), else the path itself.
        static func member(of field: String, _ members: [String: String]) -> String {
            if let member = members[field] { return member }
            let last = String(field.split(separator: ".").last ?? Substring(field))
            if last == "count" || FixtureRecipe.Option(rawValue: last) != nil { return last }
            return field
        }
    }

    /// The kinds in name order.
    package static var kinds: [PayloadKind] { entries.map(\.kind).sorted() }

    /// The entry for `kind`, if there is one.
    package static func entry(_ kind: PayloadKind) -> Entry? { entries.first { $0.kind == kind } }

    /// Checks `recipe` against the limits of its kind's options without generating anything.
    ///
    /// - Throws: ``FixtureRecipeError`` for an unknown kind, or naming the recipe member whose value is outside the
    ///   limit of the kind's options type, with that limit and the value.
    package static func validate(_ recipe: FixtureRecipe) throws(FixtureRecipeError) {
        try entry(for: recipe).check(recipe)
    }

    /// Generates the documents of `recipe` as canonical compact JSON, one element per document.
    ///
    /// - Throws: ``FixtureRecipeError`` for an unknown kind or an option out of range (see ``validate(_:)``); an
    ///   encoding error only if a generator produced a non-finite number (a bug).
    package static func generate(_ recipe: FixtureRecipe) throws -> [[UInt8]] {
        try entry(for: recipe).make(recipe)
    }

    static func entry(for recipe: FixtureRecipe) throws(FixtureRecipeError) -> Entry {
        guard let entry = entry(recipe.kind) else {
            throw FixtureRecipeError(
                "unknown kind '\(recipe.kind)'; known kinds: \(kinds.map(\.rawValue).joined(separator: ", "))")
        }
        return entry
    }

    static let entries: [Entry] =
        streamEntries + lambdaEntries + kinesisAPIEntries + kinesisShardEntries + dynamoDBStreamsAPIEntries + [
            Entry(
                kind: .kubemqKinesisRequest, summary: "KubeMQ aws.kinesis target requests, every method in turn",
                options: [.region],
                configure: { KubeMQKinesisRequestOptions(count: $0.count, environment: $0.environment) },
                KubeMQKinesisRequest.generate)
        ]

    static let streamEntries: [Entry] = [
        Entry(
            kind: .kinesisEvent,
            summary: "Kinesis Data Streams events: one shard per batch, real sequence numbers, KPL aggregates",
            options: [.records, .shards, .region, .windowSeconds, .aggregationShare, .payload],
            configure: kinesisOptions,
            bytes: { options, seed in KinesisEvent.generate(options, seed: seed).map { $0.compactJSON() } }),
        Entry(
            kind: .dynamodbEvent,
            summary:
                "DynamoDB Streams events from a simulated table: images per view type, TTL deletes, exact SizeBytes",
            options: [.records, .shards, .viewType, .region, .windowSeconds, .ttlShare],
            configure: dynamoDBOptions,
            bytes: { options, seed in DynamoDBEvent.generate(options, seed: seed).map { $0.compactJSON() } }),
        Entry(
            kind: .dynamodbKinesisRecord,
            summary: "DynamoDB change records as Kinesis Data Streams for DynamoDB carries them (ms timestamps)",
            options: [.viewType, .region, .ttlShare], configure: dynamoDBOptions
        ) { options, seed -> [DynamoDBKinesisChangeRecord] in DynamoDBKinesisChangeRecord.generate(options, seed: seed)
        },
    ]

    @Sendable static func kinesisOptions(_ recipe: FixtureRecipe) -> KinesisOptions {
        let records = recipe.records ?? 3
        return KinesisOptions(
            count: recipe.count, records: records, shards: recipe.shards ?? 1, region: recipe.region ?? .usEast1,
            payload: recipe.payload ?? .json, aggregationShare: recipe.aggregationShare ?? 0.1,
            windowSeconds: recipe.windowSeconds, batchSize: max(100, records))
    }

    @Sendable static func dynamoDBOptions(_ recipe: FixtureRecipe) -> DynamoDBOptions {
        let records = recipe.records ?? 3
        var options = DynamoDBOptions(
            count: recipe.count, records: records, shards: recipe.shards ?? 1, region: recipe.region ?? .usEast1,
            viewType: recipe.viewType ?? .newAndOldImages, windowSeconds: recipe.windowSeconds,
            batchSize: max(100, records))
        if let ttlShare = recipe.ttlShare { options.ttlShare = ttlShare }
        return options
    }

    /// `lower...upper`, or `upper...upper` when `upper` is below `lower`, so a bad recipe value reaches `validate()`
    /// instead of trapping in the range initialiser.
    static func range(from lower: Int, to upper: Int) -> ClosedRange<Int> { min(lower, upper)...upper }

    static let lambdaEntries: [Entry] = [
        Entry(
            kind: .eventSourceMapping, summary: "Lambda event source mappings for Kinesis and DynamoDB sources",
            options: [.region, .timestampStyle],
            configure: { recipe in
                EventSourceMappingOptions(
                    count: recipe.count, environment: recipe.environment,
                    timestampStyle: recipe.timestampStyle ?? .epochSeconds)
            },
            EventSourceMappingConfiguration.generate),
        Entry(
            kind: .eventSourceMappings, summary: "`aws lambda list-event-source-mappings` pages chained by NextMarker",
            options: [.records, .region, .timestampStyle], members: ["pageSize": "records"],
            configure: { recipe in
                EventSourceMappingListOptions(
                    count: recipe.count, pageSize: recipe.records ?? 5, environment: recipe.environment,
                    timestampStyle: recipe.timestampStyle ?? .epochSeconds)
            },
            ListEventSourceMappingsResponse.generate),
        Entry(
            kind: .batchItemFailures, summary: "partial batch responses drawn from a generated batch",
            options: [.records], members: ["maximumRecords": "records"],
            configure: { BatchItemFailuresOptions(count: $0.count, maximumRecords: $0.records ?? 10) },
            StreamsEventResponse.generate),
        Entry(
            kind: .timeWindowResponse, summary: "tumbling-window responses (state and batch item failures)",
            options: [.records], members: ["maximumRecords": "records"],
            configure: { TimeWindowResponseOptions(count: $0.count, maximumRecords: $0.records ?? 10) },
            TimeWindowEventResponse.generate),
        Entry(
            kind: .kinesisOnFailure,
            summary: "on-failure destination records of a Kinesis batch (S3 ones with payload)",
            options: [.records, .destination, .condition], members: ["maximumRecords": "records"],
            configure: {
                OnFailureRecordOptions(
                    count: $0.count, source: .kinesis, condition: $0.condition, destination: $0.destination,
                    maximumRecords: $0.records ?? 10)
            }, StreamOnFailureRecord.generate),
        Entry(
            kind: .dynamodbOnFailure,
            summary: "on-failure destination records of a DynamoDB batch (S3 ones with payload)",
            options: [.records, .destination, .condition], members: ["maximumRecords": "records"],
            configure: {
                OnFailureRecordOptions(
                    count: $0.count, source: .dynamoDB, condition: $0.condition, destination: $0.destination,
                    maximumRecords: $0.records ?? 10)
            }, StreamOnFailureRecord.generate),
    ]

    static func stream(_ recipe: FixtureRecipe) -> KinesisStreamOptions {
        KinesisStreamOptions(
            environment: recipe.environment, shardCount: recipe.shards,
            timestampStyle: recipe.timestampStyle ?? .epochSeconds)
    }

    /// The consumer kinds' options for a recipe.
    @Sendable static func consumerOptions(_ recipe: FixtureRecipe) -> KinesisConsumerOptions {
        KinesisConsumerOptions(count: recipe.count, stream: stream(recipe))
    }

    /// The shard-reading kinds' options for a recipe.
    @Sendable static func shardReadOptions(_ recipe: FixtureRecipe) -> ShardReadOptions {
        ShardReadOptions(
            count: recipe.count, recordsPerDelivery: range(from: 0, to: recipe.records ?? 5), stream: stream(recipe))
    }

    /// The PutRecords kinds' options for a recipe.
    @Sendable static func putRecordsOptions(_ recipe: FixtureRecipe) -> PutRecordsOptions {
        PutRecordsOptions(
            count: recipe.count, recordsPerRequest: range(from: 1, to: recipe.records ?? 20), stream: stream(recipe))
    }

    static let streamMembers = ["stream.shardCount": "shards"]

    /// The DynamoDB Streams API kinds' options for a recipe.
    @Sendable static func dynamoDBStreamsAPIOptions(_ recipe: FixtureRecipe) -> DynamoDBStreamsAPIOptions {
        DynamoDBStreamsAPIOptions(
            count: recipe.count, recordsPerPage: recipe.records ?? 5,
            timestampStyle: recipe.timestampStyle ?? .epochSeconds,
            table: DynamoDBOptions(
                shards: recipe.shards ?? 1, region: recipe.region ?? .usEast1,
                viewType: recipe.viewType ?? .newAndOldImages))
    }

    /// The shard-list kinds' options for a recipe.
    @Sendable static func shardListOptions(_ recipe: FixtureRecipe) -> KinesisShardListOptions {
        KinesisShardListOptions(count: recipe.count, stream: stream(recipe))
    }

    static let kinesisShardEntries: [Entry] = [
        Entry(
            kind: .putRecordResponse,
            summary: "PutRecord outputs: the shard of a partition key, a sequence number of it",
            options: [.shards, .region, .timestampStyle], members: streamMembers, configure: shardListOptions,
            KinesisAPI.PutRecordOutput.generate),
        Entry(
            kind: .listShardsResponse,
            summary: "ListShards outputs of resharded streams: parents, children, open ranges",
            options: [.shards, .region, .timestampStyle], members: streamMembers, configure: shardListOptions,
            KinesisAPI.ListShardsOutput.generate),
        Entry(
            kind: .describeStreamResponse, summary: "DescribeStream outputs of resharded streams (HasMoreShards false)",
            options: [.shards, .region, .timestampStyle], members: streamMembers, configure: shardListOptions,
            KinesisAPI.DescribeStreamOutput.generate),
    ]

    static let dynamoDBStreamsAPIEntries: [Entry] = [
        Entry(
            kind: .dynamodbstreamsGetRecordsResponse,
            summary: "DynamoDB Streams GetRecords pages of one shard (no eventSourceARN, ARN-prefixed iterators)",
            options: [.records, .shards, .viewType, .region, .timestampStyle], members: ["recordsPerPage": "records"],
            configure: dynamoDBStreamsAPIOptions, DynamoDBStreamsAPI.GetRecordsOutput.generate),
        Entry(
            kind: .dynamodbstreamsDescribeStreamResponse,
            summary: "DynamoDB Streams DescribeStream outputs: shard lineages with parents and sequence ranges",
            options: [.shards, .viewType, .region, .timestampStyle],
            configure: dynamoDBStreamsAPIOptions, DynamoDBStreamsAPI.DescribeStreamOutput.generate),
    ]

    static let kinesisAPIEntries: [Entry] = [
        Entry(
            kind: .kinesisConsumer, summary: "enhanced fan-out consumers",
            options: [.shards, .region, .timestampStyle],
            members: streamMembers, configure: consumerOptions
        ) { options, seed -> [KinesisAPI.Consumer] in KinesisAPI.Consumer.generate(options, seed: seed) },
        Entry(
            kind: .kinesisConsumerDescription, summary: "consumers with their stream ARN",
            options: [.shards, .region, .timestampStyle], members: streamMembers, configure: consumerOptions
        ) { options, seed -> [KinesisAPI.ConsumerDescription] in
            KinesisAPI.ConsumerDescription.generate(options, seed: seed)
        },
        Entry(
            kind: .registerStreamConsumerResponse, summary: "RegisterStreamConsumer outputs",
            options: [.shards, .region, .timestampStyle], members: streamMembers, configure: consumerOptions,
            KinesisAPI.RegisterStreamConsumerOutput.generate),
        Entry(
            kind: .describeStreamConsumerResponse, summary: "DescribeStreamConsumer outputs",
            options: [.shards, .region, .timestampStyle], members: streamMembers, configure: consumerOptions,
            KinesisAPI.DescribeStreamConsumerOutput.generate),
        Entry(
            kind: .describeStreamSummaryResponse, summary: "DescribeStreamSummary outputs (ConsumerCount included)",
            options: [.shards, .region, .timestampStyle], members: streamMembers, configure: consumerOptions,
            KinesisAPI.DescribeStreamSummaryOutput.generate),
        Entry(
            kind: .listStreamConsumersResponse, summary: "ListStreamConsumers pages chained by NextToken",
            options: [.records, .shards, .region, .timestampStyle],
            members: streamMembers.merging(["pageSize": "records"]) { first, _ in first },
            configure: { recipe in
                ListStreamConsumersOptions(count: recipe.count, pageSize: recipe.records ?? 3, stream: stream(recipe))
            },
            KinesisAPI.ListStreamConsumersOutput.generate),
        Entry(
            kind: .subscribeToShardEvent, summary: "SubscribeToShard event streams with continuation sequence numbers",
            options: [.records, .shards, .region, .timestampStyle],
            members: streamMembers.merging(["recordsPerDelivery": "records"]) { first, _ in first },
            configure: shardReadOptions,
            KinesisAPI.SubscribeToShardEvent.generate),
        Entry(
            kind: .getRecordsResponse, summary: "GetRecords pages of one shard",
            options: [.records, .shards, .region, .timestampStyle],
            members: streamMembers.merging(["recordsPerDelivery": "records"]) { first, _ in first },
            configure: shardReadOptions,
            KinesisAPI.GetRecordsOutput.generate),
        Entry(
            kind: .putRecordsRequest, summary: "PutRecords requests (the same seed gives the matching responses)",
            options: [.records, .shards, .region],
            members: streamMembers.merging(["recordsPerRequest": "records"]) { first, _ in first },
            configure: putRecordsOptions
        ) { options, seed -> [KinesisAPI.PutRecordsInput] in KinesisAPI.PutRecordsInput.generate(options, seed: seed) },
        Entry(
            kind: .putRecordsResponse, summary: "PutRecords responses matching put-records-request of the same seed",
            options: [.records, .shards, .region],
            members: streamMembers.merging(["recordsPerRequest": "records"]) { first, _ in first },
            configure: putRecordsOptions
        ) { options, seed -> [KinesisAPI.PutRecordsOutput] in KinesisAPI.PutRecordsOutput.generate(options, seed: seed)
        },
    ]
}
