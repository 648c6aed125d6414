/// Where a stream event source mapping starts reading (`StartingPosition`).
///
/// Botocore lists three values; the type stays open so that a value AWS adds later still decodes
/// and re-encodes unchanged. Required when creating a Kinesis, DynamoDB Streams, DocumentDB or Kafka mapping.
public struct EventSourcePosition: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"TRIM_HORIZON"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `TRIM_HORIZON`: the oldest record still in the shard.
    public static let trimHorizon = EventSourcePosition(rawValue: "TRIM_HORIZON")

    /// `LATEST`: only records added after the mapping starts.
    public static let latest = EventSourcePosition(rawValue: "LATEST")

    /// `AT_TIMESTAMP`: records from `StartingPositionTimestamp` on (Kinesis, DocumentDB and Kafka only).
    public static let atTimestamp = EventSourcePosition(rawValue: "AT_TIMESTAMP")
}
