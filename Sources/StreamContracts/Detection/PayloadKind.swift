/// The kind of payload a document is, named as its schema file in `Schemas/`.
///
/// An open set: `stream-fixtures validate --kind NAME` accepts any name that has a schema.
///
/// ```swift
/// let kind = PayloadKind.detect(in: document)   // .kinesisEvent
/// kind?.rawValue                                // "kinesis-event"
/// ```
public struct PayloadKind: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (lhs: PayloadKind, rhs: PayloadKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A Lambda event from a Kinesis data stream (`Records[].kinesis`).
    public static let kinesisEvent = PayloadKind(rawValue: "kinesis-event")
    /// A Lambda event from a DynamoDB stream (`Records[].dynamodb`).
    public static let dynamodbEvent = PayloadKind(rawValue: "dynamodb-event")
    /// One Lambda event source mapping (`aws lambda get-event-source-mapping`).
    public static let eventSourceMapping = PayloadKind(rawValue: "event-source-mapping")
    /// `aws lambda list-event-source-mappings` output.
    public static let eventSourceMappings = PayloadKind(rawValue: "event-source-mappings")
    /// A partial batch response (`batchItemFailures`).
    public static let batchItemFailures = PayloadKind(rawValue: "batch-item-failures")
    /// A tumbling-window response (`state` + `batchItemFailures`).
    public static let timeWindowResponse = PayloadKind(rawValue: "time-window-response")
    /// An on-failure destination record of a Kinesis source (`KinesisBatchInfo`).
    public static let kinesisOnFailure = PayloadKind(rawValue: "kinesis-on-failure")
    /// An on-failure destination record of a DynamoDB source (`DDBStreamBatchInfo`).
    public static let dynamodbOnFailure = PayloadKind(rawValue: "dynamodb-on-failure")
    /// An enhanced fan-out `SubscribeToShardEvent`.
    public static let subscribeToShardEvent = PayloadKind(rawValue: "subscribe-to-shard-event")
    /// One message of a SubscribeToShard event stream: the event or a modelled exception.
    public static let subscribeToShardEventStream = PayloadKind(rawValue: "subscribe-to-shard-event-stream")
    /// A Kinesis `Consumer`.
    public static let kinesisConsumer = PayloadKind(rawValue: "kinesis-consumer")
    /// A Kinesis `ConsumerDescription` (a consumer with its stream ARN).
    public static let kinesisConsumerDescription = PayloadKind(rawValue: "kinesis-consumer-description")
    /// `ListStreamConsumers` output.
    public static let listStreamConsumersResponse = PayloadKind(rawValue: "list-stream-consumers-response")
    /// `RegisterStreamConsumer` output.
    public static let registerStreamConsumerResponse = PayloadKind(rawValue: "register-stream-consumer-response")
    /// `DescribeStreamConsumer` output.
    public static let describeStreamConsumerResponse = PayloadKind(rawValue: "describe-stream-consumer-response")
    /// `DescribeStreamSummary` output.
    public static let describeStreamSummaryResponse = PayloadKind(rawValue: "describe-stream-summary-response")
    /// `PutRecord` output (`aws kinesis put-record`).
    public static let putRecordResponse = PayloadKind(rawValue: "put-record-response")
    /// `ListShards` output (`aws kinesis list-shards`).
    public static let listShardsResponse = PayloadKind(rawValue: "list-shards-response")
    /// Kinesis `DescribeStream` output (`aws kinesis describe-stream`).
    public static let describeStreamResponse = PayloadKind(rawValue: "describe-stream-response")
    /// `PutRecords` input.
    public static let putRecordsRequest = PayloadKind(rawValue: "put-records-request")
    /// `PutRecords` output.
    public static let putRecordsResponse = PayloadKind(rawValue: "put-records-response")
    /// `GetRecords` output.
    public static let getRecordsResponse = PayloadKind(rawValue: "get-records-response")
    /// A KubeMQ `aws.kinesis` target request.
    public static let kubemqKinesisRequest = PayloadKind(rawValue: "kubemq-kinesis-request")
    /// DynamoDB Streams `GetRecords` output (`aws dynamodbstreams get-records`): `Records` without
    /// `eventSourceARN`, beside `NextShardIterator`.
    public static let dynamodbstreamsGetRecordsResponse = PayloadKind(rawValue: "dynamodbstreams-get-records-response")
    /// DynamoDB Streams `DescribeStream` output (`aws dynamodbstreams describe-stream`).
    public static let dynamodbstreamsDescribeStreamResponse = PayloadKind(
        rawValue: "dynamodbstreams-describe-stream-response")
    /// A DynamoDB change record carried in Kinesis data (Kinesis Data Streams for DynamoDB).
    public static let dynamodbKinesisRecord = PayloadKind(rawValue: "dynamodb-kinesis-record")
}
