import StreamEvents
import StreamJSON

/// Hand-built Kinesis API values with every member set.
enum KinesisAPIFixtures {
    typealias K = KinesisAPI

    static let streamARN = "arn:aws:kinesis:us-east-1:123456789012:stream/orders"
    static let consumerARN = streamARN + "/consumer/reader:1704153600"
    static let created = AWSTimestamp(epochSeconds: 1_704_153_600)
    static let createdISO = AWSTimestamp(form: .iso8601("2024-01-02T00:00:00+00:00"))
    static let hashRange = K.HashKeyRange(
        startingHashKey: "0", endingHashKey: "340282366920938463463374607431768211455")

    static let record = K.Record(
        sequenceNumber: "49590338271490256608559692538361571095921575989136588898",
        approximateArrivalTimestamp: AWSTimestamp(epochSeconds: 1_545_084_650.987),
        data: "aGVsbG8gd29ybGQ=", partitionKey: "1", encryptionType: .kms)
    static let childShard = K.ChildShard(
        shardID: "shardId-000000000002", parentShards: ["shardId-000000000000", "shardId-000000000001"],
        hashKeyRange: hashRange)
    static let consumer = K.Consumer(
        consumerName: "reader", consumerARN: consumerARN, consumerStatus: .active, consumerCreationTimestamp: created)
    static let consumerDescription = K.ConsumerDescription(
        consumerName: "reader", consumerARN: consumerARN, consumerStatus: K.ConsumerStatus(rawValue: "PAUSED"),
        consumerCreationTimestamp: createdISO, streamARN: streamARN)
    static let startingPosition = K.StartingPosition(
        type: .atTimestamp, sequenceNumber: "1", timestamp: AWSTimestamp(form: .numericString("1704153600.5")))
    static let subscribeEvent = K.SubscribeToShardEvent(
        records: [record, K.Record(sequenceNumber: "0", data: "", partitionKey: "k")],
        continuationSequenceNumber: "49590338271490256608559692538361571095921575989136588899",
        millisBehindLatest: 9_000_000_000, childShards: [childShard])
    static let error = K.ExceptionEvent(message: "busy")
    static let eventStream = K.SubscribeToShardEventStream(
        subscribeToShardEvent: subscribeEvent, resourceNotFoundException: error, resourceInUseException: error,
        kmsDisabledException: error, kmsInvalidStateException: error, kmsAccessDeniedException: error,
        kmsNotFoundException: error, kmsOptInRequired: error, kmsThrottlingException: error,
        internalFailureException: K.ExceptionEvent())
    static let shard = K.Shard(
        shardID: "shardId-000000000004", parentShardID: "shardId-000000000002",
        adjacentParentShardID: "shardId-000000000003", hashKeyRange: hashRange,
        sequenceNumberRange: K.SequenceNumberRange(startingSequenceNumber: "1", endingSequenceNumber: "2"))
    static let enhancedMetrics = K.EnhancedMetrics(shardLevelMetrics: [.incomingBytes, .all])
    static let summary = K.StreamDescriptionSummary(
        streamName: "orders", streamARN: streamARN, streamID: "abcdefghij0123456789-abc", streamStatus: .updating,
        streamModeDetails: K.StreamModeDetails(streamMode: .provisioned), retentionPeriodHours: 8760,
        streamCreationTimestamp: created, enhancedMonitoring: [enhancedMetrics, K.EnhancedMetrics()],
        encryptionType: .kms, keyID: .value("alias/aws/kinesis"), openShardCount: 3, consumerCount: 20,
        warmThroughput: K.WarmThroughput(targetMiBps: 10, currentMiBps: 5), maxRecordSizeInKiB: 10240)
    static let description = K.StreamDescription(
        streamName: "orders", streamARN: streamARN, streamStatus: .active,
        streamModeDetails: K.StreamModeDetails(streamMode: .onDemand), shards: [shard], hasMoreShards: true,
        retentionPeriodHours: 24, streamCreationTimestamp: createdISO, enhancedMonitoring: [],
        encryptionType: .unencrypted, keyID: .null)
    static let putRecordsResult = [
        K.PutRecordsResultEntry(sequenceNumber: "1", shardID: "shardId-000000000000"),
        K.PutRecordsResultEntry(errorCode: .provisionedThroughputExceededException, errorMessage: "Rate exceeded"),
        K.PutRecordsResultEntry(errorCode: K.ErrorCode(rawValue: "KMSThrottlingException"), errorMessage: "slow"),
    ]

