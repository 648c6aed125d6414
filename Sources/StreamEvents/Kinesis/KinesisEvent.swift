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
    /// The tumbling-window members, all `nil` for an ordinary event; written flat, beside `Records`.
    public var tumblingWindow: TumblingWindow

    /// The tumbling window this invoke belongs to.
    public var window: TimeWindow? {
        get { tumblingWindow.window }
        set { tumblingWindow.window = newValue }
    }
    /// The state the function returned for this window on its previous invoke (see ``TumblingWindow/state``).
    public var state: JSONValue? {
        get { tumblingWindow.state }
        set { tumblingWindow.state = newValue }
    }
    /// The shard of the window.
    public var shardId: String? {
        get { tumblingWindow.shardId }
        set { tumblingWindow.shardId = newValue }
    }
    /// The stream ARN (tumbling-window events only; records carry their own).
    public var eventSourceARN: String? {
        get { tumblingWindow.eventSourceARN }
        set { tumblingWindow.eventSourceARN = newValue }
    }
    /// Whether this is the last invoke for the window.
    public var isFinalInvokeForWindow: Bool? {
        get { tumblingWindow.isFinalInvokeForWindow }
        set { tumblingWindow.isFinalInvokeForWindow = newValue }
    }
    /// Whether the window ended early because its state grew past the limit.
    public var isWindowTerminatedEarly: Bool? {
        get { tumblingWindow.isWindowTerminatedEarly }
        set { tumblingWindow.isWindowTerminatedEarly = newValue }
    }

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
        tumblingWindow = TumblingWindow(
            window: window, state: state, shardId: shardId, eventSourceARN: eventSourceARN,
            isFinalInvokeForWindow: isFinalInvokeForWindow, isWindowTerminatedEarly: isWindowTerminatedEarly)
    }

    /// Creates an event from its records and tumbling-window members.
    public init(records: [KinesisEventRecord], tumblingWindow: TumblingWindow) {
        self.records = records
        self.tumblingWindow = tumblingWindow
    }

    enum CodingKeys: String, CodingKey {
        case records = "Records"
    }

    /// Decodes an event: its records, then the tumbling-window members of the same object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        records = try container.decode([KinesisEventRecord].self, forKey: .records)
        tumblingWindow = try TumblingWindow(from: decoder)
    }

    /// Encodes the event, writing only the window members that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(records, forKey: .records)
        try tumblingWindow.encode(to: encoder)
    }
}
