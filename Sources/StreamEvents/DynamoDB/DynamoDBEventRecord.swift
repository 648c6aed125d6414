/// One record of a `DynamoDBEvent`: a single item change and Lambda's envelope.
///
/// ```swift
/// let record = DynamoDBEventRecord(
///     eventID: "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c",
///     eventName: .modify,
///     awsRegion: .usEast1,
///     dynamodb: change,
///     eventSourceARN: "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000")
/// ```
public struct DynamoDBEventRecord: Codable, Hashable, Sendable {
    /// A unique identifier of the record (32 hex digits in real streams).
    public var eventID: String
    /// `INSERT`, `MODIFY` or `REMOVE`.
    public var eventName: DynamoDBEventName
    /// `1.1` in current payloads, `1.0` in older documentation; clients must not rely on it.
    public var eventVersion: String
    /// Always `aws:dynamodb`.
    public var eventSource: String
    /// The table's region.
    public var awsRegion: AWSRegion
    /// The change itself.
    public var dynamodb: DynamoDBStreamRecord
    /// The stream ARN; Lambda adds it, the DynamoDB Streams API does not.
    public var eventSourceARN: String?
    /// Present only for deletions by Time to Live (`DynamoDBUserIdentity.ttlService`).
    public var userIdentity: DynamoDBUserIdentity?

    /// The `eventSource` of every DynamoDB stream record.
    public static let dynamoDBEventSource = "aws:dynamodb"

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - eventID: the record's identifier.
    ///   - eventName: the kind of change.
    ///   - awsRegion: the table's region.
    ///   - dynamodb: the change.
    ///   - eventSourceARN: the stream ARN, or `nil` to omit it.
    ///   - userIdentity: `.ttlService` for a TTL deletion, else `nil`.
    ///   - eventVersion: defaults to `1.1`.
    ///   - eventSource: defaults to `aws:dynamodb`.
    public init(
        eventID: String,
        eventName: DynamoDBEventName,
        awsRegion: AWSRegion,
        dynamodb: DynamoDBStreamRecord,
        eventSourceARN: String? = nil,
        userIdentity: DynamoDBUserIdentity? = nil,
        eventVersion: String = "1.1",
        eventSource: String = DynamoDBEventRecord.dynamoDBEventSource
    ) {
        self.eventID = eventID
        self.eventName = eventName
        self.eventVersion = eventVersion
        self.eventSource = eventSource
        self.awsRegion = awsRegion
        self.dynamodb = dynamodb
        self.eventSourceARN = eventSourceARN
        self.userIdentity = userIdentity
    }

    enum CodingKeys: String, CodingKey {
        case eventID, eventName, eventVersion, eventSource, awsRegion, dynamodb, eventSourceARN, userIdentity
    }
}
