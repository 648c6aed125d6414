extension DynamoDBStreamsAPI {
    /// A DynamoDB stream: its ARN and label, status, view type, table, key schema and a page of its shards.
    ///
    /// `LastEvaluatedShardId` is present when more shards follow; pass it as `ExclusiveStartShardId`
    /// (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamDescription.html).
    public struct StreamDescription: Codable, Hashable, Sendable {
        /// The stream ARN, `arn:…:dynamodb:<region>:<account>:table/<table>/stream/<label>`.
        public var streamARN: String?

        /// The stream label: the time the stream was created, e.g. `2024-01-01T00:00:00.000`.
        public var streamLabel: String?

        /// `ENABLING`, `ENABLED`, `DISABLING` or `DISABLED`.
        public var streamStatus: StreamStatus?

        /// What each record holds: keys only, new image, old image or both.
        public var streamViewType: StreamViewType?

        /// When the stream was asked for.
        public var creationRequestDateTime: AWSTimestamp?

        /// The table of the stream.
        public var tableName: String?

        /// The table's primary key: a `HASH` element and an optional `RANGE` element.
        public var keySchema: [KeySchemaElement]?

        /// A page of the stream's shards, parents before children.
        public var shards: [Shard]?

        /// The last shard of this page, when more follow.
        public var lastEvaluatedShardID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamARN: The stream ARN.
        ///   - streamLabel: The stream label.
        ///   - streamStatus: The status.
        ///   - streamViewType: What each record holds.
        ///   - creationRequestDateTime: When the stream was asked for.
        ///   - tableName: The table of the stream.
        ///   - keySchema: The table's primary key.
        ///   - shards: A page of the stream's shards.
        ///   - lastEvaluatedShardID: The last shard of this page, when more follow.
        public init(
            streamARN: String? = nil,
            streamLabel: String? = nil,
            streamStatus: StreamStatus? = nil,
            streamViewType: StreamViewType? = nil,
            creationRequestDateTime: AWSTimestamp? = nil,
            tableName: String? = nil,
            keySchema: [KeySchemaElement]? = nil,
            shards: [Shard]? = nil,
            lastEvaluatedShardID: String? = nil
        ) {
            self.streamARN = streamARN
            self.streamLabel = streamLabel
            self.streamStatus = streamStatus
            self.streamViewType = streamViewType
            self.creationRequestDateTime = creationRequestDateTime
            self.tableName = tableName
            self.keySchema = keySchema
            self.shards = shards
            self.lastEvaluatedShardID = lastEvaluatedShardID
        }

        enum CodingKeys: String, CodingKey {
            case streamARN = "StreamArn"
            case streamLabel = "StreamLabel"
            case streamStatus = "StreamStatus"
            case streamViewType = "StreamViewType"
            case creationRequestDateTime = "CreationRequestDateTime"
            case tableName = "TableName"
            case keySchema = "KeySchema"
            case shards = "Shards"
            case lastEvaluatedShardID = "LastEvaluatedShardId"
        }
    }
}
