/// An event source mapping as Lambda returns it: the link between a stream, queue or cluster and a function.
///
/// Returned by CreateEventSourceMapping, GetEventSourceMapping, UpdateEventSourceMapping, DeleteEventSourceMapping and
/// as the items of ListEventSourceMappings. It carries every member of botocore's `EventSourceMappingConfiguration`;
/// botocore requires none, so every member is optional, and a member absent from the input stays absent when encoding.
///
/// Timestamps decode from epoch numbers (the wire, AWS CLI v1) and from ISO-8601 text (AWS CLI v2) and are written back
/// in the form they came in.
///
/// ```swift
/// let list = try JSONDecoder().decode(ListEventSourceMappingsResponse.self, from: cliOutput)
/// for mapping in list.eventSourceMappings ?? [] where mapping.state == .enabled {
///     print(mapping.eventSourceARN ?? "?", mapping.batchSize ?? 100)
/// }
/// ```
public struct EventSourceMappingConfiguration: Codable, Hashable, Sendable {
    /// The identifier of the event source mapping.
    public var uuid: String?

    /// Where reading starts in a stream: `TRIM_HORIZON`, `LATEST` or `AT_TIMESTAMP`.
    public var startingPosition: EventSourcePosition?

    /// The time reading starts from when `StartingPosition` is `AT_TIMESTAMP`; epoch seconds on the wire, ISO-8601 text
    /// in AWS CLI v2 output.
    public var startingPositionTimestamp: AWSTimestamp?

    /// The most records sent to the function in one invocation (1…10000; 100 by default for streams).
    public var batchSize: Int?

    /// How long, in seconds, records are gathered before an invocation (0…300; 0 by default for streams).
    public var maximumBatchingWindowInSeconds: Int?

    /// How many batches per shard are processed at once (1…10, streams only).
    public var parallelizationFactor: Int?

    /// The ARN of the source: a Kinesis stream or consumer, a DynamoDB stream, a queue, a cluster or a broker.
    public var eventSourceARN: String?

    /// The event filters that decide which records reach the function. `.null` when the output shows the member as JSON
    /// null, as it does for criteria encrypted with a customer key.
    public var filterCriteria: Nullable<FilterCriteria>?

    /// The ARN of the function the mapping invokes.
    public var functionARN: String?

    /// When the mapping was last changed; epoch seconds on the wire (AWS CLI v1), ISO-8601 text in AWS CLI v2 output.
    public var lastModified: AWSTimestamp?

    /// Free text describing the last batch, e.g. `"OK"` or `"No records processed"`.
    public var lastProcessingResult: String?

    /// The lifecycle state, e.g. `Enabled`.
    public var state: EventSourceMappingState?

    /// Free text saying why the state last changed, e.g. `"User action"` or `"USER_INITIATED"`.
    public var stateTransitionReason: String?

    /// Where records of failed batches are sent (stream, Kafka and SQS sources).
    public var destinationConfig: DestinationConfig?

    /// The Kafka topic (exactly one).
    public var topics: [String]?

    /// The Amazon MQ queue (exactly one).
    public var queues: [String]?

    /// Credentials and network settings for MQ, Kafka and DocumentDB sources (up to 22).
    public var sourceAccessConfigurations: [SourceAccessConfiguration]?

    /// The brokers of a self-managed Kafka cluster.
    public var selfManagedEventSource: SelfManagedEventSource?

    /// Records older than this many seconds are discarded (-1 means never; otherwise 60…604800; streams only).
    public var maximumRecordAgeInSeconds: Int?

    /// Whether a failing batch is split in two and retried (streams only).
    public var bisectBatchOnFunctionError: Bool?

    /// How often a failing batch is retried (-1 means until the record expires; 0…10000; streams only).
    public var maximumRetryAttempts: Int?

    /// The length of a tumbling window in seconds (0…900; 0 means no window; streams only).
    public var tumblingWindowInSeconds: Int?

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

    /// Why the filter criteria could not be decrypted, when they could not.
    public var filterCriteriaError: FilterCriteriaError?

