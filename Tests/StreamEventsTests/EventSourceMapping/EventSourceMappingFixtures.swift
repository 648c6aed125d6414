import StreamEvents
import StreamJSON

/// Hand-built event source mapping values with every member set.
enum EventSourceMappingFixtures {
    static let schemaRegistry = KafkaSchemaRegistryConfig(
        schemaRegistryURI: "arn:aws:glue:us-east-1:123456789012:registry/payments",
        eventRecordFormat: .json,
        accessConfigs: [
            KafkaSchemaRegistryAccessConfig(
                type: .basicAuth, uri: "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-AbCdEf")
        ],
        schemaValidationConfigs: [KafkaSchemaValidationConfig(attribute: .key), .init(attribute: .value)])

    static let filterCriteria = FilterCriteria(filters: [.init(pattern: #"{"data":{"kind":["order"]}}"#), .init()])
    static let destinationConfig = DestinationConfig(
        onSuccess: .init(destination: "arn:aws:sns:us-east-1:123456789012:ok"),
        onFailure: .init(destination: "arn:aws:sqs:us-east-1:123456789012:dlq"))
    static let sourceAccess = [
        SourceAccessConfiguration(type: .vpcSubnet, uri: "subnet:subnet-0123456789abcdef0"),
        SourceAccessConfiguration(type: SourceAccessType(rawValue: "FUTURE_TYPE"), uri: nil),
    ]
    static let selfManaged = SelfManagedEventSource(endpoints: [
        .kafkaBootstrapServers: ["b-1.example.com:9092", "b-2.example.com:9092"],
        SelfManagedEventSource.EndpointType(rawValue: "OTHER"): [],
    ])
    static let amazonManagedKafka = AmazonManagedKafkaEventSourceConfig(
        consumerGroupID: "group-1", schemaRegistryConfig: schemaRegistry)
    static let selfManagedKafka = SelfManagedKafkaEventSourceConfig(
        consumerGroupID: "group-2", schemaRegistryConfig: KafkaSchemaRegistryConfig(eventRecordFormat: .source))
    static let documentDB = DocumentDBEventSourceConfig(
        databaseName: "shop", collectionName: "orders", fullDocument: .default)
    static let filterCriteriaError = FilterCriteriaError(
        errorCode: "KMSAccessDeniedException", message: "Lambda was unable to decrypt the filter criteria.")
    static let metrics = EventSourceMappingMetricsConfig(metrics: [.eventCount, .errorCount, .kafkaMetrics])
    static let logging = EventSourceMappingLoggingConfig(systemLogLevel: .info)
    static let pollers = ProvisionedPollerConfig(minimumPollers: 1, maximumPollers: 10, pollerGroupName: "g")

    /// A configuration with every member, timestamps in several wire forms.
    static let configuration = EventSourceMappingConfiguration(
        uuid: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        startingPosition: .atTimestamp,
        startingPositionTimestamp: AWSTimestamp(form: .iso8601("2024-01-01T12:00:00+00:00")),
        batchSize: 500,
        maximumBatchingWindowInSeconds: 10,
        parallelizationFactor: 10,
        eventSourceARN: "arn:aws:kinesis:us-east-1:123456789012:stream/orders",
        filterCriteria: .value(filterCriteria),
        functionARN: "arn:aws:lambda:us-east-1:123456789012:function:orders:live",
        lastModified: AWSTimestamp(epochSeconds: 1_704_153_600.123),
        lastProcessingResult: "OK",
        state: .enabled,
        stateTransitionReason: "USER_INITIATED",
        destinationConfig: destinationConfig,
        topics: ["payments"],
        queues: ["payments-queue"],
        sourceAccessConfigurations: sourceAccess,
        selfManagedEventSource: selfManaged,
        maximumRecordAgeInSeconds: -1,
        bisectBatchOnFunctionError: true,
        maximumRetryAttempts: -1,
        tumblingWindowInSeconds: 900,
        functionResponseTypes: [.reportBatchItemFailures],
        amazonManagedKafkaEventSourceConfig: amazonManagedKafka,
        selfManagedKafkaEventSourceConfig: selfManagedKafka,
        scalingConfig: ScalingConfig(maximumConcurrency: 2),
        documentDBEventSourceConfig: documentDB,
        kmsKeyARN: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        filterCriteriaError: filterCriteriaError,
        eventSourceMappingARN:
            "arn:aws:lambda:us-east-1:123456789012:event-source-mapping:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        metricsConfig: metrics,
        loggingConfig: logging,
        provisionedPollerConfig: pollers)

    static let createRequest = CreateEventSourceMappingRequest(
        eventSourceARN: "arn:aws:kinesis:us-east-1:123456789012:stream/orders",
        functionName: "process-orders",
        enabled: true,
        batchSize: 100,
        filterCriteria: filterCriteria,
        maximumBatchingWindowInSeconds: 1,
        parallelizationFactor: 2,
        startingPosition: .atTimestamp,
        startingPositionTimestamp: AWSTimestamp(epochNumber: JSONNumber(1_704_067_200)),
        destinationConfig: destinationConfig,
        maximumRecordAgeInSeconds: 60,
        bisectBatchOnFunctionError: false,
        maximumRetryAttempts: 0,
        tags: ["team": "orders", "env": "prod", "cost-centre": "42"],
        tumblingWindowInSeconds: 0,
        topics: ["t"],
        queues: ["q"],
        sourceAccessConfigurations: sourceAccess,
        selfManagedEventSource: selfManaged,
        functionResponseTypes: [],
        amazonManagedKafkaEventSourceConfig: amazonManagedKafka,
        selfManagedKafkaEventSourceConfig: selfManagedKafka,
        scalingConfig: ScalingConfig(maximumConcurrency: 1000),
        documentDBEventSourceConfig: documentDB,
        kmsKeyARN: "",
        metricsConfig: metrics,
        loggingConfig: logging,
        provisionedPollerConfig: pollers)

    static let updateRequest = UpdateEventSourceMappingRequest(
        uuid: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        functionName: "orders",
        enabled: false,
        batchSize: 10,
        filterCriteria: FilterCriteria(filters: []),
        maximumBatchingWindowInSeconds: 0,
        destinationConfig: DestinationConfig(onFailure: .init()),
        maximumRecordAgeInSeconds: 604_800,
        bisectBatchOnFunctionError: true,
        maximumRetryAttempts: 10_000,
        parallelizationFactor: 1,
        sourceAccessConfigurations: [],
        tumblingWindowInSeconds: 30,
        functionResponseTypes: [.reportBatchItemFailures],
        scalingConfig: ScalingConfig(),
        amazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig(),
        selfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig(),
        documentDBEventSourceConfig: DocumentDBEventSourceConfig(),
        kmsKeyARN: "arn:aws:kms:us-east-1:123456789012:alias/orders",
        metricsConfig: EventSourceMappingMetricsConfig(metrics: []),
        loggingConfig: EventSourceMappingLoggingConfig(systemLogLevel: .debug),
        provisionedPollerConfig: ProvisionedPollerConfig())

    static let listResponse = ListEventSourceMappingsResponse(
        eventSourceMappings: [configuration, EventSourceMappingConfiguration()],
        nextMarker: "marker-2",
        nextToken: "token-2")

    static let listRequest = ListEventSourceMappingsRequest(
        eventSourceARN: "arn:aws:kinesis:us-east-1:123456789012:stream/orders",
        functionName: "orders", marker: "marker-1", maxItems: 50)

    static let getRequest = GetEventSourceMappingRequest(uuid: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
}
