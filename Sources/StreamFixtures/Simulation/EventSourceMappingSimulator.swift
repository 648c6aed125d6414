public import StreamEvents
public import StreamJSON

/// Lambda's event source mapping for a Kinesis or DynamoDB stream, simulated in-process: it turns the traffic of a
/// stream simulator into the invocations Lambda would make and drives a handler with them.
///
/// The simulator reads the mapping's settings from an `EventSourceMappingConfiguration` (built in code, or decoded
/// from the output of `aws lambda get-event-source-mapping`) and follows Lambda's documented behaviour:
///
/// * **Filtering.** `FilterCriteria` are applied to every record before batching (with `EventFilter`); a record no
///   filter matches is never sent and counts as processed.
/// * **Batching.** One batch per shard at a time, in shard order. A batch closes when it holds `BatchSize` records,
///   when one more record would take the event past 6 MB, or when `MaximumBatchingWindowInSeconds` has passed since
///   its first record was available (0: at once, with the records already there).
/// * **Parallelization.** With `ParallelizationFactor` > 1 a shard's records are spread over that many concurrent
///   batches by partition key, so records of one key stay in order.
/// * **Tumbling windows.** With `TumblingWindowInSeconds` records are grouped into aligned windows; every invoke
///   carries the `state` the previous invoke of the window returned, and the last one has
///   `isFinalInvokeForWindow: true` (an invoke without records when the window's records were all delivered before
///   it ended). A window answer without `state` fails the batch.
/// * **Partial batch responses.** With `ReportBatchItemFailures` the records from the lowest reported sequence
///   number on are retried; an unknown, empty or missing `itemIdentifier` or a malformed answer fails the whole batch.
///   Without it the answer is ignored.
/// * **Errors.** A failed batch is retried (after 1 s, doubling up to 1 min) up to `MaximumRetryAttempts` times
///   (-1: until its records expire from the stream after 24 hours); with `BisectBatchOnFunctionError` it is first
///   split in halves, which does not use up retries. Records older than `MaximumRecordAgeInSeconds` are not sent.
///   Batches given up become records of the on-failure destination (`DestinationConfig.OnFailure`), the same
///   `StreamOnFailureRecord` model the generators produce.
///
/// Time is simulated: each invocation takes ``millisecondsPerInvocation`` on the simulated clock, so an hour of
/// traffic runs in milliseconds. Everything random comes from the seed.
///
/// ```swift
/// let mapping = EventSourceMappingConfiguration(
///     batchSize: 5, maximumRetryAttempts: 2, functionResponseTypes: [.reportBatchItemFailures])
/// var simulator = try EventSourceMappingSimulator(
///     mapping: mapping, stream: KinesisStreamSimulator(name: "orders", seed: 1), seed: 1)
/// simulator.produceRecords(100)
/// let outcome = await simulator.run { event in print(event.records.count) }
/// ```
public struct EventSourceMappingSimulator<Event: TumblingWindowEvent & Encodable & Sendable>: Sendable
where Event.Record: Sendable {
    /// The mapping being simulated.
    public let mapping: EventSourceMappingConfiguration
    /// How long each invocation takes on the simulated clock, in milliseconds (at least 1; default 100).
    public var millisecondsPerInvocation: Int64 = 100
    /// The records the stream holds for the mapping, in the order they were written.
    public internal(set) var records: [Event.Record] = []

    let settings: MappingSettings
    /// Per record of ``records``: what the mapping needs to know about it.
    var traffic: [TrafficRecord] = []
    var feed: Feed
    var random: SeededRandom
    let function: LambdaFunctionReference
    /// Wraps an event as the payload of an on-failure record.
    let onFailurePayload: @Sendable (Event) -> OnFailureInvocationPayload
    /// Whether the mapping's filter criteria let a record through (every record when it has none).
    let accepts: @Sendable (Event.Record) -> Bool

    /// The stream simulator the traffic comes from.
    enum Feed: Sendable {
        case kinesis(KinesisStreamSimulator, withEncryptionType: Bool)
        case dynamoDB(DynamoDBTableSimulator)
    }

    init(
        mapping: EventSourceMappingConfiguration, feed: Feed, environment: AWSEnvironment, seed: Seed,
        onFailurePayload: @escaping @Sendable (Event) -> OnFailureInvocationPayload,
        filtering: @escaping @Sendable (EventFilter) -> @Sendable (Event.Record) -> Bool
    ) throws(GeneratorOptionsError) {
        self.mapping = mapping
        self.settings = try MappingSettings(mapping)
        var random = SeededRandom(seed: seed)
        if let arn = settings.functionARN {
            self.function = LambdaFunctionReference(arn: arn)
        } else {
            self.function = LambdaFunctionReference.draw(in: environment, name: nil, using: &random)
        }
        self.random = random
        self.feed = feed
        self.onFailurePayload = onFailurePayload
        if let filter = settings.filter {
            self.accepts = filtering(filter)
        } else {
            self.accepts = { _ in true }
        }
    }

    /// The ARN of the stream the records come from.
    var streamARN: String {
        switch feed {
        case .kinesis(let stream, _): stream.stream.arn
        case .dynamoDB(let table): table.streamARN
        }
    }

    /// The id of shard `index`.
    func shardID(_ index: Int) -> String {
        switch feed {
        case .kinesis(let stream, _): return stream.stream.shardID(index)
        case .dynamoDB(let table):
            let ids = table.shardIDs
            return ids.indices.contains(index) ? ids[index] : ids.first ?? ""
        }
    }

    // MARK: - Running

    /// Runs the mapping over the stream's records with a handler that may answer with a partial batch response.
    ///
    /// - Parameter handler: The function under test.
    /// - Returns: The invocations, on-failure records and broken guarantees.
    ///
    /// ```swift
    /// let outcome = await simulator.runWithBatchResponse { event in
    ///     StreamsEventResponse(failedItemIdentifiers: [])
    /// }
    /// ```
    public func runWithBatchResponse(_ handler: (Event) async throws -> StreamsEventResponse) async
        -> EventSourceMappingOutcome<Event>
    {
        await simulate { event in try await MappingAnswer.json(of: handler(event)) }
    }

    /// Runs the mapping with a tumbling-window handler, which returns the window's `state` (and optionally batch item
    /// failures).
    ///
    /// - Parameter handler: The function under test.
    /// - Returns: The invocations, on-failure records and broken guarantees.
    ///
    /// ```swift
    /// let outcome = await simulator.runWithWindowResponse { event in
    ///     TimeWindowEventResponse(state: event.state)
    /// }
    /// ```
    public func runWithWindowResponse(_ handler: (Event) async throws -> TimeWindowEventResponse) async
        -> EventSourceMappingOutcome<Event>
    {
        await simulate { event in try await MappingAnswer.json(of: handler(event)) }
    }

    /// Runs the mapping with a handler that answers with raw JSON, to test how the mapping reads malformed answers.
    ///
    /// - Parameter handler: The function under test.
    /// - Returns: The invocations, on-failure records and broken guarantees.
    public func runWithJSONResponse(_ handler: (Event) async throws -> JSONValue) async -> EventSourceMappingOutcome<
        Event
    > {
        await simulate(handler)
    }

    /// Runs the mapping with a handler that returns nothing: a batch fails only when it throws.
    ///
    /// - Parameter handler: The function under test.
    /// - Returns: The invocations, on-failure records and broken guarantees.
    public func run(_ handler: (Event) async throws -> Void) async -> EventSourceMappingOutcome<Event> {
        await simulate { event in
            try await handler(event)
            return .null
        }
    }

    func simulate(_ handler: (Event) async throws -> JSONValue) async -> EventSourceMappingOutcome<Event> {
        var run = MappingRun(simulator: self)
        await run.run(handler)
        return run.outcome()
    }
}

/// What the mapping knows of one record of the traffic.
struct TrafficRecord: Sendable {
    /// The shard index.
    var shard: Int
    /// The partition key, which decides the batch lane with a parallelization factor.
    var key: String
    /// The sequence number: the record's item identifier.
    var sequenceNumber: String
    /// When the record became readable, in milliseconds since 1970.
    var arrival: Int64
    /// The bytes of the record in an event's compact JSON.
    var size: Int
}

extension LambdaFunctionReference {
    /// The function a configured ARN names: a numeric qualifier is the executed version, anything else runs
    /// `$LATEST`.
    init(arn: String) {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        let qualifier = parts.count == 8 ? parts[7] : ""
        let isVersion = !qualifier.isEmpty && qualifier.utf8.allSatisfy { $0 &- 48 < 10 }
        self.init(arn: arn, executedVersion: isVersion ? String(qualifier) : "$LATEST")
    }
}
