import Foundation
import Testing

@testable import StreamContracts

/// One document that breaks exactly one rule.
struct RuleCase: Sendable, CustomTestStringConvertible {
    /// The rule the document breaks.
    var rule: String
    var kind: PayloadKind
    var document: String
    var options = RuleOptions()
    /// For `response.item-identifier-in-batch`: the event the response (`document`) answers.
    var event: String?
    /// The JSON pointer every finding must have, when the case pins it down.
    var pointer: String?

    var testDescription: String { rule }
}

/// Clean documents of every kind with rules (EventContract §A.9, §B.11, §A.6 and small API outputs), and one
/// variant per rule that breaks just that rule. Every variant stays valid against its kind's schema
/// (`RuleNegativeCaseTests.negativeCasesAreValidAgainstTheirSchema`), so schema + rules report exactly that rule.
enum RuleCases {
    // MARK: Sequence numbers (version 2 layout, EventContract §D.3)

    /// Shard 3, created 2024-01-01T00:00:00Z, record 42, arrived 2024-01-02T00:00:00Z (§A.9).
    static let sequence1 = "49647888802629322072519528340475047711767296381468803122"
    /// The next record of shard 3, same second.
    static let sequence2 = "49647888802629322072519528340476256637586911010643509298"
    /// Record 42 of shard 4, same creation and arrival.
    static let sequenceShard4 = "49647888802651622817718058963616583430039944742974783554"

    // MARK: Kinesis

