public import StreamJSON

/// A function's response to a tumbling-window invoke: the window state to carry to the next
/// invoke, and optionally the failed items.
///
/// Lambda treats a response without `state` as a failed invocation, so always set it
/// (`[:]` for "no state").
///
/// ```swift
/// return TimeWindowEventResponse(state: ["count": 282], batchItemFailures: [])
/// ```
public struct TimeWindowEventResponse: Codable, Hashable, Sendable {
    /// The state for the next invoke of this window, any JSON value; `nil` omits the member.
    public var state: JSONValue?
    /// The failed items; `nil` omits the member.
    public var batchItemFailures: [BatchItemFailure]?

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - state: the window state (an object; AWS limits it to 1 MB per shard).
    ///   - batchItemFailures: the failed items; empty for success.
    public init(state: JSONValue?, batchItemFailures: [BatchItemFailure]? = []) {
        self.state = state
        self.batchItemFailures = batchItemFailures
    }

    enum CodingKeys: String, CodingKey {
        case state, batchItemFailures
    }

    /// Decodes a response; a `state` of JSON `null` is kept as `.null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        state = try container.decodePresentJSON(forKey: .state)
        batchItemFailures = try container.decodeIfPresent([BatchItemFailure].self, forKey: .batchItemFailures)
    }

    /// Encodes the members that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(state, forKey: .state)
        try container.encodeIfPresent(batchItemFailures, forKey: .batchItemFailures)
    }
}
