/// The input of `CreateEventSourceMapping` (`aws lambda create-event-source-mapping --cli-input-json`).
///
/// Only `FunctionName` is required by botocore; for Kinesis and DynamoDB sources Lambda also requires
/// `StartingPosition`. `Enabled` and `Tags` exist on requests only.
///
/// ```swift
/// let request = CreateEventSourceMappingRequest(
///     eventSourceARN: "arn:aws:kinesis:us-east-1:123456789012:stream/orders",
///     functionName: "process-orders", batchSize: 100, startingPosition: .latest)
/// ```
public struct CreateEventSourceMappingRequest: Codable, Hashable, Sendable {
    /// The ARN of the source: a Kinesis stream or consumer, a DynamoDB stream, a queue, a cluster or a broker.
    public var eventSourceARN: String?

    /// The function: a name, a full or partial ARN, optionally with a version or alias qualifier.
    public var functionName: String

    /// Whether the mapping polls its source (true by default).
    public var enabled: Bool?

    /// The most records sent to the function in one invocation (1…10000; 100 by default for streams).
    public var batchSize: Int?

    /// The event filters that decide which records reach the function.
    public var filterCriteria: FilterCriteria?

    /// How long, in seconds, records are gathered before an invocation (0…300; 0 by default for streams).
    public var maximumBatchingWindowInSeconds: Int?

    /// How many batches per shard are processed at once (1…10, streams only).
    public var parallelizationFactor: Int?

    /// Where reading starts in a stream: `TRIM_HORIZON`, `LATEST` or `AT_TIMESTAMP`.
    public var startingPosition: EventSourcePosition?

    /// The time reading starts from when `StartingPosition` is `AT_TIMESTAMP`; epoch seconds on the wire, ISO-8601 text
    /// in AWS CLI v2 output.
    public var startingPositionTimestamp: AWSTimestamp?

    /// Where records of failed batches are sent (stream, Kafka and SQS sources).
    public var destinationConfig: DestinationConfig?

    /// Records older than this many seconds are discarded (-1 means never; otherwise 60…604800; streams only).
    public var maximumRecordAgeInSeconds: Int?

    /// Whether a failing batch is split in two and retried (streams only).
    public var bisectBatchOnFunctionError: Bool?

    /// How often a failing batch is retried (-1 means until the record expires; 0…10000; streams only).
    public var maximumRetryAttempts: Int?

    /// Tags to attach to the mapping; encoded with keys in byte order.
    public var tags: [String: String]?

    /// The length of a tumbling window in seconds (0…900; 0 means no window; streams only).
    public var tumblingWindowInSeconds: Int?

    /// The Kafka topic (exactly one).
    public var topics: [String]?

    /// The Amazon MQ queue (exactly one).
    public var queues: [String]?

    /// Credentials and network settings for MQ, Kafka and DocumentDB sources (up to 22).
    public var sourceAccessConfigurations: [SourceAccessConfiguration]?

    /// The brokers of a self-managed Kafka cluster.
    public var selfManagedEventSource: SelfManagedEventSource?

    /// Response formats the function may return, e.g. `ReportBatchItemFailures` (at most one).
    public var functionResponseTypes: [FunctionResponseType]?

    /// Settings for an Amazon MSK source.
    public var amazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig?

    /// Settings for a self-managed Kafka source.
    public var selfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig?

    /// Concurrency limit of an SQS source.
    public var scalingConfig: ScalingConfig?

    /// Settings for a DocumentDB change stream source.
    public var documentDBEventSourceConfig: DocumentDBEventSourceConfig?

    /// The customer managed KMS key that encrypts the filter criteria.
    public var kmsKeyARN: String?

    /// Which optional CloudWatch metrics the mapping publishes.
    public var metricsConfig: EventSourceMappingMetricsConfig?

    /// The system log level of the mapping (Kafka sources).
    public var loggingConfig: EventSourceMappingLoggingConfig?

