extension KinesisAPI {
    /// A stream with (a page of) its shards (`DescribeStream`).
    ///
    /// `HasMoreShards` says whether `DescribeStream` must be called again; `ListShards` is the newer way.
    public struct StreamDescription: Codable, Hashable, Sendable {
        /// The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var streamName: String

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String

        /// The state of the stream.
        public var streamStatus: StreamStatus

        /// The capacity mode of the stream.
        public var streamModeDetails: StreamModeDetails?

        /// The shards of this page.
        public var shards: [Shard]

        /// Whether more shards follow.
        public var hasMoreShards: Bool

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

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamStatus: The state of the stream.
        ///   - streamModeDetails: The capacity mode of the stream.
        ///   - shards: The shards of this page.
        ///   - hasMoreShards: Whether more shards follow.
        ///   - retentionPeriodHours: How long records are kept, in hours (24…8760).
        ///   - streamCreationTimestamp: When the stream was created; epoch seconds on the wire, ISO-8601 text in AWS
        ///     CLI v2 output.
        ///   - enhancedMonitoring: The enhanced (shard-level) monitoring settings.
        ///   - encryptionType: How records are encrypted at rest: `NONE` or `KMS`.
        ///   - keyID: The KMS key used for encryption: a key id, key or alias ARN, or alias name.
        public init(
            streamName: String,
            streamARN: String,
            streamStatus: StreamStatus,
            streamModeDetails: StreamModeDetails? = nil,
            shards: [Shard],
            hasMoreShards: Bool,
            retentionPeriodHours: Int,
            streamCreationTimestamp: AWSTimestamp,
            enhancedMonitoring: [EnhancedMetrics],
            encryptionType: EncryptionType? = nil,
            keyID: Nullable<String>? = nil
        ) {
            self.streamName = streamName
            self.streamARN = streamARN
            self.streamStatus = streamStatus
            self.streamModeDetails = streamModeDetails
            self.shards = shards
            self.hasMoreShards = hasMoreShards
            self.retentionPeriodHours = retentionPeriodHours
            self.streamCreationTimestamp = streamCreationTimestamp
            self.enhancedMonitoring = enhancedMonitoring
            self.encryptionType = encryptionType
            self.keyID = keyID
        }

        enum CodingKeys: String, CodingKey {
            case streamName = "StreamName"
            case streamARN = "StreamARN"
            case streamStatus = "StreamStatus"
            case streamModeDetails = "StreamModeDetails"
            case shards = "Shards"
            case hasMoreShards = "HasMoreShards"
            case retentionPeriodHours = "RetentionPeriodHours"
            case streamCreationTimestamp = "StreamCreationTimestamp"
            case enhancedMonitoring = "EnhancedMonitoring"
            case encryptionType = "EncryptionType"
            case keyID = "KeyId"
        }
    }
}
