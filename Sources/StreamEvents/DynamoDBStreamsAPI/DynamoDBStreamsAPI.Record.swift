extension DynamoDBStreamsAPI {
    /// One change record as the DynamoDB Streams API returns it (`GetRecords`).
    ///
    /// The Lambda event record (`DynamoDBEventRecord`) adds `eventSourceARN`; this one has none, because the caller
    /// already named the stream. The change itself (`dynamodb`) has the same members in both.
    public struct Record: Codable, Hashable, Sendable {
        /// A unique identifier of the record.
        public var eventID: String?

        /// `INSERT`, `MODIFY` or `REMOVE`.
        public var eventName: DynamoDBEventName?

        /// The version of the record format, e.g. `1.1`.
        public var eventVersion: String?

        /// `aws:dynamodb`.
        public var eventSource: String?

        /// The region of the table.
        public var awsRegion: AWSRegion?

        /// The change: keys, images, sequence number, size and view type.
        public var dynamodb: DynamoDBStreamRecord

        /// Who made the change; present for deletes done by Time to Live.
        public var userIdentity: Identity?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - eventID: A unique identifier of the record.
        ///   - eventName: `INSERT`, `MODIFY` or `REMOVE`.
        ///   - eventVersion: The version of the record format.
        ///   - eventSource: `aws:dynamodb`.
        ///   - awsRegion: The region of the table.
        ///   - dynamodb: The change.
        ///   - userIdentity: Who made the change.
        public init(
            eventID: String? = nil,
            eventName: DynamoDBEventName? = nil,
            eventVersion: String? = nil,
            eventSource: String? = nil,
            awsRegion: AWSRegion? = nil,
            dynamodb: DynamoDBStreamRecord,
            userIdentity: Identity? = nil
        ) {
            self.eventID = eventID
            self.eventName = eventName
            self.eventVersion = eventVersion
            self.eventSource = eventSource
            self.awsRegion = awsRegion
            self.dynamodb = dynamodb
            self.userIdentity = userIdentity
        }

        enum CodingKeys: String, CodingKey {
            case eventID, eventName, eventVersion, eventSource, awsRegion, dynamodb, userIdentity
        }
    }
}