    /// Provisioned poller settings (SQS and Kafka sources).
    public var provisionedPollerConfig: ProvisionedPollerConfig?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - eventSourceARN: The ARN of the source: a Kinesis stream or consumer, a DynamoDB stream, a queue, a cluster
    ///     or a broker.
    ///   - functionName: The function: a name, a full or partial ARN, optionally with a version or alias qualifier.
    ///   - enabled: Whether the mapping polls its source (true by default).
    ///   - batchSize: The most records sent to the function in one invocation (1…10000; 100 by default for streams).
    ///   - filterCriteria: The event filters that decide which records reach the function.
    ///   - maximumBatchingWindowInSeconds: How long, in seconds, records are gathered before an invocation (0…300; 0 by
    ///     default for streams).
    ///   - parallelizationFactor: How many batches per shard are processed at once (1…10, streams only).
    ///   - startingPosition: Where reading starts in a stream: `TRIM_HORIZON`, `LATEST` or `AT_TIMESTAMP`.
    ///   - startingPositionTimestamp: The time reading starts from when `StartingPosition` is `AT_TIMESTAMP`; epoch
    ///     seconds on the wire, ISO-8601 text in AWS CLI v2 output.
    ///   - destinationConfig: Where records of failed batches are sent (stream, Kafka and SQS sources).
    ///   - maximumRecordAgeInSeconds: Records older than this many seconds are discarded (-1 means never; otherwise
    ///     60…604800; streams only).
    ///   - bisectBatchOnFunctionError: Whether a failing batch is split in two and retried (streams only).
    ///   - maximumRetryAttempts: How often a failing batch is retried (-1 means until the record expires; 0…10000;
    ///     streams only).
    ///   - tags: Tags to attach to the mapping; encoded with keys in byte order.
    ///   - tumblingWindowInSeconds: The length of a tumbling window in seconds (0…900; 0 means no window; streams
    ///     only).
    ///   - topics: The Kafka topic (exactly one).
    ///   - queues: The Amazon MQ queue (exactly one).
    ///   - sourceAccessConfigurations: Credentials and network settings for MQ, Kafka and DocumentDB sources (up to
    ///     22).
    ///   - selfManagedEventSource: The brokers of a self-managed Kafka cluster.
    ///   - functionResponseTypes: Response formats the function may return, e.g.
    ///   - amazonManagedKafkaEventSourceConfig: Settings for an Amazon MSK source.
    ///   - selfManagedKafkaEventSourceConfig: Settings for a self-managed Kafka source.
    ///   - scalingConfig: Concurrency limit of an SQS source.
    ///   - documentDBEventSourceConfig: Settings for a DocumentDB change stream source.
    ///   - kmsKeyARN: The customer managed KMS key that encrypts the filter criteria.
    ///   - metricsConfig: Which optional CloudWatch metrics the mapping publishes.
    ///   - loggingConfig: The system log level of the mapping (Kafka sources).
    ///   - provisionedPollerConfig: Provisioned poller settings (SQS and Kafka sources).
    public init(
        eventSourceARN: String? = nil,
        functionName: String,
        enabled: Bool? = nil,
        batchSize: Int? = nil,
        filterCriteria: FilterCriteria? = nil,
        maximumBatchingWindowInSeconds: Int? = nil,
        parallelizationFactor: Int? = nil,
        startingPosition: EventSourcePosition? = nil,
        startingPositionTimestamp: AWSTimestamp? = nil,
        destinationConfig: DestinationConfig? = nil,
        maximumRecordAgeInSeconds: Int? = nil,
        bisectBatchOnFunctionError: Bool? = nil,
        maximumRetryAttempts: Int? = nil,
        tags: [String: String]? = nil,
        tumblingWindowInSeconds: Int? = nil,
        topics: [String]? = nil,
        queues: [String]? = nil,
        sourceAccessConfigurations: [SourceAccessConfiguration]? = nil,
        selfManagedEventSource: SelfManagedEventSource? = nil,
        functionResponseTypes: [FunctionResponseType]? = nil,
        amazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig? = nil,
        selfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig? = nil,
        scalingConfig: ScalingConfig? = nil,
        documentDBEventSourceConfig: DocumentDBEventSourceConfig? = nil,
        kmsKeyARN: String? = nil,
        metricsConfig: EventSourceMappingMetricsConfig? = nil,
        loggingConfig: EventSourceMappingLoggingConfig? = nil,
        provisionedPollerConfig: ProvisionedPollerConfig? = nil
    ) {
        self.eventSourceARN = eventSourceARN
        self.functionName = functionName
        self.enabled = enabled
        self.batchSize = batchSize
        self.filterCriteria = filterCriteria
        self.maximumBatchingWindowInSeconds = maximumBatchingWindowInSeconds
        self.parallelizationFactor = parallelizationFactor
        self.startingPosition = startingPosition
        self.startingPositionTimestamp = startingPositionTimestamp
        self.destinationConfig = destinationConfig
        self.maximumRecordAgeInSeconds = maximumRecordAgeInSeconds
        self.bisectBatchOnFunctionError = bisectBatchOnFunctionError
        self.maximumRetryAttempts = maximumRetryAttempts
        self.tags = tags
        self.tumblingWindowInSeconds = tumblingWindowInSeconds
        self.topics = topics
        self.queues = queues
        self.sourceAccessConfigurations = sourceAccessConfigurations
        self.selfManagedEventSource = selfManagedEventSource
        self.functionResponseTypes = functionResponseTypes
        self.amazonManagedKafkaEventSourceConfig = amazonManagedKafkaEventSourceConfig
        self.selfManagedKafkaEventSourceConfig = selfManagedKafkaEventSourceConfig
        self.scalingConfig = scalingConfig
        self.documentDBEventSourceConfig = documentDBEventSourceConfig
        self.kmsKeyARN = kmsKeyARN
        self.metricsConfig = metricsConfig
        self.loggingConfig = loggingConfig
        self.provisionedPollerConfig = provisionedPollerConfig
    }

