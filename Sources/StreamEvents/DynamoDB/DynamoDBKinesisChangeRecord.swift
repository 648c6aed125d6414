/// A DynamoDB change record as Kinesis Data Streams for DynamoDB writes it into a Kinesis
/// record's `data` (JSON, then base64).
///
/// It resembles a stream record but differs: `eventID` is a UUID, `recordFormat` and
/// `tableName` are present, `userIdentity` is usually JSON `null`, there is no
/// `eventVersion` or `eventSourceARN`, and `dynamodb` has no `SequenceNumber` or
/// `StreamViewType` while its `ApproximateCreationDateTime` counts milliseconds (or
/// microseconds, by table setting).
///
/// ```swift
/// let change = try record.kinesis.dynamoDBChangeRecord()
/// change.dynamodb.approximateCreationDateTime?.date(unit: .milliseconds)
/// ```
public struct DynamoDBKinesisChangeRecord: Codable, Hashable, Sendable {
    /// The table's region.
    public var awsRegion: AWSRegion
    /// A UUID identifying the change.
    public var eventID: String
    /// `INSERT`, `MODIFY` or `REMOVE`.
    public var eventName: DynamoDBEventName
    /// The identity of a TTL deletion: `.null` as in most real records, `.value(.ttlService)` for
    /// TTL deletions, `nil` when the member is absent; all three round-trip.
    public var userIdentity: Nullable<DynamoDBUserIdentity>?
    /// `application/json`.
    public var recordFormat: String
    /// The table's name.
    public var tableName: String
    /// The change; its creation time is in milliseconds or microseconds.
    public var dynamodb: DynamoDBStreamRecord
    /// Always `aws:dynamodb`.
    public var eventSource: String

    /// Creates a change record.
    ///
    /// - Parameters:
    ///   - awsRegion: the table's region.
    ///   - eventID: the change's UUID.
    ///   - eventName: the kind of change.
    ///   - tableName: the table's name.
    ///   - dynamodb: the change.
    ///   - userIdentity: defaults to `.null`, written as `"userIdentity": null` like AWS does;
    ///     `nil` omits the member.
    ///   - recordFormat: defaults to `application/json`.
    ///   - eventSource: defaults to `aws:dynamodb`.
    public init(
        awsRegion: AWSRegion,
        eventID: String,
        eventName: DynamoDBEventName,
        tableName: String,
        dynamodb: DynamoDBStreamRecord,
        userIdentity: Nullable<DynamoDBUserIdentity>? = .null,
        recordFormat: String = "application/json",
        eventSource: String = DynamoDBEventRecord.dynamoDBEventSource
    ) {
        self.awsRegion = awsRegion
        self.eventID = eventID
        self.eventName = eventName
        self.userIdentity = userIdentity
        self.recordFormat = recordFormat
        self.tableName = tableName
        self.dynamodb = dynamodb
        self.eventSource = eventSource
    }

    enum CodingKeys: String, CodingKey {
        case awsRegion, eventID, eventName, userIdentity, recordFormat, tableName, dynamodb, eventSource
    }

    /// Decodes a change record, telling a `null` `userIdentity` from an absent one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        awsRegion = try container.decode(AWSRegion.self, forKey: .awsRegion)
        eventID = try container.decode(String.self, forKey: .eventID)
        eventName = try container.decode(DynamoDBEventName.self, forKey: .eventName)
        userIdentity = try container.decodeIfPresent(Nullable<DynamoDBUserIdentity>.self, forKey: .userIdentity)
        recordFormat = try container.decode(String.self, forKey: .recordFormat)
        tableName = try container.decode(String.self, forKey: .tableName)
        dynamodb = try container.decode(DynamoDBStreamRecord.self, forKey: .dynamodb)
        eventSource = try container.decode(String.self, forKey: .eventSource)
    }

    /// Encodes the change record; `userIdentity` as `null`, an object, or not at all.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(awsRegion, forKey: .awsRegion)
        try container.encode(eventID, forKey: .eventID)
        try container.encode(eventName, forKey: .eventName)
        try container.encodeIfPresent(userIdentity, forKey: .userIdentity)
        try container.encode(recordFormat, forKey: .recordFormat)
        try container.encode(tableName, forKey: .tableName)
        try container.encode(dynamodb, forKey: .dynamodb)
        try container.encode(eventSource, forKey: .eventSource)
    }
}
