/// One record of a `KinesisEvent`: the Kinesis payload plus Lambda's envelope.
///
/// Every real Lambda payload carries all eight members, so all are required here; the
/// constants (`eventSource`, `eventName`, `eventVersion`) have defaults in the initialiser.
///
/// ```swift
/// let record = KinesisEventRecord(
///     eventID: "shardId-000000000003:\(sequence)",
///     eventSourceARN: "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
///     invokeIdentityArn: "arn:aws:iam::111122223333:role/orders-consumer-role",
///     awsRegion: .usEast1,
///     kinesis: payload)
/// ```
public struct KinesisEventRecord: Codable, Hashable, Sendable {
    /// The record itself: partition key, sequence number, data, arrival time.
    public var kinesis: KinesisRecordPayload
    /// Always `aws:kinesis`.
    public var eventSource: String
    /// `1.0` in every payload seen so far.
    public var eventVersion: String
    /// `<shardId>:<sequenceNumber>`, e.g. `shardId-000000000006:4959…8898`.
    public var eventID: String
    /// Always `aws:kinesis:record`.
    public var eventName: String
    /// The ARN of the event source mapping's execution role.
    public var invokeIdentityArn: String
    /// The stream's region.
    public var awsRegion: AWSRegion
    /// The stream ARN, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
    public var eventSourceARN: String

    /// The `eventSource` of every Kinesis record.
    public static let kinesisEventSource = "aws:kinesis"
    /// The `eventName` of every Kinesis record.
    public static let kinesisEventName = "aws:kinesis:record"

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - eventID: `<shardId>:<sequenceNumber>`.
    ///   - eventSourceARN: the stream ARN.
    ///   - invokeIdentityArn: the execution role ARN.
    ///   - awsRegion: the stream's region.
    ///   - kinesis: the payload.
    ///   - eventSource: defaults to `aws:kinesis`.
    ///   - eventName: defaults to `aws:kinesis:record`.
    ///   - eventVersion: defaults to `1.0`.
    public init(
        eventID: String,
        eventSourceARN: String,
        invokeIdentityArn: String,
        awsRegion: AWSRegion,
        kinesis: KinesisRecordPayload,
        eventSource: String = KinesisEventRecord.kinesisEventSource,
        eventName: String = KinesisEventRecord.kinesisEventName,
        eventVersion: String = "1.0"
    ) {
        self.kinesis = kinesis
        self.eventSource = eventSource
        self.eventVersion = eventVersion
        self.eventID = eventID
        self.eventName = eventName
        self.invokeIdentityArn = invokeIdentityArn
        self.awsRegion = awsRegion
        self.eventSourceARN = eventSourceARN
    }

    enum CodingKeys: String, CodingKey {
        case kinesis, eventSource, eventVersion, eventID, eventName, invokeIdentityArn, awsRegion, eventSourceARN
    }
}
