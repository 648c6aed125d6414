/// The event Lambda passes to a function subscribed to a DynamoDB stream.
///
/// One invoke carries a batch of records from a single stream shard. With a tumbling window
/// the event also carries the window fields; they are `nil` otherwise and are not written
/// when `nil`.
///
/// ```swift
/// let event = try JSONDecoder().decode(DynamoDBEvent.self, from: payload)
/// for record in event.records where record.eventName == .insert {
///     let order = try DynamoDBItemDecoder().decode(Order.self, from: record.dynamodb.newImage ?? [:])
/// }
/// ```
public struct DynamoDBEvent: TumblingWindowEvent, Codable, Hashable, Sendable {
    /// The records of the batch (`Records`).
    public var records: [DynamoDBEventRecord]
    /// The tumbling-window members, all `nil` for an ordinary event; written flat, beside `Records`. The
    /// members are also readable one by one (``TumblingWindowEvent/window``, ``TumblingWindowEvent/state`` …).
    public var tumblingWindow: TumblingWindow

    /// Creates an event from its records and tumbling-window members.
    public init(records: [DynamoDBEventRecord], tumblingWindow: TumblingWindow) {
        self.records = records
        self.tumblingWindow = tumblingWindow
    }
}