    /// One value of every Kinesis API model, fully populated, with its botocore shape name (nil when the
    /// shape is not in the botocore extract).
    static let all: [(shape: String?, value: any Codable & Hashable & Sendable)] = [
        ("Record", record),
        ("Consumer", consumer),
        ("ConsumerDescription", consumerDescription),
        (
            "RegisterStreamConsumerInput",
            K.RegisterStreamConsumerInput(
                streamARN: streamARN, consumerName: "reader", streamID: "abcdefghij0123456789-abc",
                tags: ["team": "orders", "a": "1"])
        ),
        ("RegisterStreamConsumerOutput", K.RegisterStreamConsumerOutput(consumer: consumer)),
        (
            "DescribeStreamConsumerInput",
            K.DescribeStreamConsumerInput(
                streamARN: streamARN, consumerName: "reader", consumerARN: consumerARN, streamID: "s")
        ),
        ("DescribeStreamConsumerOutput", K.DescribeStreamConsumerOutput(consumerDescription: consumerDescription)),
        (
            "ListStreamConsumersInput",
            K.ListStreamConsumersInput(
                streamARN: streamARN, nextToken: "t", maxResults: 100, streamCreationTimestamp: created, streamID: "s")
        ),
        ("ListStreamConsumersOutput", K.ListStreamConsumersOutput(consumers: [consumer], nextToken: "t")),
        (
            nil,
            K.DeregisterStreamConsumerInput(
                streamARN: streamARN, consumerName: "reader", consumerARN: consumerARN, streamID: "s")
        ),
        ("StartingPosition", startingPosition),
        (
            "SubscribeToShardInput",
            K.SubscribeToShardInput(
                consumerARN: consumerARN, streamID: "s", shardID: "shardId-000000000000",
                startingPosition: startingPosition)
        ),
        ("SubscribeToShardEvent", subscribeEvent),
        ("ResourceInUseException", error),
        ("SubscribeToShardEventStream", eventStream),
        ("SubscribeToShardOutput", K.SubscribeToShardOutput(eventStream: eventStream)),
        ("HashKeyRange", hashRange),
        ("SequenceNumberRange", K.SequenceNumberRange(startingSequenceNumber: "1", endingSequenceNumber: "2")),
        ("Shard", shard),
        ("ChildShard", childShard),
        ("EnhancedMetrics", enhancedMetrics),
        ("StreamModeDetails", K.StreamModeDetails(streamMode: .onDemand)),
        ("WarmThroughputObject", K.WarmThroughput(targetMiBps: 0, currentMiBps: 0)),
        ("StreamDescriptionSummary", summary),
        (
            "DescribeStreamSummaryInput",
            K.DescribeStreamSummaryInput(
                streamName: "orders", streamARN: streamARN, streamID: "s")
        ),
        ("DescribeStreamSummaryOutput", K.DescribeStreamSummaryOutput(streamDescriptionSummary: summary)),
        ("StreamDescription", description),
        (nil, K.DescribeStreamOutput(streamDescription: description)),
        (
            nil,
            K.DeleteStreamInput(
                streamName: "orders", enforceConsumerDeletion: true, streamARN: streamARN, streamID: "s")
        ),
        (
            "PutRecordInput",
            K.PutRecordInput(
                streamName: "orders", data: "AAEC", partitionKey: "p", explicitHashKey: "0",
                sequenceNumberForOrdering: "5", streamARN: streamARN, streamID: "s")
        ),
        (
            "PutRecordOutput",
            K.PutRecordOutput(
                shardID: "shardId-000000000000", sequenceNumber: "7", encryptionType: .kms)
        ),
        ("PutRecordsRequestEntry", K.PutRecordsRequestEntry(data: "AA==", explicitHashKey: "1", partitionKey: "p")),
        (
            "PutRecordsInput",
            K.PutRecordsInput(
                records: [K.PutRecordsRequestEntry(data: "", partitionKey: "p")], streamName: "orders",
                streamARN: streamARN, streamID: "s")
        ),
        (
            "PutRecordsResultEntry",
            K.PutRecordsResultEntry(
                sequenceNumber: "1", shardID: "shardId-000000000000", errorCode: .internalFailure, errorMessage: "x")
        ),
        ("PutRecordsOutput", K.PutRecordsOutput(failedRecordCount: 2, records: putRecordsResult, encryptionType: .kms)),
        (
            "GetRecordsInput",
            K.GetRecordsInput(
                shardIterator: "AAAA", limit: 10_000, streamARN: streamARN, streamID: "s")
        ),
        (
            "GetRecordsOutput",
            K.GetRecordsOutput(
                records: [record], nextShardIterator: "AAAB", millisBehindLatest: 0, childShards: [childShard])
        ),
        (
            "GetShardIteratorInput",
            K.GetShardIteratorInput(
                streamName: "orders", shardID: "shardId-000000000000", shardIteratorType: .afterSequenceNumber,
                startingSequenceNumber: "1", timestamp: created, streamARN: streamARN, streamID: "s")
        ),
        ("GetShardIteratorOutput", K.GetShardIteratorOutput(shardIterator: "AAAA")),
        ("ShardFilter", K.ShardFilter(type: .afterShardID, shardID: "shardId-000000000000", timestamp: createdISO)),
        (
            "ListShardsInput",
            K.ListShardsInput(
                streamName: "orders", nextToken: "t", exclusiveStartShardID: "shardId-000000000000", maxResults: 5,
                streamCreationTimestamp: created, shardFilter: K.ShardFilter(type: .atLatest), streamARN: streamARN,
                streamID: "s")
        ),
        ("ListShardsOutput", K.ListShardsOutput(shards: [shard], nextToken: "t")),
    ]
}
