extension DynamoDBStreamsAPI {
    /// The output of `DescribeStream` (`aws dynamodbstreams describe-stream`).
    ///
    /// ```swift
    /// let output = try JSONDecoder().decode(DynamoDBStreamsAPI.DescribeStreamOutput.self, from: cliOutput)
    /// let open = output.streamDescription?.shards?.filter { $0.sequenceNumberRange?.endingSequenceNumber == nil }
    /// ```
    public struct DescribeStreamOutput: Codable, Hashable, Sendable {
        /// The stream, its table and a page of its shards.
        public var streamDescription: StreamDescription?

        /// Creates a value with the given members.
        ///
        /// - Parameter streamDescription: The stream, its table and a page of its shards.
        public init(streamDescription: StreamDescription? = nil) {
            self.streamDescription = streamDescription
        }

        enum CodingKeys: String, CodingKey {
            case streamDescription = "StreamDescription"
        }
    }
}
