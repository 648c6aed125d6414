/// The kind of on-failure destination an event source mapping of a stream writes its records to.
///
/// The record's shape depends on it: Amazon S3 destinations also get the whole invocation event under `payload`,
/// SQS queues and SNS topics get the metadata only. Kinesis and DynamoDB stream sources can send to these three
/// (https://docs.aws.amazon.com/lambda/latest/api/API_OnFailure.html; Kafka topics are for Kafka sources only), so
/// the set is closed.
///
/// ```swift
/// let options = OnFailureRecordOptions(destination: .s3)   // records with `payload`
/// ```
public enum OnFailureDestination: String, CaseIterable, Codable, Hashable, Sendable {
    /// An SQS queue: the record is the message body.
    case sqs
    /// An SNS topic: the record is the message.
    case sns
    /// An S3 bucket: the record is an object and carries the invocation event under `payload`.
    case s3

    /// Whether records sent to this destination carry the invocation event under `payload`.
    public var carriesPayload: Bool { self == .s3 }
}
