public import StreamJSON

/// The tumbling-window members of a stream event, shared by ``KinesisEvent`` and ``DynamoDBEvent``.
///
/// When an event source mapping has a tumbling window (`TumblingWindowInSeconds` > 0) Lambda adds these members to
/// the event, beside `Records`; for an ordinary event they are all `nil` and none is written. They stay flat in
/// JSON: ``init(from:)`` and ``encode(to:)`` read and write them as members of the event's own object, so an event
/// decodes and encodes its records and then its window through the same decoder or encoder.
///
/// ```swift
/// var event = KinesisEvent(records: records)
/// event.tumblingWindow = TumblingWindow(
///     window: TimeWindow(start: start, seconds: 120), state: .object([:]), shardId: "shardId-000000000000",
///     eventSourceARN: streamARN, isFinalInvokeForWindow: false, isWindowTerminatedEarly: false)
/// ```
public struct TumblingWindow: Codable, Hashable, Sendable {
    /// The tumbling window this invoke belongs to.
    public var window: TimeWindow?
    /// The state the function returned for this window on its previous invoke; any JSON value
    /// (`.null` when the payload wrote `null`, `nil` when the member is absent).
    public var state: JSONValue?
    /// The shard of the window, e.g. `shardId-000000000006`.
    public var shardId: String?
    /// The stream ARN (tumbling-window events only; records carry their own).
    public var eventSourceARN: String?
    /// Whether this is the last invoke for the window.
    public var isFinalInvokeForWindow: Bool?
    /// Whether the window ended early because its state grew past the limit.
    public var isWindowTerminatedEarly: Bool?

    /// Creates the window members; all `nil` (the default) is an ordinary event.
    ///
    /// - Parameters:
    ///   - window: the window bounds.
    ///   - state: the state from the previous invoke.
    ///   - shardId: the shard of the window.
    ///   - eventSourceARN: the stream ARN.
    ///   - isFinalInvokeForWindow: whether this is the window's last invoke.
    ///   - isWindowTerminatedEarly: whether the window ended early.
    public init(
        window: TimeWindow? = nil,
        state: JSONValue? = nil,
        shardId: String? = nil,
        eventSourceARN: String? = nil,
        isFinalInvokeForWindow: Bool? = nil,
        isWindowTerminatedEarly: Bool? = nil
    ) {
        self.window = window
        self.state = state
        self.shardId = shardId
        self.eventSourceARN = eventSourceARN
        self.isFinalInvokeForWindow = isFinalInvokeForWindow
        self.isWindowTerminatedEarly = isWindowTerminatedEarly
    }

    enum CodingKeys: String, CodingKey {
        case window, state, shardId, eventSourceARN, isFinalInvokeForWindow, isWindowTerminatedEarly
    }

    /// Decodes the members present in the event's object; a `state` of JSON `null` is kept as `.null`, distinct
    /// from an absent one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        window = try container.decodeIfPresent(TimeWindow.self, forKey: .window)
        state = try container.decodePresentJSON(forKey: .state)
        shardId = try container.decodeIfPresent(String.self, forKey: .shardId)
        eventSourceARN = try container.decodeIfPresent(String.self, forKey: .eventSourceARN)
        isFinalInvokeForWindow = try container.decodeIfPresent(Bool.self, forKey: .isFinalInvokeForWindow)
        isWindowTerminatedEarly = try container.decodeIfPresent(Bool.self, forKey: .isWindowTerminatedEarly)
    }

    /// Encodes the members that are set into the event's object, in this order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(window, forKey: .window)
        try container.encodeIfPresent(state, forKey: .state)
        try container.encodeIfPresent(shardId, forKey: .shardId)
        try container.encodeIfPresent(eventSourceARN, forKey: .eventSourceARN)
        try container.encodeIfPresent(isFinalInvokeForWindow, forKey: .isFinalInvokeForWindow)
        try container.encodeIfPresent(isWindowTerminatedEarly, forKey: .isWindowTerminatedEarly)
    }
}
