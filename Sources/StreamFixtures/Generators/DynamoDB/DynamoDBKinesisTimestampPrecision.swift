/// The unit of `ApproximateCreationDateTime` in Kinesis Data Streams for DynamoDB records (the destination's
/// `ApproximateCreationDateTimePrecision`).
public enum DynamoDBKinesisTimestampPrecision: String, Codable, Hashable, Sendable, CaseIterable {
    /// Milliseconds since 1970 (the default).
    case milliseconds = "MILLISECOND"
    /// Microseconds since 1970.
    case microseconds = "MICROSECOND"
}
