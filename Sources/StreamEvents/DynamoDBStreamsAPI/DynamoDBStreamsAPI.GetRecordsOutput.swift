extension DynamoDBStreamsAPI {
    /// The output of `GetRecords` (`aws dynamodbstreams get-records`).
    ///
    /// `NextShardIterator` is absent (or `null`) once a closed shard has been read to its end
    /// (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html).
    ///
    /// ```swift
    /// let output = try JSONDecoder().decode(DynamoDBStreamsAPI.GetRecordsOutput.self, from: cliOutput)
    /// let keys = output.records.map(\.dynamodb.keys)
    /// ```
    public struct GetRecordsOutput: Codable, Hashable, Sendable {
        /// The records read, possibly none.
        public var records: [Record]?

        /// Where the next call continues; absent when the shard is closed and read.
        public var nextShardIterator: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - records: The records read, possibly none.
        ///   - nextShardIterator: Where the next call continues; absent when the shard is closed and read.
        public init(records: [Record]? = nil, nextShardIterator: String? = nil) {
            self.records = records
            self.nextShardIterator = nextShardIterator
        }

        enum CodingKeys: String, CodingKey {
            case records = "Records"
            case nextShardIterator = "NextShardIterator"
        }
    }
}
