public import Foundation

extension KubeMQKinesisRequest {
    /// A `put_record` request: writes the envelope's `data` as one record.
    ///
    /// `data` is the base64 text of the record bytes, as Go writes the connector's `[]byte`; it stays text so
    /// that it re-encodes unchanged, and `dataBytes()` / `dataText()` decode it strictly.
    ///
    /// ```swift
    /// let put = KubeMQKinesisRequest.PutRecord(
    ///     streamName: "my_stream", partitionKey: "0356", bytes: Data(#"{"my_result":"ok"}"#.utf8))
    /// put.data  // "eyJteV9yZXN1bHQiOiJvayJ9"
    /// ```
    public struct PutRecord: Hashable, Sendable {
        /// The name of the stream (`stream_name`, required).
        public var streamName: String

        /// The partition key that picks the shard (`partition_key`, required).
        public var partitionKey: String

        /// The record as base64 text (the envelope's `data`); `nil` writes `null`.
        public var data: String?

        /// Metadata keys `put_record` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `put_record` request from base64 text.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream.
        ///   - partitionKey: The partition key that picks the shard.
        ///   - data: The record as base64 text.
        ///   - additionalMetadata: further metadata keys to send.
        public init(
            streamName: String, partitionKey: String, data: String? = nil, additionalMetadata: [String: String] = [:]
        ) {
            self.streamName = streamName
            self.partitionKey = partitionKey
            self.data = data
            self.additionalMetadata = additionalMetadata
        }

        /// Creates a `put_record` request from the record's bytes.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream.
        ///   - partitionKey: The partition key that picks the shard.
        ///   - bytes: The record; stored as padded base64.
        ///   - additionalMetadata: further metadata keys to send.
        public init(
            streamName: String, partitionKey: String, bytes: Data, additionalMetadata: [String: String] = [:]
        ) {
            self.init(
                streamName: streamName, partitionKey: partitionKey, data: Base64.encode(bytes),
                additionalMetadata: additionalMetadata)
        }

        /// The record's bytes.
        ///
        /// - Returns: the bytes `data` encodes.
        /// - Throws: `DecodingError` at `data` when it is `null` or not canonical padded base64.
        public func dataBytes() throws -> Data {
            try Base64.decodeData(
                KubeMQKinesisRequest.requireData(data, of: .putRecord), at: [EnvelopeKeys.data])
        }

        /// The record's bytes read as UTF-8 text.
        ///
        /// - Returns: the text `data` encodes.
        /// - Throws: `DecodingError` at `data` when it is `null`, not canonical base64, or not UTF-8.
        public func dataText() throws -> String {
            try Base64.decodeText(
                KubeMQKinesisRequest.requireData(data, of: .putRecord), at: [EnvelopeKeys.data])
        }
    }
}

extension KubeMQKinesisRequest.PutRecord: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        let streamName = try reader.required("stream_name", "the name of the stream")
        let partitionKey = try reader.required("partition_key", "the partition key that picks the shard")
        self.init(streamName: streamName, partitionKey: partitionKey, data: data, additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] { [("stream_name", streamName), ("partition_key", partitionKey)] }

    var envelopeData: String? { data }
}

extension KubeMQKinesisRequest {
    /// `data`, or a `DecodingError.valueNotFound` saying that `method` has none.
    static func requireData(_ data: String?, of method: Method) throws -> String {
        guard let data else {
            throw DecodingError.valueNotFound(
                String.self,
                DecodingError.Context(
                    codingPath: [EnvelopeKeys.data],
                    debugDescription: "\(method.rawValue) has no data (null); expected base64 text"))
        }
        return data
    }
}
