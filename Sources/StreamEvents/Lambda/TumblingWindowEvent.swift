public import StreamJSON

/// A stream event that may carry tumbling-window members: ``KinesisEvent`` and ``DynamoDBEvent``.
///
/// The two events differ only in their records; their window members, the initialiser that takes them one by one,
/// the properties that read them and the coding (`Records`, then the window members, flat in the same object) are
/// written once, here.
///
/// ```swift
/// func isLastInvoke(_ event: some TumblingWindowEvent) -> Bool { event.isFinalInvokeForWindow ?? true }
/// ```
public protocol TumblingWindowEvent {
    /// The type of one record of the batch.
    associatedtype Record
    /// The records of the batch (`Records`).
    var records: [Record] { get set }
    /// The tumbling-window members, all `nil` for an ordinary event; written flat, beside `Records`.
    var tumblingWindow: TumblingWindow { get set }
    /// Creates an event from its records and tumbling-window members.
    init(records: [Record], tumblingWindow: TumblingWindow)
}

extension TumblingWindowEvent {
    /// Creates an event.
    ///
    /// - Parameters:
    ///   - records: the batch.
    ///   - window: the window bounds.
    ///   - state: the state from the previous invoke.
    ///   - shardId: the shard of the window.
    ///   - eventSourceARN: the stream ARN.
    ///   - isFinalInvokeForWindow: whether this is the window's last invoke.
    ///   - isWindowTerminatedEarly: whether the window ended early.
    ///
    ///   Leave the window members `nil` for an ordinary event.
    public init(
        records: [Record],
        window: TimeWindow? = nil,
        state: JSONValue? = nil,
        shardId: String? = nil,
        eventSourceARN: String? = nil,
        isFinalInvokeForWindow: Bool? = nil,
        isWindowTerminatedEarly: Bool? = nil
    ) {
        self.init(
            records: records,
            tumblingWindow: TumblingWindow(
                window: window, state: state, shardId: shardId, eventSourceARN: eventSourceARN,
                isFinalInvokeForWindow: isFinalInvokeForWindow, isWindowTerminatedEarly: isWindowTerminatedEarly))
    }

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
}

/// The one member an event codes itself; the window members are ``TumblingWindow``'s.
private enum RecordsKey: String, CodingKey {
    case records = "Records"
}

extension TumblingWindowEvent where Record: Decodable {
    /// Decodes an event: its records, then the tumbling-window members of the same object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: RecordsKey.self)
        self.init(
            records: try container.decode([Record].self, forKey: .records),
            tumblingWindow: try TumblingWindow(from: decoder))
    }
}

extension TumblingWindowEvent where Record: Encodable {
    /// Encodes the event, writing only the window members that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordsKey.self)
        try container.encode(records, forKey: .records)
        try tumblingWindow.encode(to: encoder)
    }
}