    /// The ARN of the mapping itself, `arn:aws:lambda:<region>:<account>:event-source-mapping:<uuid>`.
    public var eventSourceMappingARN: String?

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
    ///   - startingPosition: Where reading starts in a stream: `TRIM_HORIZON`, `LATEST` or `AT_TIMESTAMP`.
    ///   - startingPositionTimestamp: The time reading starts from when `StartingPosition` is `AT_TIMESTAMP`; epoch
    ///     seconds on the wire, ISO-8601 text in AWS CLI v2 output.
    ///   - batchSize: The most records sent to the function in one invocation (1…10000; 100 by default for streams).
    ///   - maximumBatchingWindowInSeconds: How long, in seconds, records are gathered before an invocation (0…300; 0 by
    ///     default for streams).
    ///   - parallelizationFactor: How many batches per shard are processed at once (1…10, streams only).
    ///   - eventSourceARN: The ARN of the source: a Kinesis stream or consumer, a DynamoDB stream, a queue, a cluster
    ///     or a broker.
    ///   - filterCriteria: The event filters that decide which records reach the function.
    ///   - functionARN: The ARN of the function the mapping invokes.
    ///   - lastModified: When the mapping was last changed; epoch seconds on the wire (AWS CLI v1), ISO-8601 text in
    ///     AWS CLI v2 output.
    ///   - lastProcessingResult: Free text describing the last batch, e.g.
    ///   - state: The lifecycle state, e.g.
    ///   - stateTransitionReason: Free text saying why the state last changed, e.g.
    ///   - destinationConfig: Where records of failed batches are sent (stream, Kafka and SQS sources).
    ///   - topics: The Kafka topic (exactly one).
    ///   - queues: The Amazon MQ queue (exactly one).
    ///   - sourceAccessConfigurations: Credentials and network settings for MQ, Kafka and DocumentDB sources (up to
    ///     22).
    ///   - selfManagedEventSource: The brokers of a self-managed Kafka cluster.
    ///   - maximumRecordAgeInSeconds: Records older than this many seconds are discarded (-1 means never; otherwise
    ///     60…604800; streams only).
    ///   - bisectBatchOnFunctionError: Whether a failing batch is split in two and retried (streams only).
    ///   - maximumRetryAttempts: How often a failing batch is retried (-1 means until the record expires; 0…10000;
    ///     streams only).
    ///   - tumblingWindowInSeconds: The length of a tumbling window in seconds (0…900; 0 means no window; streams
    ///     only).
    ///   - functionResponseTypes: Response formats the function may return, e.g.
    ///   - amazonManagedKafkaEventSourceConfig: Settings for an Amazon MSK source.
    ///   - selfManagedKafkaEventSourceConfig: Settings for a self-managed Kafka source.
    ///   - scalingConfig: Concurrency limit of an SQS source.
    ///   - documentDBEventSourceConfig: Settings for a DocumentDB change stream source.
    ///   - kmsKeyARN: The customer managed KMS key that encrypts the filter criteria.
    ///   - filterCriteriaError: Why the filter criteria could not be decrypted, when they could not.
    ///   - eventSourceMappingARN: The ARN of the mapping itself,
    ///     `arn:aws:lambda:<region>:<account>:event-source-mapping:<uuid>`.
    ///   - metricsConfig: Which optional CloudWatch metrics the mapping publishes.
    ///   - loggingConfig: The system log level of the mapping (Kafka sources).
    ///   - provisionedPollerConfig: Provisioned poller settings (SQS and Kafka sources).
    public init(
        uuid: String? = nil,
        startingPosition: EventSourcePosition? = nil,
        startingPositionTimestamp: AWSTimestamp? = nil,
        batchSize: Int? = nil,
        maximumBatchingWindowInSeconds: Int? = nil,
        parallelizationFactor: Int? = nil,
        eventSourceARN: String? = nil,
        filterCriteria: Nullable<FilterCriteria>? = nil,
        functionARN: String? = nil,
        lastModified: AWSTimestamp? = nil,
        lastProcessingResult: String? = nil,
        state: EventSourceMappingState? = nil,
        stateTransitionReason: String? = nil,
        destinationConfig: DestinationConfig? = nil,
        topics: [String]? = nil,
        queues: [String]? = nil,
        sourceAccessConfigurations: [SourceAccessConfiguration]? = nil,
        selfManagedEventSource: SelfManagedEventSource? = nil,
        maximumRecordAgeInSeconds: Int? = nil,
        bisectBatchOnFunctionError: Bool? = nil,
        maximumRetryAttempts: Int? = nil,
        tumblingWindowInSeconds: Int? = nil,
        functionResponseTypes: [FunctionResponseType]? = nil,
        amazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig? = nil,
        selfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig? = nil,
        scalingConfig: ScalingConfig? = nil,
        documentDBEventSourceConfig: DocumentDBEventSourceConfig? = nil,
        kmsKeyARN: String? = nil,
        filterCriteriaError: FilterCriteriaError? = nil,
        eventSourceMappingARN: String? = nil,
        metricsConfig: EventSourceMappingMetricsConfig? = nil,
        loggingConfig: EventSourceMappingLoggingConfig? = nil,
        provisionedPollerConfig: ProvisionedPollerConfig? = nil
    ) {
        self.uuid = uuid
        self.startingPosition = startingPosition
        self.startingPositionTimestamp = startingPositionTimestamp
        self.batchSize = batchSize
        self.maximumBatchingWindowInSeconds = maximumBatchingWindowInSeconds
        self.parallelizationFactor = parallelizationFactor
        self.eventSourceARN = eventSourceARN
        self.filterCriteria = filterCriteria
        self.functionARN = functionARN
        self.lastModified = lastModified
        self.lastProcessingResult = lastProcessingResult
        self.state = state
        self.stateTransitionReason = stateTransitionReason
        self.destinationConfig = destinationConfig
        self.topics = topics
        self.queues = queues
        self.sourceAccessConfigurations = sourceAccessConfigurations
        self.selfManagedEventSource = selfManagedEventSource
        self.maximumRecordAgeInSeconds = maximumRecordAgeInSeconds
        self.bisectBatchOnFunctionError = bisectBatchOnFunctionError
        self.maximumRetryAttempts = maximumRetryAttempts
        self.tumblingWindowInSeconds = tumblingWindowInSeconds
        self.functionResponseTypes = functionResponseTypes
        self.amazonManagedKafkaEventSourceConfig = amazonManagedKafkaEventSourceConfig
        self.selfManagedKafkaEventSourceConfig = selfManagedKafkaEventSourceConfig
        self.scalingConfig = scalingConfig
        self.documentDBEventSourceConfig = documentDBEventSourceConfig
        self.kmsKeyARN = kmsKeyARN
        self.filterCriteriaError = filterCriteriaError
        self.eventSourceMappingARN = eventSourceMappingARN
        self.metricsConfig = metricsConfig
        self.loggingConfig = loggingConfig
        self.provisionedPollerConfig = provisionedPollerConfig
    }