    enum CodingKeys: String, CodingKey {
        case eventSourceARN = "EventSourceArn"
        case functionName = "FunctionName"
        case enabled = "Enabled"
        case batchSize = "BatchSize"
        case filterCriteria = "FilterCriteria"
        case maximumBatchingWindowInSeconds = "MaximumBatchingWindowInSeconds"
        case parallelizationFactor = "ParallelizationFactor"
        case startingPosition = "StartingPosition"
        case startingPositionTimestamp = "StartingPositionTimestamp"
        case destinationConfig = "DestinationConfig"
        case maximumRecordAgeInSeconds = "MaximumRecordAgeInSeconds"
        case bisectBatchOnFunctionError = "BisectBatchOnFunctionError"
        case maximumRetryAttempts = "MaximumRetryAttempts"
        case tags = "Tags"
        case tumblingWindowInSeconds = "TumblingWindowInSeconds"
        case topics = "Topics"
        case queues = "Queues"
        case sourceAccessConfigurations = "SourceAccessConfigurations"
        case selfManagedEventSource = "SelfManagedEventSource"
        case functionResponseTypes = "FunctionResponseTypes"
        case amazonManagedKafkaEventSourceConfig = "AmazonManagedKafkaEventSourceConfig"
        case selfManagedKafkaEventSourceConfig = "SelfManagedKafkaEventSourceConfig"
        case scalingConfig = "ScalingConfig"
        case documentDBEventSourceConfig = "DocumentDBEventSourceConfig"
        case kmsKeyARN = "KMSKeyArn"
        case metricsConfig = "MetricsConfig"
        case loggingConfig = "LoggingConfig"
        case provisionedPollerConfig = "ProvisionedPollerConfig"
    }

    /// Encodes the present members; `Tags` with keys in byte order so output is deterministic.
    ///
    /// - Throws: an encoder error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(eventSourceARN, forKey: .eventSourceARN)
        try container.encode(functionName, forKey: .functionName)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(batchSize, forKey: .batchSize)
        try container.encodeIfPresent(filterCriteria, forKey: .filterCriteria)
        try container.encodeIfPresent(maximumBatchingWindowInSeconds, forKey: .maximumBatchingWindowInSeconds)
        try container.encodeIfPresent(parallelizationFactor, forKey: .parallelizationFactor)
        try container.encodeIfPresent(startingPosition, forKey: .startingPosition)
        try container.encodeIfPresent(startingPositionTimestamp, forKey: .startingPositionTimestamp)
        try container.encodeIfPresent(destinationConfig, forKey: .destinationConfig)
        try container.encodeIfPresent(maximumRecordAgeInSeconds, forKey: .maximumRecordAgeInSeconds)
        try container.encodeIfPresent(bisectBatchOnFunctionError, forKey: .bisectBatchOnFunctionError)
        try container.encodeIfPresent(maximumRetryAttempts, forKey: .maximumRetryAttempts)
        try container.encodeSortedIfPresent(tags, forKey: .tags)
        try container.encodeIfPresent(tumblingWindowInSeconds, forKey: .tumblingWindowInSeconds)
        try container.encodeIfPresent(topics, forKey: .topics)
        try container.encodeIfPresent(queues, forKey: .queues)
        try container.encodeIfPresent(sourceAccessConfigurations, forKey: .sourceAccessConfigurations)
        try container.encodeIfPresent(selfManagedEventSource, forKey: .selfManagedEventSource)
        try container.encodeIfPresent(functionResponseTypes, forKey: .functionResponseTypes)
        try container.encodeIfPresent(amazonManagedKafkaEventSourceConfig, forKey: .amazonManagedKafkaEventSourceConfig)
        try container.encodeIfPresent(selfManagedKafkaEventSourceConfig, forKey: .selfManagedKafkaEventSourceConfig)
        try container.encodeIfPresent(scalingConfig, forKey: .scalingConfig)
        try container.encodeIfPresent(documentDBEventSourceConfig, forKey: .documentDBEventSourceConfig)
        try container.encodeIfPresent(kmsKeyARN, forKey: .kmsKeyARN)
        try container.encodeIfPresent(metricsConfig, forKey: .metricsConfig)
        try container.encodeIfPresent(loggingConfig, forKey: .loggingConfig)
        try container.encodeIfPresent(provisionedPollerConfig, forKey: .provisionedPollerConfig)
    }
}
