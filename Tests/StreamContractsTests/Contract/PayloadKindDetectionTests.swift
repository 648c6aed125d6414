import StreamContracts
import StreamJSON
import Testing

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
}