    enum CodingKeys: String, CodingKey {
        case uuid = "UUID"
        case startingPosition = "StartingPosition"
        case startingPositionTimestamp = "StartingPositionTimestamp"
        case batchSize = "BatchSize"
        case maximumBatchingWindowInSeconds = "MaximumBatchingWindowInSeconds"
        case parallelizationFactor = "ParallelizationFactor"
        case eventSourceARN = "EventSourceArn"
        case filterCriteria = "FilterCriteria"
        case functionARN = "FunctionArn"
        case lastModified = "LastModified"
        case lastProcessingResult = "LastProcessingResult"
        case state = "State"
        case stateTransitionReason = "StateTransitionReason"
        case destinationConfig = "DestinationConfig"
        case topics = "Topics"
        case queues = "Queues"
        case sourceAccessConfigurations = "SourceAccessConfigurations"
        case selfManagedEventSource = "SelfManagedEventSource"
        case maximumRecordAgeInSeconds = "MaximumRecordAgeInSeconds"
        case bisectBatchOnFunctionError = "BisectBatchOnFunctionError"
        case maximumRetryAttempts = "MaximumRetryAttempts"
        case tumblingWindowInSeconds = "TumblingWindowInSeconds"
        case functionResponseTypes = "FunctionResponseTypes"
        case amazonManagedKafkaEventSourceConfig = "AmazonManagedKafkaEventSourceConfig"
        case selfManagedKafkaEventSourceConfig = "SelfManagedKafkaEventSourceConfig"
        case scalingConfig = "ScalingConfig"
        case documentDBEventSourceConfig = "DocumentDBEventSourceConfig"
        case kmsKeyARN = "KMSKeyArn"
        case filterCriteriaError = "FilterCriteriaError"
        case eventSourceMappingARN = "EventSourceMappingArn"
        case metricsConfig = "MetricsConfig"
        case loggingConfig = "LoggingConfig"
        case provisionedPollerConfig = "ProvisionedPollerConfig"
    }
}
