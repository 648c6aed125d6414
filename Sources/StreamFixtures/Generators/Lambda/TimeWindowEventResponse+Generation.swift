public import StreamEvents
import StreamJSON

extension Gen where Value == TimeWindowEventResponse {
    /// Tumbling-window responses to a Kinesis event: the window state carried forward and any failed records.
    ///
    /// The state counts the records of the window so far: the previous state's `count` (a number or a numeric
    /// string) plus the records of this batch, with the batch's last sequence number and, for numeric state, a
    /// running total. A response always has `state`, since Lambda treats a response without it as a failure.
    ///
    /// - Parameters:
    ///   - event: The tumbling-window batch the function was invoked with.
    ///   - options: The failure mode and state style (`count`, `source` and `maximumRecords` are ignored).
    /// - Returns: A generator of responses to `event`.
    ///
    /// ```swift
    /// let response = Gen<TimeWindowEventResponse>.timeWindowResponse(for: event).run(seed: 7)
    /// ```
    public static func timeWindowResponse(
        for event: KinesisEvent, options: TimeWindowResponseOptions = .init()
    ) -> Gen<Value> {
        timeWindowResponse(facts: StreamBatchFacts(event), options: options)
    }

    /// Tumbling-window responses to a DynamoDB stream event; see the Kinesis variant.
    ///
    /// - Parameters:
    ///   - event: The tumbling-window batch the function was invoked with.
    ///   - options: The failure mode and state style (`count`, `source` and `maximumRecords` are ignored).
    /// - Returns: A generator of responses to `event`.
    public static func timeWindowResponse(
        for event: DynamoDBEvent, options: TimeWindowResponseOptions = .init()
    ) -> Gen<Value> {
        timeWindowResponse(facts: StreamBatchFacts(event), options: options)
    }

    /// Tumbling-window responses, each to its own small input batch described by `options`.
    ///
    /// - Parameter options: The source, failure mode, state style and batch size (`count` is ignored).
    /// - Returns: A generator of responses.
    public static func timeWindowResponse(_ options: TimeWindowResponseOptions) -> Gen<Value> {
        Gen { random in
            let facts = StreamBatchFacts.sample(
                source: options.source, maximumRecords: options.maximumRecords, tumbling: true, using: &random)
            return timeWindowResponse(facts: facts, options: options).run(using: &random)
        }
    }

    static func timeWindowResponse(facts: StreamBatchFacts, options: TimeWindowResponseOptions) -> Gen<Value> {
        Gen { random in
            let style = options.stateStyle ?? (random.bool(probability: 0.5) ? .numbers : .strings)
            let previousCount = facts.state.flatMap(StreamBatchFacts.count(in:)) ?? 0
            let count = previousCount + Int64(facts.identifiers.count)
            var members: [JSONObject.Member] = []
            switch style {
            case .numbers:
                members.append(.init(key: "count", value: .number(JSONNumber(count))))
                let cents = Int64(random.int(in: 0...25_000)) * Int64(max(facts.identifiers.count, 1))
                let total = String(cents / 100) + "." + TimestampText.pad(cents % 100, 2)
                members.append(.init(key: "total", value: .number(JSONNumber(total) ?? JSONNumber(cents / 100))))
            case .strings:
                members.append(.init(key: "count", value: .string(String(count))))
            }
            if let last = facts.identifiers.last {
                members.append(.init(key: "lastSequenceNumber", value: .string(last)))
            }
            let failed = facts.failedIdentifiers(options.failures, using: &random)
            return TimeWindowEventResponse(
                state: .object(JSONObject(members)),
                batchItemFailures: failed.map { BatchItemFailure(itemIdentifier: $0) })
        }
    }
}

extension TimeWindowEventResponse {
    /// Generates tumbling-window responses for the `time-window-response` kind.
    ///
    /// Response `i` depends only on `seed` and `i`.
    ///
    /// - Parameters:
    ///   - options: How many responses, their source, failures and state style.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` responses.
    ///
    /// ```swift
    /// let responses = TimeWindowEventResponse.generate(TimeWindowResponseOptions(count: 3), seed: 42)
    /// ```
    public static func generate(_ options: TimeWindowResponseOptions, seed: Seed) -> [TimeWindowEventResponse] {
        Gen.timeWindowResponse(options).samples(count: options.count, seed: seed)
    }
}

extension StreamBatchFacts {
    /// The `count` member of a window state, as a number or a numeric string.
    static func count(in state: JSONValue) -> Int64? {
        switch state["count"] {
        case .number(let number)?: number.int64Value
        case .string(let text)?: Int64(text)
        default: nil
        }
    }
}
