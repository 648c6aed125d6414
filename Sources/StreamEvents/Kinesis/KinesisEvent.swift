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
public struct KinesisEvent: TumblingWindowEvent, Codable, Hashable, Sendable {
    /// The records of the batch, in shard order (`Records`).
    public var records: [KinesisEventRecord]
    /// The tumbling-window members, all `nil` for an ordinary event; written flat, beside `Records`. The
    /// members are also readable one by one (``TumblingWindowEvent/window``, ``TumblingWindowEvent/state`` …).
    public var tumblingWindow: TumblingWindow

    /// Creates an event from its records and tumbling-window members.
    public init(records: [KinesisEventRecord], tumblingWindow: TumblingWindow) {
        self.records = records
        self.tumblingWindow = tumblingWindow
    }
}