    /// EventContract §A.9, verbatim.
    static let kinesisMinimal = #"""
        {
          "Records": [{
            "kinesis": {
              "kinesisSchemaVersion": "1.0",
              "partitionKey": "order-1",
              "sequenceNumber": "49647888802629322072519528340475047711767296381468803122",
              "data": "eyJvcmRlcklkIjoiby0xIiwiYW1vdW50IjoxMi41fQ==",
              "approximateArrivalTimestamp": 1704153600.123
            },
            "eventSource": "aws:kinesis",
            "eventVersion": "1.0",
            "eventID": "shardId-000000000003:49647888802629322072519528340475047711767296381468803122",
            "eventName": "aws:kinesis:record",
            "invokeIdentityArn": "arn:aws:iam::111122223333:role/orders-consumer-role",
            "awsRegion": "us-east-1",
            "eventSourceARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders"
          }]
        }
        """#

    /// One Kinesis event record (the §A.9 record with the given values).
    static func kinesisRecord(
        sequence: String, shard: String = "shardId-000000000003", arrival: String = "1704153600.123",
        stream: String = "arn:aws:kinesis:us-east-1:111122223333:stream/orders", data: String = "e30=",
        region: String = "us-east-1", role: String = "arn:aws:iam::111122223333:role/orders-consumer-role"
    ) -> String {
        #"""
          {
            "kinesis": {
              "kinesisSchemaVersion": "1.0",
              "partitionKey": "order-1",
              "sequenceNumber": "\#(sequence)",
              "data": "\#(data)",
              "approximateArrivalTimestamp": \#(arrival)
            },
            "eventSource": "aws:kinesis",
            "eventVersion": "1.0",
            "eventID": "\#(shard):\#(sequence)",
            "eventName": "aws:kinesis:record",
            "invokeIdentityArn": "\#(role)",
            "awsRegion": "\#(region)",
            "eventSourceARN": "\#(stream)"
          }
        """#
    }

    /// A Kinesis event of the given records.
    static func kinesisBatch(_ records: [String], extra: String = "") -> String {
        "{\n\"Records\": [\n" + records.joined(separator: ",\n") + "\n]" + extra + "\n}"
    }

    /// Two consecutive records of shard 3.
    static let kinesisTwoRecords = kinesisBatch([
        kinesisRecord(sequence: sequence1), kinesisRecord(sequence: sequence2, arrival: "1704153600.250"),
    ])

    /// The tumbling-window members for shard 3 of `orders` (§A.4).
    static let windowMembers = #"""
        ,
        "window": {"start": "2024-01-02T00:00:00Z", "end": "2024-01-02T00:02:00Z"},
        "state": {"1": 282},
        "shardId": "shardId-000000000003",
        "eventSourceARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
        "isFinalInvokeForWindow": false,
        "isWindowTerminatedEarly": false
        """#

    /// §A.9 in a tumbling window.
    static let kinesisWindow = kinesisBatch([kinesisRecord(sequence: sequence1)], extra: windowMembers)

    // MARK: DynamoDB

    /// EventContract §B.11, verbatim.
    static let dynamodbMinimal = #"""
        { "Records": [{
          "eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c",
          "eventName": "MODIFY", "eventVersion": "1.1", "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
          "dynamodb": {
            "ApproximateCreationDateTime": 1704153600,
            "Keys": { "pk": { "S": "order#1" } },
            "NewImage": { "pk": { "S": "order#1" }, "total": { "N": "12.5" }, "tags": { "SS": ["a", "b"] } },
            "OldImage": { "pk": { "S": "order#1" }, "total": { "N": "10" } },
            "SequenceNumber": "700000000000000000001",
            "SizeBytes": 48,
            "StreamViewType": "NEW_AND_OLD_IMAGES"
          },
          "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
        }]}
        """#

    /// A TTL deletion of the same item (SizeBytes: Keys 9 + OldImage 16).
    static let dynamodbTTLRemove = #"""
        { "Records": [{
          "eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5d",
          "eventName": "REMOVE", "eventVersion": "1.1", "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
          "dynamodb": {
            "ApproximateCreationDateTime": 1704153600,
            "Keys": { "pk": { "S": "order#1" } },
            "OldImage": { "pk": { "S": "order#1" }, "total": { "N": "10" } },
            "SequenceNumber": "700000000000000000002",
            "SizeBytes": 25,
            "StreamViewType": "NEW_AND_OLD_IMAGES"
          },
          "userIdentity": { "type": "Service", "principalId": "dynamodb.amazonaws.com" },
          "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
        }]}
        """#

    /// Two MODIFY records of the same stream (§B.11 and a second change).
    static let dynamodbTwoRecords = dynamodbMinimal.replacingOccurrences(
        of: "\n}]}",
        with: #"""
            },
            {
              "eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5e",
              "eventName": "MODIFY", "eventVersion": "1.1", "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
              "dynamodb": {
                "ApproximateCreationDateTime": 1704153601,
                "Keys": { "pk": { "S": "order#1" } },
                "NewImage": { "pk": { "S": "order#1" }, "total": { "N": "13" } },
                "OldImage": { "pk": { "S": "order#1" }, "total": { "N": "12.5" } },
                "SequenceNumber": "700000000000000000002",
                "SizeBytes": 42,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
            }]}
            """#)

    /// EventContract §B.9, verbatim.
    static let dynamodbKinesisRecord = #"""
        { "awsRegion":"us-east-1", "eventID":"6b0f3a52-6a41-4c0c-9d39-2f0c5f2a7e10", "eventName":"INSERT",
          "userIdentity":null, "recordFormat":"application/json", "tableName":"orders",
          "dynamodb":{ "ApproximateCreationDateTime":1704153600123, "Keys":{"pk":{"S":"order#1"}},
                       "NewImage":{"pk":{"S":"order#1"},"total":{"N":"12.5"}}, "SizeBytes":26 },
          "eventSource":"aws:dynamodb" }
        """#

    // MARK: Event source mappings, on-failure records, responses

    static let eventSourceMapping = #"""
        {
          "UUID": "6d9a1f2c-3b4e-4f5a-8b6c-7d8e9f0a1b2c",
          "BatchSize": 100,
          "MaximumBatchingWindowInSeconds": 0,
          "ParallelizationFactor": 1,
          "EventSourceArn": "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
          "FunctionArn": "arn:aws:lambda:us-east-1:111122223333:function:orders-consumer",
          "LastModified": 1704153600.0,
          "LastProcessingResult": "OK",
          "State": "Enabled",
          "StateTransitionReason": "User action",
          "DestinationConfig": { "OnFailure": { "Destination": "arn:aws:sqs:us-east-1:111122223333:orders-dlq" } },
          "MaximumRecordAgeInSeconds": -1,
          "BisectBatchOnFunctionError": false,
          "MaximumRetryAttempts": -1,
          "TumblingWindowInSeconds": 0,
          "FunctionResponseTypes": ["ReportBatchItemFailures"],
          "StartingPosition": "LATEST",
          "EventSourceMappingArn":
            "arn:aws:lambda:us-east-1:111122223333:event-source-mapping:6d9a1f2c-3b4e-4f5a-8b6c-7d8e9f0a1b2c"
        }
        """#

    /// The same mapping on a DynamoDB stream.
    static let dynamodbEventSourceMapping = eventSourceMapping.replacingOccurrences(
        of: "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
        with: "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
    ).replacingOccurrences(of: #""StartingPosition": "LATEST""#, with: #""StartingPosition": "TRIM_HORIZON""#)

    /// The Kinesis mapping with `FilterCriteria` of `count` filters: the first five are the Lambda guide's operator
    /// shapes (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html), then repeats.
    static func filteredEventSourceMapping(filters count: Int = 5, second: String? = nil) -> String {
        let patterns = [
            #"{\"data\":{\"kind\":[\"order\"],\"total\":[{\"numeric\":[\">\",0,\"<=\",100]}]}}"#,
            second ?? #"{\"partitionKey\":[{\"prefix\":\"vip-\"}]}"#,
            #"{\"data\":{\"$or\":[{\"status\":[{\"anything-but\":[\"cancelled\"]}]},"#
                + #"{\"ip\":[{\"cidr\":\"10.0.0.0/8\"}]}]}}"#,
            #"{\"data\":{\"file\":[{\"suffix\":{\"equals-ignore-case\":\".png\"}},{\"wildcard\":\"*.jpg\"}]}}"#,
            #"{\"data\":{\"email\":[{\"exists\":false}],\"note\":[null,\"\"]}}"#,
        ]
        let filters = (0..<count).map { #"{ "Pattern": "\#(patterns[$0 % patterns.count])" }"# }
        let criteria = #""FilterCriteria": { "Filters": [\#(filters.joined(separator: ", "))] },"#
        return eventSourceMapping.replacingOccurrences(
            of: #""StartingPosition": "LATEST","#, with: #""StartingPosition": "LATEST", \#(criteria)"#)
    }

    /// EventContract §A.6, verbatim.
    static let kinesisOnFailure = #"""
        {
          "requestContext": {
            "requestId": "3f0c9b6e-2d55-4f1a-9a55-0a1b2c3d4e5f",
            "functionArn": "arn:aws:lambda:us-east-1:111122223333:function:orders-consumer",
            "condition": "RetryAttemptsExhausted",
            "approximateInvokeCount": 3
          },
          "responseContext": { "statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled" },
          "version": "1.0",
          "timestamp": "2024-01-02T00:05:01.123Z",
          "KinesisBatchInfo": {
            "shardId": "shardId-000000000003",
            "startSequenceNumber": "49647888802629322072519528340475047711767296381468803122",
            "endSequenceNumber": "49647888802629322072519528340476256637586911079362986034",
            "approximateArrivalOfFirstRecord": "2024-01-02T00:00:00.000Z",
            "approximateArrivalOfLastRecord": "2024-01-02T00:00:01.000Z",
            "batchSize": 2,
            "streamArn": "arn:aws:kinesis:us-east-1:111122223333:stream/orders"
          }
        }
        """#

    /// An S3 destination's record of the two-record batch `kinesisTwoRecords`: the batch info and the invocation
    /// event under `payload` (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html).
    static let kinesisOnFailureS3 = #"""
        {
          "requestContext": {
            "requestId": "3f0c9b6e-2d55-4f1a-9a55-0a1b2c3d4e5f",
            "functionArn": "arn:aws:lambda:us-east-1:111122223333:function:orders-consumer",
            "condition": "RetryAttemptsExhausted",
            "approximateInvokeCount": 3
          },
          "responseContext": { "statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled" },
          "version": "1.0",
          "timestamp": "2024-01-02T00:05:01.123Z",
          "KinesisBatchInfo": {
            "shardId": "shardId-000000000003",
            "startSequenceNumber": "49647888802629322072519528340475047711767296381468803122",
            "endSequenceNumber": "49647888802629322072519528340476256637586911010643509298",
            "approximateArrivalOfFirstRecord": "2024-01-02T00:00:00.123Z",
            "approximateArrivalOfLastRecord": "2024-01-02T00:00:00.250Z",
            "batchSize": 2,
            "streamArn": "arn:aws:kinesis:us-east-1:111122223333:stream/orders"
          },
          "payload":
        """# + kinesisTwoRecords + "\n}"

    /// A Kinesis batch that aged out: no `responseContext` at all (EventContract §A.6).
    static let kinesisOnFailureAgedOut = kinesisOnFailure.replacingOccurrences(
        of: #""responseContext": { "statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled" },"#,
        with: ""
    ).replacingOccurrences(of: "RetryAttemptsExhausted", with: "RecordAgeExceeded")

    /// An S3 destination's record of the two-record batch `dynamodbTwoRecords`, aged out (no `responseContext`).
    static let dynamodbOnFailureS3 = #"""
        {
          "requestContext": {
            "requestId": "3f0c9b6e-2d55-4f1a-9a55-0a1b2c3d4e5f",
            "functionArn": "arn:aws:lambda:us-east-1:111122223333:function:orders-consumer",
            "condition": "RecordAgeExceeded",
            "approximateInvokeCount": 0
          },
          "version": "1.0",
          "timestamp": "2024-01-02T06:00:01.123Z",
          "DDBStreamBatchInfo": {
            "shardId": "shardId-00000001704067300000-1a2b3c4d",
            "startSequenceNumber": "700000000000000000001",
            "endSequenceNumber": "700000000000000000002",
            "approximateArrivalOfFirstRecord": "2024-01-02T00:00:00.000Z",
            "approximateArrivalOfLastRecord": "2024-01-02T00:00:01.000Z",
            "batchSize": 2,
            "streamArn": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
          },
          "payload":
        """# + dynamodbTwoRecords + "\n}"

    static let batchItemFailures = #"""
        { "batchItemFailures": [ { "itemIdentifier": "49647888802629322072519528340475047711767296381468803122" } ] }
        """#

    // MARK: Kinesis shard lists

    /// 2^128 − 1, the largest hash key, and the halves of the key space.
    static let hashKeyMax = "340282366920938463463374607431768211455"
    static let hashKeyMiddle = "170141183460469231731687303715884105727"
    static let hashKeyAfterMiddle = "170141183460469231731687303715884105728"

    /// The shards of a one-shard stream whose shard was split in two: the closed parent and its two open children
    /// (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_Shard.html).
    static let splitShards = #"""
        [
          { "ShardId": "shardId-000000000000",
            "HashKeyRange": { "StartingHashKey": "0", "EndingHashKey": "\#(hashKeyMax)" },
            "SequenceNumberRange": { "StartingSequenceNumber": "49647888802629322072519528340475047711767296381468803122",
                                     "EndingSequenceNumber": "49647888802629322072519528340476256637586911010643509298" } },
          { "ShardId": "shardId-000000000001", "ParentShardId": "shardId-000000000000",
            "HashKeyRange": { "StartingHashKey": "0", "EndingHashKey": "\#(hashKeyMiddle)" },
            "SequenceNumberRange": { "StartingSequenceNumber": "49647888802651622817718058963616583430039944742974783554" } },
          { "ShardId": "shardId-000000000002", "ParentShardId": "shardId-000000000000",
            "HashKeyRange": { "StartingHashKey": "\#(hashKeyAfterMiddle)", "EndingHashKey": "\#(hashKeyMax)" },
            "SequenceNumberRange": { "StartingSequenceNumber": "49647888802651622817718058963616583430039944742974783555" } }
        ]
        """#

    /// `aws kinesis list-shards` output of the split stream.
    static let listShards = #"{ "Shards": "# + splitShards + "}"

    /// `aws kinesis describe-stream` output of the split stream.
    static let describeStream = #"""
        { "StreamDescription": {
            "StreamName": "orders", "StreamARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
            "StreamStatus": "ACTIVE", "StreamModeDetails": { "StreamMode": "PROVISIONED" },
            "HasMoreShards": false, "RetentionPeriodHours": 24, "StreamCreationTimestamp": 1704067200.0,
            "EnhancedMonitoring": [ { "ShardLevelMetrics": [] } ], "EncryptionType": "NONE", "KeyId": null,
            "Shards":
        """# + splitShards + "}}"

    /// `aws kinesis put-record` output: record 42 of shard 3 (`sequence1`).
    static let putRecord = #"{ "ShardId": "shardId-000000000003", "SequenceNumber": "\#(sequence1)" }"#

    // MARK: DynamoDB Streams API outputs

    /// `aws dynamodbstreams get-records` output (AWS CLI v1: epoch seconds): the two records of `dynamodbTwoRecords`
    /// as the API returns them, without `eventSourceARN`
    /// (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html).
    static let dynamodbstreamsGetRecords = dynamodbTwoRecords.replacingOccurrences(
        of: #","#
            + "\n"
            + #"  "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000""#,
        with: ""
    ).replacingOccurrences(
        of: "}]}",
        with:
            #"}], "NextShardIterator": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000|1|AAAAAAAAAAEvJp6j"}"#
    )

    /// `aws dynamodbstreams describe-stream` output: one closed shard and its open child
    /// (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_DescribeStream.html).
    static let dynamodbstreamsDescribeStream = #"""
        {
          "StreamDescription": {
            "StreamArn": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000",
            "StreamLabel": "2024-01-01T00:00:00.000",
            "StreamStatus": "ENABLED",
            "StreamViewType": "NEW_AND_OLD_IMAGES",
            "CreationRequestDateTime": 1704067199.512,
            "TableName": "orders",
            "KeySchema": [ { "AttributeName": "pk", "KeyType": "HASH" }, { "AttributeName": "sk", "KeyType": "RANGE" } ],
            "Shards": [
              { "ShardId": "shardId-00000001704067200512-1a2b3c4d",
                "SequenceNumberRange": { "StartingSequenceNumber": "700000000000000000001",
                                         "EndingSequenceNumber": "700000000000000009999" } },
              { "ShardId": "shardId-00000001704081600734-5e6f7a8b",
                "SequenceNumberRange": { "StartingSequenceNumber": "700000000000000010007" },
                "ParentShardId": "shardId-00000001704067200512-1a2b3c4d" }
            ]
          }
        }
        """#

    // MARK: Kinesis API outputs and KubeMQ

    static let apiRecords = #"""
        [
          { "SequenceNumber": "49647888802629322072519528340475047711767296381468803122",
            "ApproximateArrivalTimestamp": 1704153600.123, "Data": "eyJvcmRlcklkIjoiby0xIn0=",
            "PartitionKey": "order-1" },
          { "SequenceNumber": "49647888802629322072519528340476256637586911010643509298",
            "ApproximateArrivalTimestamp": 1704153600.25, "Data": "e30=", "PartitionKey": "order-2" }
        ]
        """#

    static let getRecordsResponse = #"""
        { "Records": \#(apiRecords),
          "NextShardIterator": null, "MillisBehindLatest": 0,
          "ChildShards": [ { "ShardId": "shardId-000000000005", "ParentShards": ["shardId-000000000003"],
            "HashKeyRange": { "StartingHashKey": "0", "EndingHashKey": "340282366920938463463374607431768211455" } } ] }
        """#

    static let subscribeToShardEvent = #"""
        { "Records": \#(apiRecords),
          "ContinuationSequenceNumber": "49647888802629322072519528340476256637586911010643509298",
          "MillisBehindLatest": 0 }
        """#

    static let putRecordsRequest = #"""
        { "Records": [ { "Data": "e30=", "PartitionKey": "order-1",
                         "ExplicitHashKey": "170141183460469231731687303715884105728" } ],
          "StreamARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders" }
        """#

    static let putRecordsResponse = #"""
        { "FailedRecordCount": 1,
          "Records": [
            { "SequenceNumber": "49647888802629322072519528340475047711767296381468803122",
              "ShardId": "shardId-000000000003" },
            { "ErrorCode": "ProvisionedThroughputExceededException",
              "ErrorMessage": "Rate exceeded for shard shardId-000000000003 in stream orders." }
          ] }
        """#

    static let consumerDescription = #"""
        { "ConsumerName": "orders-efo",
          "ConsumerARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders/consumer/orders-efo:1704067200",
          "ConsumerStatus": "ACTIVE", "ConsumerCreationTimestamp": 1704067200.0,
          "StreamARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders" }
        """#

    static let kubemqGetRecords = #"""
        { "metadata": { "method": "get_records", "stream_name": "orders",
                        "shard_iterator_id": "AAAAAAAAAAGMhkrU0NS1EOFo0poucPhjxM4cpLS2tB3x", "limit": "100" },
          "data": null }
        """#

    static let kubemqPutRecord = #"""
        { "metadata": { "method": "put_record", "stream_name": "orders", "partition_key": "order-1" },
          "data": "eyJvcmRlcklkIjoiby0xIn0=" }
        """#

    /// The §A.9 record logged on its own (`kinesis-event-record`).
    static let kinesisEventRecord = kinesisRecord(sequence: sequence1)

    /// The §B.11 record logged on its own (`dynamodb-event-record`).
    static let dynamodbEventRecord = String(
        dynamodbMinimal.drop { $0 != "[" }.dropFirst().reversed().drop { $0 != "]" }.dropFirst().reversed())

    // MARK: Firehose

    /// A Firehose transformation event of two records read from shard 3 of `orders`.
    static let firehoseEvent = #"""
        { "invocationId": "2b4d1ad9-2f48-44bd-a088-767c317e994a",
          "deliveryStreamArn": "arn:aws:firehose:us-east-1:111122223333:deliverystream/orders-to-s3",
          "sourceKinesisStreamArn": "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
          "region": "us-east-1",
          "records": [
            { "recordId": "\#(sequence1)000000000000000000000", "approximateArrivalTimestamp": 1704153600456,
              "data": "eyJvcmRlcklkIjoiby0xIn0=",
              "kinesisRecordMetadata": { "shardId": "shardId-000000000003", "partitionKey": "order-1",
                "approximateArrivalTimestamp": 1704153600123, "sequenceNumber": "\#(sequence1)",
                "subsequenceNumber": 0 } },
            { "recordId": "\#(sequence2)000000000000000000000", "approximateArrivalTimestamp": 1704153600600,
              "data": "e30=",
              "kinesisRecordMetadata": { "shardId": "shardId-000000000003", "partitionKey": "order-2",
                "approximateArrivalTimestamp": 1704153600250, "sequenceNumber": "\#(sequence2)",
                "subsequenceNumber": 0 } }
          ] }
        """#

    /// The answer to `firehoseEvent`: one result per record.
    static let firehoseResponse = #"""
        { "records": [
            { "recordId": "\#(sequence1)000000000000000000000", "result": "Ok", "data": "eyJvcmRlcklkIjoiby0xIn0=",
              "metadata": { "partitionKeys": { "order": "o-1" } } },
            { "recordId": "\#(sequence2)000000000000000000000", "result": "Dropped", "data": "e30=" }
          ] }
        """#

    /// Every clean document, with its kind: each must give no diagnostics at all.
    static let clean: [(name: String, kind: PayloadKind, document: String)] = [
        ("kinesisMinimal", .kinesisEvent, kinesisMinimal), ("kinesisTwoRecords", .kinesisEvent, kinesisTwoRecords),
        ("kinesisWindow", .kinesisEvent, kinesisWindow), ("dynamodbMinimal", .dynamodbEvent, dynamodbMinimal),
        ("dynamodbTTLRemove", .dynamodbEvent, dynamodbTTLRemove),
        ("dynamodbTwoRecords", .dynamodbEvent, dynamodbTwoRecords),
        ("dynamodbKinesisRecord", .dynamodbKinesisRecord, dynamodbKinesisRecord),
        ("eventSourceMapping", .eventSourceMapping, eventSourceMapping),
        ("dynamodbEventSourceMapping", .eventSourceMapping, dynamodbEventSourceMapping),
        ("filteredEventSourceMapping", .eventSourceMapping, filteredEventSourceMapping()),
        ("kinesisOnFailure", .kinesisOnFailure, kinesisOnFailure),
        ("kinesisOnFailureS3", .kinesisOnFailure, kinesisOnFailureS3),
        ("kinesisOnFailureAgedOut", .kinesisOnFailure, kinesisOnFailureAgedOut),
        ("dynamodbOnFailureS3", .dynamodbOnFailure, dynamodbOnFailureS3),
        ("batchItemFailures", .batchItemFailures, batchItemFailures),
        ("getRecordsResponse", .getRecordsResponse, getRecordsResponse),
        ("subscribeToShardEvent", .subscribeToShardEvent, subscribeToShardEvent),
        ("putRecordsRequest", .putRecordsRequest, putRecordsRequest),
        ("putRecordsResponse", .putRecordsResponse, putRecordsResponse),
        ("consumerDescription", .kinesisConsumerDescription, consumerDescription),
        ("kubemqGetRecords", .kubemqKinesisRequest, kubemqGetRecords),
        ("kubemqPutRecord", .kubemqKinesisRequest, kubemqPutRecord),
        ("kinesisEventRecord", .kinesisEventRecord, kinesisEventRecord),
        ("dynamodbEventRecord", .dynamodbEventRecord, dynamodbEventRecord),
        ("firehoseEvent", .firehoseTransformationEvent, firehoseEvent),
        ("firehoseResponse", .firehoseTransformationResponse, firehoseResponse),
        ("dynamodbstreamsGetRecords", .dynamodbstreamsGetRecordsResponse, dynamodbstreamsGetRecords),
        ("listShards", .listShardsResponse, listShards), ("describeStream", .describeStreamResponse, describeStream),
        ("putRecord", .putRecordResponse, putRecord),
        ("dynamodbstreamsDescribeStream", .dynamodbstreamsDescribeStreamResponse, dynamodbstreamsDescribeStream),
    ]

    // MARK: - One violation each

    /// 1 MiB of zero bytes as base64.
    static let oneMebibyteOfZeros = String(repeating: "AAAA", count: 349_525) + "AA=="

    static let all: [RuleCase] = [
        // Batches.
        RuleCase(
            rule: "batch.payload-size", kind: .kinesisEvent, document: kinesisMinimal,
            options: RuleOptions(maximumPayloadBytes: 400)),
        RuleCase(
            rule: "batch.record-count", kind: .kinesisEvent, document: kinesisTwoRecords,
            options: RuleOptions(maximumBatchRecords: 1)),
        RuleCase(
            rule: "batch.region-matches-arn", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(
                of: #""awsRegion": "us-east-1""#, with: #""awsRegion": "us-west-2""#)),
        RuleCase(
            rule: "batch.region-matches-arn", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""awsRegion": "us-east-1""#, with: #""awsRegion": "eu-west-1""#)),
        RuleCase(
            rule: "batch.sequence-numbers-increasing", kind: .kinesisEvent,
            document: kinesisBatch([
                kinesisRecord(sequence: sequence2), kinesisRecord(sequence: sequence1, arrival: "1704153600.250"),
            ])),
        RuleCase(
            rule: "batch.sequence-numbers-increasing", kind: .dynamodbEvent,
            document: dynamodbTwoRecords.replacingOccurrences(
                of: #""SequenceNumber": "700000000000000000002""#,
                with: #""SequenceNumber": "700000000000000000001""#)),
        RuleCase(
            rule: "batch.single-stream", kind: .kinesisEvent,
            document: kinesisBatch([
                kinesisRecord(sequence: sequence1),
                kinesisRecord(
                    sequence: sequence2, arrival: "1704153600.250",
                    stream: "arn:aws:kinesis:us-east-1:111122223333:stream/payments"),
            ])),
        RuleCase(
            rule: "batch.single-stream", kind: .dynamodbEvent,
            document: dynamodbTwoRecords.replacingLastOccurrence(
                of: "stream/2024-01-01T00:00:00.000", with: "stream/2024-02-01T00:00:00.000")),
        RuleCase(
            rule: "window.bounds-ordered", kind: .kinesisEvent,
            document: kinesisWindow.replacingOccurrences(
                of: #""end": "2024-01-02T00:02:00Z""#, with: #""end": "2024-01-02T00:00:00Z""#)),
        RuleCase(
            rule: "window.members-together", kind: .kinesisEvent,
            document: kinesisWindow.replacingOccurrences(of: ",\n\"isWindowTerminatedEarly\": false", with: "")),

        // Kinesis events.
        RuleCase(
            rule: "kinesis.event-id-matches-sequence-number", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(
                of: #""eventID": "shardId-000000000003:\#(sequence1)""#,
                with: #""eventID": "shardId-000000000003:\#(sequence2)""#)),
        RuleCase(
            rule: "kinesis.batch-single-shard", kind: .kinesisEvent,
            document: kinesisBatch([
                kinesisRecord(sequence: sequence1),
                kinesisRecord(sequence: sequenceShard4, shard: "shardId-000000000004"),
            ])),
        RuleCase(
            rule: "kinesis.arrival-timestamps-ordered", kind: .kinesisEvent,
            document: kinesisBatch([
                kinesisRecord(sequence: sequence1, arrival: "1704153600.5"),
                kinesisRecord(sequence: sequence2, arrival: "1704153600.123"),
            ])),
        RuleCase(
            rule: "kinesis.partition-matches-role", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(of: "arn:aws:iam::", with: "arn:aws-cn:iam::")),
        RuleCase(
            rule: "kinesis.account-matches-role", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(
                of: "arn:aws:iam::111122223333:", with: "arn:aws:iam::444455556666:")),
        RuleCase(
            rule: "kinesis.record-size-limit", kind: .kinesisEvent,
            document: kinesisBatch([kinesisRecord(sequence: sequence1, data: oneMebibyteOfZeros)])),
        RuleCase(
            rule: "kinesis.record-size-large-stream", kind: .kinesisEvent,
            document: kinesisBatch([kinesisRecord(sequence: sequence1, data: oneMebibyteOfZeros)]),
            options: RuleOptions(maximumRecordBytes: RuleOptions.tenMebibytes)),
        RuleCase(
            rule: "kinesis.kpl-aggregate", kind: .kinesisEvent,
            // Magic, one partition-key table entry "a", and 16 zero bytes where the MD5 belongs.
            document: kinesisBatch([kinesisRecord(sequence: sequence1, data: "84mawgoBYQAAAAAAAAAAAAAAAAAAAAA=")])),
        RuleCase(
            rule: "kinesis.sequence-number-layout", kind: .kinesisEvent,
            document: kinesisBatch([
                kinesisRecord(sequence: "49647888802629322072519528340475047711767296381468803121")
            ])),
        RuleCase(
            rule: "kinesis.sequence-number-shard", kind: .kinesisEvent,
            document: kinesisBatch([kinesisRecord(sequence: sequence1, shard: "shardId-000000000004")])),
        RuleCase(
            rule: "kinesis.sequence-number-arrival", kind: .kinesisEvent,
            document: kinesisBatch([kinesisRecord(sequence: sequence1, arrival: "1704153610.123")])),
        RuleCase(
            rule: "kinesis.arrival-timestamp-string", kind: .kinesisEvent,
            document: kinesisBatch([kinesisRecord(sequence: sequence1, arrival: #""1704153600.123""#)])),
        RuleCase(
            rule: "contract.canonical-base64", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(of: "fQ==", with: "fR==")),
        RuleCase(
            rule: "contract.canonical-base64", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""tags": { "SS": ["a", "b"] }"#, with: #""tags": { "B": "YR==" }"#
            ).replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 47"#)),
        RuleCase(
            rule: "contract.arn-format", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(
                of: "arn:aws:kinesis:us-east-1:111122223333:stream/orders", with: "arn:aws:kinesis:EXAMPLE")),
        RuleCase(
            rule: "contract.shard-id-format", kind: .kinesisEvent,
            document: kinesisBatch([kinesisRecord(sequence: sequence1, shard: "shardId-3")])),
        RuleCase(
            rule: "contract.unknown-member", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(
                of: #""awsRegion": "us-east-1","#, with: #""awsRegion": "us-east-1", "futureField": 1,"#)),

        // DynamoDB.
        RuleCase(
            rule: "dynamodb.images-match-stream-view-type", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(of: "NEW_AND_OLD_IMAGES", with: "NEW_IMAGE")),
        RuleCase(
            rule: "dynamodb.keys-in-images", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""NewImage": { "pk": { "S": "order#1" }"#, with: #""NewImage": { "pk": { "S": "order#2" }"#)),
        RuleCase(
            rule: "dynamodb.key-attribute-value", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""pk": { "S": "order#1" }"#, with: #""pk": { "BOOL": true }"#
            ).replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 30"#)),
        RuleCase(
            rule: "dynamodb.number-range", kind: .dynamodbEvent,
            // 1.25E+126 is above DynamoDB's largest number; its size (3 bytes) is that of 12.5.
            document: dynamodbMinimal.replacingOccurrences(of: #""N": "12.5""#, with: #""N": "12.5E+125""#)),
        RuleCase(
            rule: "dynamodb.nesting-depth", kind: .dynamodbEvent,
            // 40 levels of M; SizeBytes counts them all (Keys 9 + NewImage 228 + OldImage 16).
            document: dynamodbMinimal.replacingOccurrences(
                of: #""tags": { "SS": ["a", "b"] }"#,
                with: #""tags": { "SS": ["a", "b"] }, "deep": "#
                    + String(repeating: #"{"M": {"n": "#, count: 40) + #"{"S": "x"}"#
                    + String(repeating: "}}", count: 40)
            ).replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 253"#)),
        RuleCase(
            rule: "dynamodb.set-unique", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(of: #"["a", "b"]"#, with: #"["a", "a"]"#)),
        RuleCase(
            rule: "dynamodb.set-unique", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""tags": { "SS": ["a", "b"] }"#, with: #""tags": { "NS": ["1", "1.0"] }"#
            ).replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 50"#)),
        RuleCase(
            rule: "dynamodb.user-identity-only-on-remove", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""eventSourceARN""#,
                with:
                    #""userIdentity": { "type": "Service", "principalId": "dynamodb.amazonaws.com" }, "eventSourceARN""#
            )),
        RuleCase(
            rule: "dynamodb.user-identity-ttl-principal", kind: .dynamodbEvent,
            document: dynamodbTTLRemove.replacingOccurrences(
                of: #""principalId": "dynamodb.amazonaws.com""#, with: #""principalId": "someone""#)),
        RuleCase(
            rule: "dynamodb.event-id-format", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c""#, with: #""eventID": "1""#)),
        RuleCase(
            rule: "dynamodb.sequence-number-length", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(of: "700000000000000000001", with: "111")),
        RuleCase(
            rule: "dynamodb.size-bytes", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 47"#)),

        // Event source mappings.
        RuleCase(
            rule: "esm.maximum-record-age", kind: .eventSourceMapping,
            document: eventSourceMapping.replacingOccurrences(
                of: #""MaximumRecordAgeInSeconds": -1"#, with: #""MaximumRecordAgeInSeconds": 30"#)),
        RuleCase(
            rule: "esm.starting-position-timestamp", kind: .eventSourceMapping,
            document: eventSourceMapping.replacingOccurrences(
                of: #""StartingPosition": "LATEST","#,
                with: #""StartingPosition": "LATEST", "StartingPositionTimestamp": 1704153600,"#)),
        RuleCase(
            rule: "esm.at-timestamp-source", kind: .eventSourceMapping,
            document: dynamodbEventSourceMapping.replacingOccurrences(
                of: #""StartingPosition": "TRIM_HORIZON","#,
                with: #""StartingPosition": "AT_TIMESTAMP", "StartingPositionTimestamp": 1704153600,"#)),
        RuleCase(
            rule: "esm.on-success-unsupported", kind: .eventSourceMapping,
            document: eventSourceMapping.replacingOccurrences(
                of: #""DestinationConfig": {"#,
                with:
                    #""DestinationConfig": { "OnSuccess": { "Destination": "arn:aws:sqs:us-east-1:111122223333:ok" },"#
            )),
        RuleCase(
            rule: "esm.filter-pattern", kind: .eventSourceMapping,
            document: filteredEventSourceMapping(second: #"{\"partitionKey\":[{\"prefix\":1}]}"#),
            pointer: "/FilterCriteria/Filters/1/Pattern"),
        RuleCase(
            rule: "esm.filter-quota", kind: .eventSourceMapping, document: filteredEventSourceMapping(filters: 6),
            pointer: "/FilterCriteria/Filters"),
        RuleCase(
            rule: "esm.filter-count", kind: .eventSourceMapping, document: filteredEventSourceMapping(filters: 11),
            pointer: "/FilterCriteria/Filters"),
        RuleCase(
            rule: "contract.uuid-format", kind: .eventSourceMapping,
            document: eventSourceMapping.replacingOccurrences(
                of: #""UUID": "6d9a1f2c-3b4e-4f5a-8b6c-7d8e9f0a1b2c""#, with: #""UUID": "6d9a1f2c""#)),

        // On-failure records and responses.
        RuleCase(
            rule: "on-failure.sequence-range-ordered", kind: .kinesisOnFailure,
            document: kinesisOnFailure.replacingOccurrences(of: "startSequenceNumber", with: "_start")
                .replacingOccurrences(of: "endSequenceNumber", with: "startSequenceNumber")
                .replacingOccurrences(of: "_start", with: "endSequenceNumber")),
        RuleCase(
            rule: "on-failure.arrival-ordered", kind: .kinesisOnFailure,
            document: kinesisOnFailure.replacingOccurrences(
                of: #""approximateArrivalOfFirstRecord": "2024-01-02T00:00:00.000Z""#,
                with: #""approximateArrivalOfFirstRecord": "2024-01-02T00:00:02.000Z""#)),
        RuleCase(
            rule: "on-failure.payload-batch-size", kind: .kinesisOnFailure,
            document: kinesisOnFailureS3.replacingOccurrences(of: #""batchSize": 2"#, with: #""batchSize": 3"#)),
        RuleCase(
            rule: "on-failure.payload-batch-size", kind: .dynamodbOnFailure,
            document: dynamodbOnFailureS3.replacingOccurrences(of: #""batchSize": 2"#, with: #""batchSize": 1"#)),
        RuleCase(
            rule: "on-failure.payload-sequence-range", kind: .kinesisOnFailure,
            document: kinesisOnFailureS3.replacingOccurrences(
                of: #""endSequenceNumber": "\#(sequence2)""#,
                with: #""endSequenceNumber": "49647888802629322072519528340477465563406525777257168946""#)),
        RuleCase(
            rule: "on-failure.payload-sequence-range", kind: .dynamodbOnFailure,
            document: dynamodbOnFailureS3.replacingOccurrences(
                of: #""startSequenceNumber": "700000000000000000001""#,
                with: #""startSequenceNumber": "700000000000000000000""#)),
        RuleCase(
            rule: "on-failure.payload-shard", kind: .dynamodbOnFailure,
            document: dynamodbOnFailureS3.replacingOccurrences(
                of: "}]}\n}",
                with: #"""
                    }],
                    "window": {"start": "2024-01-02T00:00:00Z", "end": "2024-01-02T00:02:00Z"},
                    "state": {},
                    "shardId": "shardId-00000001704067300000-99999999",
                    "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000",
                    "isFinalInvokeForWindow": false,
                    "isWindowTerminatedEarly": false
                    }
                    }
                    """#)),
        RuleCase(
            rule: "on-failure.payload-stream-arn", kind: .kinesisOnFailure,
            document: kinesisOnFailureS3.replacingOccurrences(
                of: #""streamArn": "arn:aws:kinesis:us-east-1:111122223333:stream/orders""#,
                with: #""streamArn": "arn:aws:kinesis:us-east-1:111122223333:stream/payments""#)),
        RuleCase(
            rule: "on-failure.payload-stream-arn", kind: .dynamodbOnFailure,
            document: dynamodbOnFailureS3.replacingOccurrences(
                of: #""streamArn": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/"#,
                with: #""streamArn": "arn:aws:dynamodb:us-east-1:111122223333:table/payments/stream/"#)),
        // Kinesis shard lists and PutRecord output.
        RuleCase(
            rule: "kinesis-api.hash-key-range-ordered", kind: .listShardsResponse,
            document: listShards.replacingOccurrences(
                of: #""StartingHashKey": "0", "EndingHashKey": "\#(hashKeyMax)""#,
                with: #""StartingHashKey": "0", "EndingHashKey": "340282366920938463463374607431768211456""#)),
        RuleCase(
            rule: "kinesis-api.sequence-range-ordered", kind: .describeStreamResponse,
            document: describeStream.replacingOccurrences(
                of: #""EndingSequenceNumber": "49647888802629322072519528340476256637586911010643509298""#,
                with: #""EndingSequenceNumber": "49647888802629322072519528340475047711767296381468803121""#)),
        RuleCase(
            rule: "kinesis-api.open-shards-tile-hash-keys", kind: .listShardsResponse,
            document: listShards.replacingOccurrences(
                of: #""StartingHashKey": "\#(hashKeyAfterMiddle)""#,
                with: #""StartingHashKey": "170141183460469231731687303715884105729""#)),
        RuleCase(
            rule: "kinesis-api.parent-closed", kind: .listShardsResponse,
            document: listShards.replacingOccurrences(
                of: #"{ "ShardId": "shardId-000000000001", "ParentShardId": "shardId-000000000000","#,
                with: #"""
                    { "ShardId": "shardId-000000000001", "ParentShardId": "shardId-000000000000",
                      "AdjacentParentShardId": "shardId-000000000002",
                    """#)),
        RuleCase(
            rule: "kinesis-api.child-within-parents", kind: .describeStreamResponse,
            document: describeStream.replacingOccurrences(
                of: #""StartingHashKey": "0", "EndingHashKey": "\#(hashKeyMax)""#,
                with: #""StartingHashKey": "0", "EndingHashKey": "\#(hashKeyMiddle)""#)),
        RuleCase(
            rule: "kinesis.sequence-number-shard", kind: .putRecordResponse,
            document: putRecord.replacingOccurrences(of: "shardId-000000000003", with: "shardId-000000000004")),
        // DynamoDB Streams API outputs.
        RuleCase(
            rule: "dynamodbstreams.stream-label-matches-arn", kind: .dynamodbstreamsDescribeStreamResponse,
            document: dynamodbstreamsDescribeStream.replacingOccurrences(
                of: #""StreamLabel": "2024-01-01T00:00:00.000""#, with: #""StreamLabel": "2024-01-01T00:00:01.000""#)),
        RuleCase(
            rule: "dynamodbstreams.table-name-matches-arn", kind: .dynamodbstreamsDescribeStreamResponse,
            document: dynamodbstreamsDescribeStream.replacingOccurrences(
                of: #""TableName": "orders""#, with: #""TableName": "payments""#)),
        RuleCase(
            rule: "dynamodbstreams.shard-sequence-range-ordered", kind: .dynamodbstreamsDescribeStreamResponse,
            document: dynamodbstreamsDescribeStream.replacingOccurrences(
                of: #""EndingSequenceNumber": "700000000000000009999""#,
                with: #""EndingSequenceNumber": "600000000000000009999""#)),
        RuleCase(
            rule: "dynamodbstreams.key-schema-one-hash", kind: .dynamodbstreamsDescribeStreamResponse,
            document: dynamodbstreamsDescribeStream.replacingOccurrences(
                of: #""KeyType": "RANGE""#, with: #""KeyType": "HASH""#)),
        RuleCase(
            rule: "contract.shard-id-format", kind: .dynamodbstreamsDescribeStreamResponse,
            document: dynamodbstreamsDescribeStream.replacingOccurrences(
                of: "shardId-00000001704081600734-5e6f7a8b", with: "shardId-00000001704081600734-5E6F7A8B")),
        RuleCase(
            rule: "batch.sequence-numbers-increasing", kind: .dynamodbstreamsGetRecordsResponse,
            document: dynamodbstreamsGetRecords.replacingOccurrences(
                of: #""SequenceNumber": "700000000000000000002""#, with: #""SequenceNumber": "700000000000000000001""#)),
        RuleCase(
            rule: "dynamodb.user-identity-ttl-principal", kind: .dynamodbstreamsGetRecordsResponse,
            document: dynamodbTTLRemove.replacingOccurrences(
                of: #"{ "type": "Service", "principalId": "dynamodb.amazonaws.com" },"# + "\n"
                    + #"  "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000""#,
                with: #"{ "Type": "Service", "PrincipalId": "events.amazonaws.com" }"#)),
        RuleCase(
            rule: "response.item-identifier-format", kind: .batchItemFailures,
            document: #"{ "batchItemFailures": [ { "itemIdentifier": "order-1" } ] }"#),
        RuleCase(
            rule: "response.item-identifier-in-batch", kind: .batchItemFailures,
            document: batchItemFailures.replacingOccurrences(of: sequence1, with: sequence2), event: kinesisMinimal),
        RuleCase(
            rule: "response.item-identifier-in-batch", kind: .batchItemFailures,
            document: #"{ "batchItemFailures": [ { "itemIdentifier": "700000000000000000009" } ] }"#,
            event: dynamodbMinimal),

        // Kinesis API outputs and KubeMQ.
        RuleCase(
            rule: "kinesis.continuation-sequence-number", kind: .subscribeToShardEvent,
            document: subscribeToShardEvent.replacingOccurrences(
                of: #""ContinuationSequenceNumber": "\#(sequence2)""#,
                with: #""ContinuationSequenceNumber": "\#(sequence1)""#)),
        RuleCase(
            rule: "kinesis.hash-key-range", kind: .getRecordsResponse,
            document: getRecordsResponse.replacingOccurrences(
                of: "340282366920938463463374607431768211455", with: "340282366920938463463374607431768211456")),
        RuleCase(
            rule: "kinesis.hash-key-range", kind: .getRecordsResponse,
            document: getRecordsResponse.replacingOccurrences(
                of: #""StartingHashKey": "0""#, with: #""StartingHashKey": "340282366920938463463374607431768211455""#
            ).replacingOccurrences(
                of: #""EndingHashKey": "340282366920938463463374607431768211455""#, with: #""EndingHashKey": "1""#)),
        RuleCase(
            rule: "kinesis.put-records-request-size", kind: .putRecordsRequest, document: putRecordsRequest,
            options: RuleOptions(maximumPutRecordsRequestBytes: 5)),
        RuleCase(
            rule: "kinesis.failed-record-count", kind: .putRecordsResponse,
            document: putRecordsResponse.replacingOccurrences(
                of: #""FailedRecordCount": 1"#, with: #""FailedRecordCount": 0"#)),
        RuleCase(
            rule: "kinesis.put-records-entry", kind: .putRecordsResponse,
            document: putRecordsResponse.replacingOccurrences(
                of: #""ShardId": "shardId-000000000003" }"#,
                with: #""ShardId": "shardId-000000000003" }, { "SequenceNumber": "\#(sequence2)" }"#)),
        RuleCase(
            rule: "kinesis.arn-matches-name", kind: .kinesisConsumerDescription,
            document: consumerDescription.replacingOccurrences(
                of: #""ConsumerName": "orders-efo""#, with: #""ConsumerName": "orders-other""#)),
        RuleCase(
            rule: "kubemq.numeric-range", kind: .kubemqKinesisRequest,
            document: kubemqGetRecords.replacingOccurrences(of: #""limit": "100""#, with: #""limit": "10001""#)),
        RuleCase(
            rule: "kubemq.members-match-method", kind: .kubemqKinesisRequest,
            document: #"{ "metadata": { "method": "list_shards", "stream_name": "orders", "limit": "100" } }"#,
            pointer: "/metadata/limit"),
        RuleCase(
            rule: "kubemq.members-match-method", kind: .kubemqKinesisRequest,
            document: kubemqGetRecords.replacingOccurrences(of: #""data": null"#, with: #""data": "e30=""#),
            pointer: "/data"),

        // Batch-level facts: what can't vary or repeat within a batch, units, placeholders beside ARNs.
        RuleCase(
            rule: "batch.same-region", kind: .kinesisEvent,
            document: kinesisBatch([
                kinesisRecord(sequence: sequence1),
                kinesisRecord(sequence: sequence2, arrival: "1704153600.250", region: "us-west-2"),
            ]),
            pointer: "/Records/1/awsRegion"),
        RuleCase(
            rule: "batch.same-region", kind: .dynamodbEvent,
            document: dynamodbTwoRecords.replacingLastOccurrence(
                of: #""awsRegion": "us-east-1""#, with: #""awsRegion": "us-east-2""#),
            pointer: "/Records/1/awsRegion"),
        RuleCase(
            rule: "batch.same-event-version", kind: .dynamodbEvent,
            document: dynamodbTwoRecords.replacingLastOccurrence(
                of: #""eventVersion": "1.1""#, with: #""eventVersion": "1.0""#),
            pointer: "/Records/1/eventVersion"),
        RuleCase(
            rule: "batch.same-event-version", kind: .kinesisEvent,
            document: kinesisTwoRecords.replacingLastOccurrence(
                of: #""eventVersion": "1.0""#, with: #""eventVersion": "1.1""#),
            pointer: "/Records/1/eventVersion"),
        RuleCase(
            rule: "kinesis.batch-same-role", kind: .kinesisEvent,
            document: kinesisBatch([
                kinesisRecord(sequence: sequence1),
                kinesisRecord(
                    sequence: sequence2, arrival: "1704153600.250",
                    role: "arn:aws:iam::111122223333:role/payments-consumer-role"),
            ]),
            pointer: "/Records/1/invokeIdentityArn"),
        RuleCase(
            rule: "kinesis.arrival-timestamp-seconds", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(of: "1704153600.123", with: "1704153600123"),
            pointer: "/Records/0/kinesis/approximateArrivalTimestamp"),
        RuleCase(
            rule: "dynamodb.event-id-unique", kind: .dynamodbEvent,
            document: dynamodbTwoRecords.replacingOccurrences(
                of: "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5e", with: "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c"),
            pointer: "/Records/1/eventID"),
        RuleCase(
            rule: "dynamodb.batch-same-stream-view-type", kind: .dynamodbEvent,
            // The second record as a NEW_IMAGE stream sends it: no OldImage, SizeBytes 9 + 16.
            document: dynamodbTwoRecords.replacingOccurrences(
                of: #""OldImage": { "pk": { "S": "order#1" }, "total": { "N": "12.5" } },"#, with: ""
            ).replacingOccurrences(of: #""SizeBytes": 42"#, with: #""SizeBytes": 25"#)
                .replacingLastOccurrence(of: "NEW_AND_OLD_IMAGES", with: "NEW_IMAGE"),
            pointer: "/Records/1/dynamodb/StreamViewType"),
        RuleCase(
            rule: "dynamodb.creation-time-seconds", kind: .dynamodbEvent,
            document: dynamodbMinimal.replacingOccurrences(
                of: #""ApproximateCreationDateTime": 1704153600"#,
                with: #""ApproximateCreationDateTime": 1704153600000"#),
            pointer: "/Records/0/dynamodb/ApproximateCreationDateTime"),
        RuleCase(
            rule: "dynamodb.kinesis-creation-time-unit", kind: .dynamodbKinesisRecord,
            document: dynamodbKinesisRecord.replacingOccurrences(of: "1704153600123", with: "1704153600"),
            pointer: "/dynamodb/ApproximateCreationDateTime"),
        RuleCase(
            rule: "contract.region-format", kind: .dynamodbKinesisRecord,
            document: dynamodbKinesisRecord.replacingOccurrences(
                of: #""awsRegion":"us-east-1""#, with: #""awsRegion":"EXAMPLE""#),
            pointer: "/awsRegion"),
        RuleCase(
            rule: "contract.region-format", kind: .kinesisEvent,
            document: kinesisMinimal.replacingOccurrences(
                of: #""awsRegion": "us-east-1""#, with: #""awsRegion": "region""#),
            pointer: "/Records/0/awsRegion"),

        // One record logged on its own: the same rules as inside Records, pointers relative to the record.
        RuleCase(
            rule: "kinesis.event-id-matches-sequence-number", kind: .kinesisEventRecord,
            document: kinesisRecord(sequence: sequence1).replacingOccurrences(
                of: "shardId-000000000003:\(sequence1)", with: "shardId-000000000003:\(sequence2)"),
            pointer: "/eventID"),
        RuleCase(
            rule: "kinesis.arrival-timestamp-seconds", kind: .kinesisEventRecord,
            document: kinesisRecord(sequence: sequence1, arrival: "1704153600123"),
            pointer: "/kinesis/approximateArrivalTimestamp"),
        RuleCase(
            rule: "batch.region-matches-arn", kind: .kinesisEventRecord,
            document: kinesisRecord(sequence: sequence1, region: "us-west-2"), pointer: "/awsRegion"),
        RuleCase(
            rule: "dynamodb.images-match-stream-view-type", kind: .dynamodbEventRecord,
            document: dynamodbEventRecord.replacingOccurrences(of: "NEW_AND_OLD_IMAGES", with: "NEW_IMAGE"),
            pointer: "/dynamodb/OldImage"),
        RuleCase(
            rule: "dynamodb.creation-time-seconds", kind: .dynamodbEventRecord,
            document: dynamodbEventRecord.replacingOccurrences(
                of: #""ApproximateCreationDateTime": 1704153600"#,
                with: #""ApproximateCreationDateTime": 1704153600000000"#),
            pointer: "/dynamodb/ApproximateCreationDateTime"),

        // Firehose transformation events and responses.
        RuleCase(
            rule: "firehose.record-id-unique", kind: .firehoseTransformationEvent,
            document: firehoseEvent.replacingOccurrences(
                of: "\(sequence2)000000000000000000000", with: "\(sequence1)000000000000000000000"),
            pointer: "/records/1/recordId"),
        RuleCase(
            rule: "firehose.arrival-timestamp-milliseconds", kind: .firehoseTransformationEvent,
            document: firehoseEvent.replacingOccurrences(of: "1704153600456", with: "1704153600"),
            pointer: "/records/0/approximateArrivalTimestamp"),
        RuleCase(
            rule: "firehose.region-matches-arn", kind: .firehoseTransformationEvent,
            document: firehoseEvent.replacingOccurrences(
                of: #""region": "us-east-1""#, with: #""region": "us-west-2""#),
            pointer: "/region"),
        RuleCase(
            rule: "contract.region-format", kind: .firehoseTransformationEvent,
            document: firehoseEvent.replacingOccurrences(
                of: #""region": "us-east-1""#, with: #""region": "EXAMPLE""#),
            pointer: "/region"),
        RuleCase(
            rule: "kinesis.sequence-number-shard", kind: .firehoseTransformationEvent,
            document: firehoseEvent.replacingLastOccurrence(
                of: #""shardId": "shardId-000000000003""#, with: #""shardId": "shardId-000000000004""#),
            pointer: "/records/1/kinesisRecordMetadata/sequenceNumber"),
        RuleCase(
            rule: "firehose.response-record-id-unique", kind: .firehoseTransformationResponse,
            document: firehoseResponse.replacingOccurrences(
                of: "\(sequence2)000000000000000000000", with: "\(sequence1)000000000000000000000"),
            pointer: "/records/1/recordId"),
        RuleCase(
            rule: "firehose.response-answers-event", kind: .firehoseTransformationResponse,
            document: firehoseResponse.replacingOccurrences(
                of: #""data": "e30=" }"#,
                with: #""data": "e30=" }, { "recordId": "unknown", "result": "Ok", "data": "e30=" }"#),
            event: firehoseEvent, pointer: "/records/2/recordId"),
        RuleCase(
            rule: "firehose.response-answers-event", kind: .firehoseTransformationResponse,
            document: #"""
                { "records": [
                    { "recordId": "\#(sequence1)000000000000000000000", "result": "Ok", "data": "e30=" } ] }
                """#,
            event: firehoseEvent, pointer: "/records"),
    ]
}

extension String {
    /// The string with the last occurrence of `target` replaced.
    func replacingLastOccurrence(of target: String, with replacement: String) -> String {
        guard let range = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
