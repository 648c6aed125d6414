extension KinesisAPI {
    /// A stream without its shard list (`DescribeStreamSummary`).
    ///
    /// `ConsumerCount` counts the registered enhanced fan-out consumers; it arrived with enhanced fan-out in 2018.
    /// `StreamModeDetails`, `WarmThroughput` and `MaxRecordSizeInKiB` are later additions.
    public struct StreamDescriptionSummary: Codable, Hashable, Sendable {
        /// The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var streamName: String

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// The state of the stream.
        public var streamStatus: StreamStatus

        /// The capacity mode of the stream.
        public var streamModeDetails: StreamModeDetails?

        /// How long records are kept, in hours (24…8760).
        public var retentionPeriodHours: Int

        /// When the stream was created; epoch seconds on the wire, ISO-8601 text in AWS CLI v2 output.
        public var streamCreationTimestamp: AWSTimestamp

        /// The enhanced (shard-level) monitoring settings.
        public var enhancedMonitoring: [EnhancedMetrics]

        /// How records are encrypted at rest: `NONE` or `KMS`.
        public var encryptionType: EncryptionType?

        /// The KMS key used for encryption: a key id, key or alias ARN, or alias name. `.null` when the output shows it
        /// as JSON null, as the AWS CLI does for unencrypted streams.
        public var keyID: Nullable<String>?

        /// The number of open shards.
        public var openShardCount: Int

        /// The number of registered enhanced fan-out consumers.
        public var consumerCount: Int?

        /// The warm throughput of an on-demand stream.
        public var warmThroughput: WarmThroughput?

        /// The largest record the stream accepts, in KiB (1024…10240).
        public var maxRecordSizeInKiB: Int?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        ///   - streamStatus: The state of the stream.
        ///   - streamModeDetails: The capacity mode of the stream.
        ///   - retentionPeriodHours: How long records are kept, in hours (24…8760).
        ///   - streamCreationTimestamp: When the stream was created; epoch seconds on the wire, ISO-8601 text in AWS
        ///     CLI v2 output.
        ///   - enhancedMonitoring: The enhanced (shard-level) monitoring settings.
        ///   - encryptionType: How records are encrypted at rest: `NONE` or `KMS`.
        ///   - keyID: The KMS key used for encryption: a key id, key or alias ARN, or alias name.
        ///   - openShardCount: The number of open shards.
        ///   - consumerCount: The number of registered enhanced fan-out consumers.
        ///   - warmThroughput: The warm throughput of an on-demand stream.
        ///   - maxRecordSizeInKiB: The largest record the stream accepts, in KiB (1024…10240).
        public init(
            streamName: String,
            streamARN: String,
            streamID: String? = nil,
            streamStatus: StreamStatus,
            streamModeDetails: StreamModeDetails? = nil,
            retentionPeriodHours: Int,
            streamCreationTimestamp: AWSTimestamp,
            enhancedMonitoring: [EnhancedMetrics],
            encryptionType: EncryptionType? = nil,
            keyID: Nullable<String>? = nil,
            openShardCount: Int,
            consumerCount: Int? = nil,
            warmThroughput: WarmThroughput? = nil,
            maxRecordSizeInKiB: Int? = nil
        ) {
            self.streamName = streamName
            self.streamARN = streamARN
            self.streamID = streamID
            self.streamStatus = streamStatus
            self.streamModeDetails = streamModeDetails
            self.retentionPeriodHours = retentionPeriodHours
            self.streamCreationTimestamp = streamCreationTimestamp
            self.enhancedMonitoring = enhancedMonitoring
            self.encryptionType = encryptionType
            self.keyID = keyID
            self.openShardCount = openShardCount
            self.consumerCount = consumerCount
            self.warmThroughput = warmThroughput
            self.maxRecordSizeInKiB = maxRecordSizeInKiB
        }

        enum CodingKeys: String, CodingKey {
            case streamName = "StreamName"
            case streamARN = "StreamARN"
            case streamID = "StreamId"
            case streamStatus = "StreamStatus"
            case streamModeDetails = "StreamModeDetails"
            case retentionPeriodHours = "RetentionPeriodHours"
            case streamCreationTimestamp = "StreamCreationTimestamp"
            case enhancedMonitoring = "EnhancedMonitoring"
            case encryptionType = "EncryptionType"
            case keyID = "KeyId"
            case openShardCount = "OpenShardCount"
            case consumerCount = "ConsumerCount"
            case warmThroughput = "WarmThroughput"
            case maxRecordSizeInKiB = "MaxRecordSizeInKiB"
        }
    }
}
