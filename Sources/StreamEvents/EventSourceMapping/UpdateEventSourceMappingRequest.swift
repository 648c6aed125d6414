/// The input of `UpdateEventSourceMapping` (`aws lambda update-event-source-mapping --cli-input-json`).
///
/// `UUID` is required; it travels in the URI and appears in the JSON of the `--cli-input-json` form.
public struct UpdateEventSourceMappingRequest: Codable, Hashable, Sendable {
    /// The identifier of the event source mapping.
    public var uuid: String

    /// The function: a name, a full or partial ARN, optionally with a version or alias qualifier.
    public var functionName: String?

    /// Whether the mapping polls its source (true by default).
    public var enabled: Bool?

    /// The most records sent to the function in one invocation (1…10000; 100 by default for streams).
    public var batchSize: Int?

    /// The event filters that decide which records reach the function.
    public var filterCriteria: FilterCriteria?

    /// How long, in seconds, records are gathered before an invocation (0…300; 0 by default for streams).
    public var maximumBatchingWindowInSeconds: Int?

    /// Where records of failed batches are sent (stream, Kafka and SQS sources).
    public var destinationConfig: DestinationConfig?

    /// Records older than this many seconds are discarded (-1 means never; otherwise 60…604800; streams only).
    public var maximumRecordAgeInSeconds: Int?

    /// Whether a failing batch is split in two and retried (streams only).
    public var bisectBatchOnFunctionError: Bool?

    /// How often a failing batch is retried (-1 means until the record expires; 0…10000; streams only).
    public var maximumRetryAttempts: Int?

    /// How many batches per shard are processed at once (1…10, streams only).
    public var parallelizationFactor: Int?

    /// Credentials and network settings for MQ, Kafka and DocumentDB sources (up to 22).
    public var sourceAccessConfigurations: [SourceAccessConfiguration]?

    /// The length of a tumbling window in seconds (0…900; 0 means no window; streams only).
    public var tumblingWindowInSeconds: Int?

    /// Response formats the function may return, e.g. `ReportBatchItemFailures` (at most one).
    public var functionResponseTypes: [FunctionResponseType]?

    /// Concurrency limit of an SQS source.
    public var scalingConfig: ScalingConfig?

    /// Settings for an Amazon MSK source.
    public var amazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig?

