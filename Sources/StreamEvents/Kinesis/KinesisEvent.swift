public import StreamJSON

/// The event Lambda passes to a function subscribed to a Kinesis data stream.
///
/// One invoke carries a batch of records from a single shard. When the event source mapping
/// has a tumbling window (`TumblingWindowInSeconds` > 0) the event also carries the window
/// fields; they are `nil` otherwise and are not written when `nil`.
///
/// ```swift
/// let event = try JSONDecoder().decode(KinesisEvent.self, from: payload)
/// for record in event.records {
///     let order = try record.kinesis.decode(Order.self)
/// }
/// ```
public struct KinesisEvent: Codable, Hashable, Sendable {
    /// The records of the batch, in shard order (`Records`).
    public var records: [KinesisEventRecord]
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

    /// Creates an event.
    ///
    /// - Parameters:
    ///   - records: the batch.
    ///   - window, state, shardId, eventSourceARN, isFinalInvokeForWindow, isWindowTerminatedEarly:
    ///     tumbling-window fields; leave `nil` for an ordinary event.
    public init(
        records: [KinesisEventRecord],
        window: TimeWindow? = nil,
        state: JSONValue? = nil,
        shardId: String? = nil,
        eventSourceARN: String? = nil,
        isFinalInvokeForWindow: Bool? = nil,
        isWindowTerminatedEarly: Bool? = nil
    ) {
        self.records = records
        self.window = window
        self.state = state
        self.shardId = shardId
        self.eventSourceARN = eventSourceARN
        self.isFinalInvokeForWindow = isFinalInvokeForWindow
        self.isWindowTerminatedEarly = isWindowTerminatedEarly
    }

    enum CodingKeys: String, CodingKey {
        case records = "Records"
        case window, state, shardId, eventSourceARN, isFinalInvokeForWindow, isWindowTerminatedEarly
    }

    /// Decodes an event; a `state` of JSON `null` is kept as `.null`, distinct from an absent one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        records = try container.decode([KinesisEventRecord].self, forKey: .records)
        window = try container.decodeIfPresent(TimeWindow.self, forKey: .window)
        state = try container.decodePresentJSON(forKey: .state)
        shardId = try container.decodeIfPresent(String.self, forKey: .shardId)
        eventSourceARN = try container.decodeIfPresent(String.self, forKey: .eventSourceARN)
        isFinalInvokeForWindow = try container.decodeIfPresent(Bool.self, forKey: .isFinalInvokeForWindow)
        isWindowTerminatedEarly = try container.decodeIfPresent(Bool.self, forKey: .isWindowTerminatedEarly)
    }

    /// Encodes the event, writing only the window fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(records, forKey: .records)
        try container.encodeIfPresent(window, forKey: .window)
        try container.encodeIfPresent(state, forKey: .state)
        try container.encodeIfPresent(shardId, forKey: .shardId)
        try container.encodeIfPresent(eventSourceARN, forKey: .eventSourceARN)
        try container.encodeIfPresent(isFinalInvokeForWindow, forKey: .isFinalInvokeForWindow)
        try container.encodeIfPresent(isWindowTerminatedEarly, forKey: .isWindowTerminatedEarly)
    }
}
