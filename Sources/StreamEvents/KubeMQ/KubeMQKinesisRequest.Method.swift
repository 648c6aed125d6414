extension KubeMQKinesisRequest {
    /// The operation a KubeMQ `aws.kinesis` request calls (`metadata.method`).
    ///
    /// A closed set: the connector rejects any other method. `delete_stream` is accepted by the
    /// connector's source although its documentation does not list it.
    public enum Method: String, CaseIterable, Codable, Hashable, Sendable {
        /// `list_streams`.
        case listStreams = "list_streams"
        /// `list_stream_consumers`.
        case listStreamConsumers = "list_stream_consumers"
        /// `create_stream`.
        case createStream = "create_stream"
        /// `delete_stream`.
        case deleteStream = "delete_stream"
        /// `list_shards`.
        case listShards = "list_shards"
        /// `get_shard_iterator`.
        case getShardIterator = "get_shard_iterator"
        /// `put_record`.
        case putRecord = "put_record"
        /// `put_records`.
        case putRecords = "put_records"
        /// `get_records`.
        case getRecords = "get_records"

        /// The metadata key that names the method.
        static let metadataKey = "method"

        /// The known method names, comma separated, for messages.
        static var knownList: String { allCases.map(\.rawValue).joined(separator: ", ") }

        /// Whether the request carries `data`.
        var takesData: Bool { self == .putRecord || self == .putRecords }
    }
}
