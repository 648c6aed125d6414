/// Which kind of stream a generated Lambda payload belongs to.
///
/// The response and on-failure payloads have the same shape for both stream sources but differ in details: the item
/// identifier is `kinesis.sequenceNumber` or `dynamodb.SequenceNumber`, and the on-failure record carries
/// `KinesisBatchInfo` or `DDBStreamBatchInfo`. Options of those kinds name the source with this type.
///
/// ```swift
/// let options = OnFailureRecordOptions(source: .dynamoDB)
/// ```
public enum StreamEventSource: String, CaseIterable, Codable, Hashable, Sendable {
    /// A Kinesis data stream (`aws:kinesis`).
    case kinesis
    /// A DynamoDB stream (`aws:dynamodb`).
    case dynamoDB
}
