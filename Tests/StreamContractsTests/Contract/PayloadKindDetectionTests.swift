import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct PayloadKindDetectionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let json: String
        let kind: PayloadKind?
        var testDescription: String { kind?.rawValue ?? "unknown: \(json.prefix(40))" }
    }

    static let cases: [Case] = [
        Case(json: #"{"Records":[{"eventSource":"aws:kinesis","kinesis":{}}]}"#, kind: .kinesisEvent),
        Case(json: #"{"Records":[{"kinesis":{"data":"eA=="}}]}"#, kind: .kinesisEvent),
        Case(json: #"{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{}}]}"#, kind: .dynamodbEvent),
        Case(
            json: #"{"Records":[],"window":{"start":"a","end":"b"},"shardId":"s","eventSourceARN":"arn"}"#,
            kind: .kinesisEvent),
        Case(
            json:
                #"{"Records":[],"window":{"start":"a","end":"b"},"shardId":"s","eventSourceARN":"arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/2024-01-01T00:00:00.000"}"#,
            kind: .dynamodbEvent),
        Case(json: #"{"Records":[],"window":{"start":"a","end":"b"},"shardId":"s"}"#, kind: nil),
        Case(
            json:
                #"{"Records":[{"SequenceNumber":"1","Data":"eA==","PartitionKey":"p"}],"ContinuationSequenceNumber":"1","MillisBehindLatest":0}"#,
            kind: .subscribeToShardEvent),
        Case(
            json:
                #"{"Records":[{"SequenceNumber":"1","Data":"eA==","PartitionKey":"p"}],"NextShardIterator":"AAA","MillisBehindLatest":0}"#,
            kind: .getRecordsResponse),
        Case(
            json: #"{"Records":[{"SequenceNumber":"1","Data":"eA==","PartitionKey":"p"}],"MillisBehindLatest":0}"#,
            kind: .getRecordsResponse),
        Case(json: #"{"Records":[{"Data":"eA==","PartitionKey":"p"}],"StreamName":"s"}"#, kind: .putRecordsRequest),
        Case(
            json: #"{"FailedRecordCount":0,"Records":[{"SequenceNumber":"1","ShardId":"shardId-000000000000"}]}"#,
            kind: .putRecordsResponse),
        // DynamoDB Streams API output: records without eventSourceARN beside a NextShardIterator (whose value
        // starts with the stream ARN), or with the API's PascalCase userIdentity.
        Case(
            json:
                #"{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{}}],"NextShardIterator":"arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/2024-01-01T00:00:00.000|1|AAAA"}"#,
            kind: .dynamodbstreamsGetRecordsResponse),
        Case(
            json: #"{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{}}],"NextShardIterator":"AAAA"}"#,
            kind: .dynamodbstreamsGetRecordsResponse),
        Case(
            json:
                #"{"Records":[],"NextShardIterator":"arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/2024-01-01T00:00:00.000|1|AAAA"}"#,
            kind: .dynamodbstreamsGetRecordsResponse),
        Case(
            json:
                #"{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{},"userIdentity":{"Type":"Service","PrincipalId":"dynamodb.amazonaws.com"}}]}"#,
            kind: .dynamodbstreamsGetRecordsResponse),
        // A Lambda event missing eventSourceARN stays a Lambda event (reported), not an API page.
        Case(
            json:
                #"{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{},"userIdentity":{"type":"Service","principalId":"dynamodb.amazonaws.com"}}]}"#,
            kind: .dynamodbEvent),
        Case(
            json: #"{"Records":[],"NextShardIterator":"AAAAAAAAAAE=","MillisBehindLatest":0}"#,
            kind: .getRecordsResponse),
        Case(
            json:
                #"{"StreamDescription":{"StreamArn":"arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/2024-01-01T00:00:00.000","TableName":"t"}}"#,
            kind: .dynamodbstreamsDescribeStreamResponse),
        Case(
            json:
                #"{"StreamDescription":{"StreamName":"s","StreamARN":"arn:aws:kinesis:us-east-1:111122223333:stream/s"}}"#,
            kind: .describeStreamResponse),
        Case(json: #"{"Shards":[],"NextToken":"AAAA"}"#, kind: .listShardsResponse),
        Case(json: #"{"ShardId":"shardId-000000000000","SequenceNumber":"1"}"#, kind: .putRecordResponse),
        Case(json: #"{"EventSourceMappings":[]}"#, kind: .eventSourceMappings),
        Case(
            json: #"{"UUID":"u","EventSourceArn":"arn:aws:kinesis:us-east-1:111122223333:stream/s"}"#,
            kind: .eventSourceMapping),
        Case(json: #"{"batchItemFailures":[]}"#, kind: .batchItemFailures),
        Case(json: #"{"state":{"1":282},"batchItemFailures":[]}"#, kind: .timeWindowResponse),
        Case(json: #"{"requestContext":{},"KinesisBatchInfo":{}}"#, kind: .kinesisOnFailure),
        Case(json: #"{"requestContext":{},"DDBStreamBatchInfo":{}}"#, kind: .dynamodbOnFailure),
        Case(json: #"{"Consumers":[]}"#, kind: .listStreamConsumersResponse),
        Case(json: #"{"Consumer":{}}"#, kind: .registerStreamConsumerResponse),
        Case(json: #"{"ConsumerDescription":{}}"#, kind: .describeStreamConsumerResponse),
        Case(json: #"{"StreamDescriptionSummary":{}}"#, kind: .describeStreamSummaryResponse),
        Case(json: #"{"ConsumerName":"c","ConsumerARN":"a","ConsumerStatus":"ACTIVE"}"#, kind: .kinesisConsumer),
        Case(json: #"{"ConsumerName":"c","ConsumerARN":"a","StreamARN":"s"}"#, kind: .kinesisConsumerDescription),
        Case(json: #"{"metadata":{"method":"list_streams"},"data":null}"#, kind: .kubemqKinesisRequest),
        Case(
            json: #"{"awsRegion":"us-east-1","recordFormat":"application/json","tableName":"t","dynamodb":{}}"#,
            kind: .dynamodbKinesisRecord),
        Case(
            json: #"{"metadata":{"method":"describe_stream","stream_name":"s"},"data":null}"#,
            kind: .kubemqKinesisRequest),
        Case(json: #"{"metadata":{"method":5,"partition_key":"p"}}"#, kind: .kubemqKinesisRequest),
        Case(json: #"{"metadata":{"method":"GET"}}"#, kind: nil),
        Case(json: #"{"state":{},"msg":"x"}"#, kind: .timeWindowResponse),
        Case(json: #"{"state":"ok"}"#, kind: nil),
        Case(json: #"{"Consumer":"kafka-1"}"#, kind: nil),
        Case(json: #"{"hello":"world"}"#, kind: nil),
        Case(json: #"[1,2]"#, kind: nil),
        Case(json: #"{"Records":"not an array"}"#, kind: nil),
    ]

    @Test(arguments: cases)
    func recognisesEachKindByItsDistinctiveMembers(_ testCase: Case) throws {
        let document = try JSONDocument(parsing: testCase.json)
        #expect(PayloadKind.detect(in: document) == testCase.kind)
    }

    @Test func detectionNamesTheMembersThatDecidedTheKind() throws {
        func members(_ json: String) throws -> [String]? {
            PayloadKind.detection(in: try JSONDocument(parsing: json), at: 0)?.members
        }
        #expect(try members(#"{"Records":[{"eventSource":"aws:kinesis","kinesis":{}}]}"#) == ["/Records/0/eventSource"])
        #expect(
            try members(#"{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{}}],"NextShardIterator":"AAAA"}"#)
                == ["/Records/0/dynamodb", "/NextShardIterator"])
        #expect(try members(#"{"requestContext":{},"KinesisBatchInfo":{}}"#) == ["/KinesisBatchInfo"])
        #expect(try members(#"{"StreamDescription":{"TableName":"t"}}"#) == ["/StreamDescription/TableName"])
        #expect(try members(#"{"hello":"world"}"#) == nil)
    }

    /// Other services' JSON with the same member names: its own documented case, or not a payload of ours (and
    /// so not an error either).
    struct LookAlike: Sendable, CustomTestStringConvertible {
        let name: String
        let json: String
        let kind: PayloadKind?
        var testDescription: String { name }
    }

    static let lookAlikes: [LookAlike] = [
        // A CloudTrail log file also has `Records`, with `eventSource` naming the service's endpoint.
        LookAlike(
            name: "CloudTrail log file",
            json:
                #"{"Records":[{"eventVersion":"1.08","eventTime":"2024-01-02T00:00:00Z","eventSource":"kinesis.amazonaws.com","eventName":"PutRecord","awsRegion":"us-east-1","requestParameters":{"streamName":"orders"}}]}"#,
            kind: nil),
        LookAlike(
            name: "SQS event",
            json:
                #"{"Records":[{"messageId":"059f36b4-87a3-44ab-83d2-661975830a7d","body":"x","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:us-east-1:111122223333:orders","awsRegion":"us-east-1"}]}"#,
            kind: nil),
        LookAlike(
            name: "SNS event",
            json: #"{"Records":[{"EventSource":"aws:sns","EventVersion":"1.0","Sns":{"Message":"x"}}]}"#, kind: nil),
        // An asynchronous invocation's destination record shares requestContext/responseContext with ours but has
        // requestPayload/responsePayload and no batch info.
        LookAlike(
            name: "async invocation destination record",
            json:
                #"{"version":"1.0","timestamp":"2024-01-02T00:00:00.000Z","requestContext":{"requestId":"3f0c9b6e-2d55-4f1a-9a55-0a1b2c3d4e5f","functionArn":"arn:aws:lambda:us-east-1:111122223333:function:f:$LATEST","condition":"RetriesExhausted","approximateInvokeCount":3},"requestPayload":{"orderId":1},"responseContext":{"statusCode":200,"executedVersion":"$LATEST","functionError":"Unhandled"},"responsePayload":{"errorMessage":"boom"}}"#,
            kind: nil),
        // An SQS function's partial batch response has our shape exactly: it is detected as one, and the
        // identifier rule says that a UUID is an SQS messageId.
        LookAlike(
            name: "SQS partial batch response",
            json: #"{"batchItemFailures":[{"itemIdentifier":"059f36b4-87a3-44ab-83d2-661975830a7d"}]}"#,
            kind: .batchItemFailures),
    ]

    @Test(arguments: lookAlikes)
    func lookAlikesAreTheirOwnCaseOrNotPayloads(_ lookAlike: LookAlike) throws {
        let document = try JSONDocument(parsing: lookAlike.json)
        #expect(PayloadKind.detect(in: document) == lookAlike.kind)
        #expect(PayloadKind.looksLikePayload(in: document, at: 0) == (lookAlike.kind != nil))
    }

    @Test func anSQSPartialBatchResponseIsNamedAsSuch() throws {
        let document = try JSONDocument(parsing: Self.lookAlikes[4].json)
        let diagnostics = ContractRules.check(document, at: 0, kind: .batchItemFailures, options: RuleOptions())
        #expect(diagnostics.map(\.rule) == ["response.item-identifier-format"])
        #expect(diagnostics.first?.message.contains("SQS messageId") == true)
    }

    @Test func lookAlikesInACaptureAreNeitherPayloadsNorErrors() throws {
        let validator = try ContractValidator()
        for lookAlike in Self.lookAlikes where lookAlike.kind == nil {
            let report = validator.validate(capture: Array(lookAlike.json.utf8), source: "capture.jsonl")
            #expect(report.summary.errors == 0, "\(lookAlike.name): \(report.documents.flatMap(\.diagnostics))")
            #expect(report.documents.isEmpty && report.unlistedOtherValues > 0, "\(lookAlike.name)")
        }
        // A misspelt source of ours is still reported, not passed as another service's JSON.
        let misspelt = #"{"Records":[{"eventSource":"aws:Kinesis","eventName":"aws:kinesis:record"}]}"#
        let report = validator.validate(capture: Array(misspelt.utf8), source: "capture.jsonl")
        #expect(report.summary.errors > 0)
    }
}
