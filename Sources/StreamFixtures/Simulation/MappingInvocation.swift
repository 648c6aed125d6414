public import StreamJSON

/// One invocation an ``EventSourceMappingSimulator`` made: the event as Lambda sent it, what the handler answered and
/// how the mapping read that answer.
///
/// The invocation log encodes as canonical JSON, so it can be kept as a snapshot:
///
/// ```swift
/// let outcome = await simulator.run { event in StreamsEventResponse.success }
/// let log = try StreamJSONEncoder(style: .pretty).encode(outcome.invocations)
/// ```
public struct MappingInvocation<Event: Encodable & Sendable>: Encodable, Sendable {
    /// When the invocation started, on the simulated clock.
    public var time: SimulatedClock
    /// The shard the records were read from.
    public var shardID: String
    /// The event, exactly as sent.
    public var event: Event
    /// What the handler returned, as JSON (`null` for a handler that returns nothing); `nil` when it threw.
    public var response: JSONValue?
    /// The description of the error the handler threw, if it threw.
    public var error: String?
    /// How the mapping read the answer.
    public var verdict: MappingVerdict

    enum CodingKeys: String, CodingKey {
        case time
        case shardID = "shardId"
        case event, response, error, verdict
    }

    /// Encodes the time as RFC 3339 text and leaves out `response` or `error`, whichever is absent.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time.iso8601(fractionDigits: 3), forKey: .time)
        try container.encode(shardID, forKey: .shardID)
        try container.encode(event, forKey: .event)
        try container.encodeIfPresent(response, forKey: .response)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encode(verdict, forKey: .verdict)
    }
}

/// How an event source mapping reads a handler's answer to one batch.
///
/// ```swift
/// if case .partialFailure(let retryFrom) = invocation.verdict { print("retries from", retryFrom) }
/// ```
public enum MappingVerdict: Hashable, Sendable, Encodable {
    /// The whole batch succeeded: the mapping checkpoints past its last record.
    case success
    /// A partial batch response (`ReportBatchItemFailures`): the records before `retryFrom` (the lowest reported
    /// sequence number) succeeded, the rest are retried.
    case partialFailure(retryFrom: String)
    /// The handler threw: the whole batch failed.
    case functionError
    /// The answer cannot be read (an unknown, empty or missing `itemIdentifier`, a malformed body, a tumbling-window
    /// answer without `state`): the whole batch failed.
    case invalidResponse(reason: String)

    enum CodingKeys: String, CodingKey {
        case outcome, retryFrom, reason
    }

    /// Encodes as `{"outcome": "success"}`, `{"outcome": "partialFailure", "retryFrom": "…"}`, and so on.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .success:
            try container.encode("success", forKey: .outcome)
        case .partialFailure(let retryFrom):
            try container.encode("partialFailure", forKey: .outcome)
            try container.encode(retryFrom, forKey: .retryFrom)
        case .functionError:
            try container.encode("functionError", forKey: .outcome)
        case .invalidResponse(let reason):
            try container.encode("invalidResponse", forKey: .outcome)
            try container.encode(reason, forKey: .reason)
        }
    }

    /// Whether the whole batch failed (a thrown error or an unreadable answer).
    public var failsWholeBatch: Bool {
        switch self {
        case .functionError, .invalidResponse: true
        case .success, .partialFailure: false
        }
    }
}