    /// Settings for a self-managed Kafka source.
    public var selfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig?

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
    ///   - uuid: The identifier of the event source mapping.
    ///   - functionName: The function: a name, a full or partial ARN, optionally with a version or alias qualifier.
    ///   - enabled: Whether the mapping polls its source (true by default).
    ///   - batchSize: The most records sent to the function in one invocation (1…10000; 100 by default for streams).
    ///   - filterCriteria: The event filters that decide which records reach the function.
    ///   - maximumBatchingWindowInSeconds: How long, in seconds, records are gathered before an invocation (0…300; 0 by
    ///     default for streams).
    ///   - destinationConfig: Where records of failed batches are sent (stream, Kafka and SQS sources).
    ///   - maximumRecordAgeInSeconds: Records older than this many seconds are discarded (-1 means never; otherwise
    ///     60…604800; streams only).
    ///   - bisectBatchOnFunctionError: Whether a failing batch is split in two and retried (streams only).
    ///   - maximumRetryAttempts: How often a failing batch is retried (-1 means until the record expires; 0…10000;
    ///     streams only).
    ///   - parallelizationFactor: How many batches per shard are processed at once (1…10, streams only).
    ///   - sourceAccessConfigurations: Credentials and network settings for MQ, Kafka and DocumentDB sources (up to
    ///     22).
    ///   - tumblingWindowInSeconds: The length of a tumbling window in seconds (0…900; 0 means no window; streams
    ///     only).
    ///   - functionResponseTypes: Response formats the function may return, e.g.
    ///   - scalingConfig: Concurrency limit of an SQS source.
    ///   - amazonManagedKafkaEventSourceConfig: Settings for an Amazon MSK source.
    ///   - selfManagedKafkaEventSourceConfig: Settings for a self-managed Kafka source.
    ///   - documentDBEventSourceConfig: Settings for a DocumentDB change stream source.
    ///   - kmsKeyARN: The customer managed KMS key that encrypts the filter criteria.
    ///   - metricsConfig: Which optional CloudWatch metrics the mapping publishes.
    ///   - loggingConfig: The system log level of the mapping (Kafka sources).
    ///   - provisionedPollerConfig: Provisioned poller settings (SQS and Kafka sources).
    public init(
        uuid: String,
        functionName: String? = nil,
        enabled: Bool? = nil,
        batchSize: Int? = nil,
        filterCriteria: FilterCriteria? = nil,
        maximumBatchingWindowInSeconds: Int? = nil,
        destinationConfig: DestinationConfig? = nil,
        maximumRecordAgeInSeconds: Int? = nil,
        bisectBatchOnFunctionError: Bool? = nil,
        maximumRetryAttempts: Int? = nil,
        parallelizationFactor: Int? = nil,
        sourceAccessConfigurations: [SourceAccessConfiguration]? = nil,
        tumblingWindowInSeconds: Int? = nil,
        functionResponseTypes: [FunctionResponseType]? = nil,
        scalingConfig: ScalingConfig? = nil,
        amazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig? = nil,
        selfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig? = nil,
        documentDBEventSourceConfig: DocumentDBEventSourceConfig? = nil,
        kmsKeyARN: String? = nil,
        metricsConfig: EventSourceMappingMetricsConfig? = nil,
        loggingConfig: EventSourceMappingLoggingConfig? = nil,
        provisionedPollerConfig: ProvisionedPollerConfig? = nil
    ) {
        self.uuid = uuid
        self.functionName = functionName
        self.enabled = enabled
        self.batchSize = batchSize
        self.filterCriteria = filterCriteria
        self.maximumBatchingWindowInSeconds = maximumBatchingWindowInSeconds
        self.destinationConfig = destinationConfig
        self.maximumRecordAgeInSeconds = maximumRecordAgeInSeconds
        self.bisectBatchOnFunctionError = bisectBatchOnFunctionError
        self.maximumRetryAttempts = maximumRetryAttempts
        self.parallelizationFactor = parallelizationFactor
        self.sourceAccessConfigurations = sourceAccessConfigurations
        self.tumblingWindowInSeconds = tumblingWindowInSeconds
        self.functionResponseTypes = functionResponseTypes
        self.scalingConfig = scalingConfig
        self.amazonManagedKafkaEventSourceConfig = amazonManagedKafkaEventSourceConfig
        self.selfManagedKafkaEventSourceConfig = selfManagedKafkaEventSourceConfig
        self.documentDBEventSourceConfig = documentDBEventSourceConfig
        self.kmsKeyARN = kmsKeyARN
        self.metricsConfig = metricsConfig
        self.loggingConfig = loggingConfig
        self.provisionedPollerConfig = provisionedPollerConfig
    }

    enum CodingKeys: String, CodingKey {
        case uuid = "UUID"
        case functionName = "FunctionName"
        case enabled = "Enabled"
        case batchSize = "BatchSize"
        case filterCriteria = "FilterCriteria"
        case maximumBatchingWindowInSeconds = "MaximumBatchingWindowInSeconds"
        case destinationConfig = "DestinationConfig"
        case maximumRecordAgeInSeconds = "MaximumRecordAgeInSeconds"
        case bisectBatchOnFunctionError = "BisectBatchOnFunctionError"
        case maximumRetryAttempts = "MaximumRetryAttempts"
        case parallelizationFactor = "ParallelizationFactor"
        case sourceAccessConfigurations = "SourceAccessConfigurations"
        case tumblingWindowInSeconds = "TumblingWindowInSeconds"
        case functionResponseTypes = "FunctionResponseTypes"
        case scalingConfig = "ScalingConfig"
        case amazonManagedKafkaEventSourceConfig = "AmazonManagedKafkaEventSourceConfig"
        case selfManagedKafkaEventSourceConfig = "SelfManagedKafkaEventSourceConfig"
        case documentDBEventSourceConfig = "DocumentDBEventSourceConfig"
        case kmsKeyARN = "KMSKeyArn"
        case metricsConfig = "MetricsConfig"
        case loggingConfig = "LoggingConfig"
        case provisionedPollerConfig = "ProvisionedPollerConfig"
    }
}
