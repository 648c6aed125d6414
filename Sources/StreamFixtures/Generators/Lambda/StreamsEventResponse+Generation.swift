public import StreamEvents

extension Gen where Value == StreamsEventResponse {
    /// Partial batch responses to a Kinesis event: the failed records' `kinesis.sequenceNumber`s.
    ///
    /// Identifiers are listed in batch order, so the first is the lowest sequence number, where Lambda resumes.
    ///
    /// - Parameters:
    ///   - event: The batch the function was invoked with.
    ///   - failures: Which records fail.
    /// - Returns: A generator of responses to `event`.
    ///
    /// ```swift
    /// let response = Gen<StreamsEventResponse>.batchItemFailures(for: event, failures: .some).run(seed: 7)
    /// ```
    public static func batchItemFailures(for event: KinesisEvent, failures: BatchFailureMode = .random) -> Gen<Value> {
        batchItemFailures(facts: StreamBatchFacts(event), failures: failures)
    }

    /// Partial batch responses to a DynamoDB stream event: the failed records' `dynamodb.SequenceNumber`s.
    ///
    /// Records without a sequence number cannot be named and are never reported.
    ///
    /// - Parameters:
    ///   - event: The batch the function was invoked with.
    ///   - failures: Which records fail.
    /// - Returns: A generator of responses to `event`.
    public static func batchItemFailures(for event: DynamoDBEvent, failures: BatchFailureMode = .random) -> Gen<Value> {
        batchItemFailures(facts: StreamBatchFacts(event), failures: failures)
    }

    /// Partial batch responses, each to its own small input batch described by `options`.
    ///
    /// - Parameter options: The source, failure mode and batch size (`count` is ignored).
    /// - Returns: A generator of responses.
    public static func batchItemFailures(_ options: BatchItemFailuresOptions) -> Gen<Value> {
        Gen { random in
            let facts = StreamBatchFacts.sample(
                source: options.source, maximumRecords: options.maximumRecords, tumbling: false, using: &random)
            return batchItemFailures(facts: facts, failures: options.failures).run(using: &random)
        }
    }

    static func batchItemFailures(facts: StreamBatchFacts, failures: BatchFailureMode) -> Gen<Value> {
        Gen { random in StreamsEventResponse(failedItemIdentifiers: facts.failedIdentifiers(failures, using: &random)) }
    }
}

extension StreamsEventResponse {
    /// Generates partial batch responses for the `batch-item-failures` kind.
    ///
    /// Response `i` depends only on `seed` and `i`.
    ///
    /// - Parameters:
    ///   - options: How many responses and how they fail.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` responses.
    ///
    /// ```swift
    /// let responses = StreamsEventResponse.generate(BatchItemFailuresOptions(count: 3), seed: 42)
    /// ```
    public static func generate(_ options: BatchItemFailuresOptions, seed: Seed) -> [StreamsEventResponse] {
        Gen.batchItemFailures(options).samples(count: options.count, seed: seed)
    }
}

extension StreamBatchFacts {
    /// The identifiers of the records that fail under `mode`, in batch order.
    func failedIdentifiers(_ mode: BatchFailureMode, using random: inout SeededRandom) -> [String] {
        mode.failingIndexes(count: identifiers.count, using: &random).map { identifiers[$0] }
    }

    /// The facts of a small batch made for a response kind whose caller gave no batch.
    static func sample(
        source: StreamEventSource, maximumRecords: Int, tumbling: Bool, using random: inout SeededRandom
    ) -> StreamBatchFacts {
        switch source {
        case .kinesis:
            StreamBatchFacts(
                SampleBatches.kinesisEvent(maximumRecords: maximumRecords, tumbling: tumbling, using: &random))
        case .dynamoDB:
            StreamBatchFacts(
                SampleBatches.dynamoDBEvent(maximumRecords: maximumRecords, tumbling: tumbling, using: &random))
        }
    }
}
