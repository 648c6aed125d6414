import Foundation
import StreamEvents
import StreamJSON
import Testing

@Suite struct LambdaModelTests {
    @Test func onFailureRecordsRoundTrip() throws {
        var random = TestRandom(seed: 0x0F1)
        for iteration in 0..<100 {
            let record = random.onFailureRecord()
            #expect(try jsonRoundTrip(record) == record, "seed 0x0F1 iteration \(iteration)")
        }
    }

    @Test func responsesRoundTrip() throws {
        var random = TestRandom(seed: 0x0F2)
        for iteration in 0..<100 {
            let batch = StreamsEventResponse(batchItemFailures: random.batchItemFailures())
            #expect(try jsonRoundTrip(batch) == batch, "iteration \(iteration)")
            let window = TimeWindowEventResponse(
                state: random.bool() ? random.jsonValue() : nil,
                batchItemFailures: random.batchItemFailures())
            #expect(try jsonRoundTrip(window) == window, "iteration \(iteration)")
        }
        let windowBounds = TimeWindow(
            start: AWSTimestamp(form: .iso8601("2020-12-09T07:04:00Z")),
            end: AWSTimestamp(form: .iso8601("2020-12-09T07:06:00Z")))
        #expect(try jsonRoundTrip(windowBounds) == windowBounds)
    }

    @Test func batchKeysKeepTheirWireNames() throws {
        let kinesis = try JSONDecoder().decode(
            StreamOnFailureRecord.self, from: SampleFiles.data("contracts-A6-kinesis-on-failure-record"))
        #expect(kinesis.kinesisBatchInfo?.batchSize == 2)
        #expect(kinesis.requestContext.condition == .retryAttemptsExhausted)
        #expect(kinesis.responseContext?.functionError == "Unhandled")
        let dynamo = try JSONDecoder().decode(
            StreamOnFailureRecord.self, from: SampleFiles.data("variant-dynamodb-on-failure-record"))
        #expect(dynamo.dynamoDBBatchInfo?.batchSize == 4)
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(dynamo))
        #expect(json["DDBStreamBatchInfo"] != nil && json["KinesisBatchInfo"] == nil)
        let never = try JSONDecoder().decode(
            StreamOnFailureRecord.self,
            from: SampleFiles.data("variant-kinesis-on-failure-record-age-exceeded-never-invoked"))
        #expect(never.responseContext == OnFailureResponseContext())
        #expect(never.requestContext.condition == .recordAgeExceeded)
    }

    @Test func s3RecordsCarryTheInvocationEventOfTheirSourceAndAgedOutRecordsNoResponseContext() throws {
        let kinesis = try JSONDecoder().decode(
            StreamOnFailureRecord.self, from: SampleFiles.data("variant-kinesis-on-failure-record-s3-payload"))
        guard case .kinesis(let event) = kinesis.payload else {
            Issue.record("expected a Kinesis payload, found \(String(describing: kinesis.payload))")
            return
        }
        #expect(event.records.count == kinesis.kinesisBatchInfo?.batchSize)
        let dynamo = try JSONDecoder().decode(
            StreamOnFailureRecord.self, from: SampleFiles.data("variant-dynamodb-on-failure-record-s3-age-exceeded"))
        guard case .dynamoDB(let changes) = dynamo.payload else {
            Issue.record("expected a DynamoDB payload, found \(String(describing: dynamo.payload))")
            return
        }
        #expect(changes.records.first?.dynamodb.sequenceNumber == dynamo.dynamoDBBatchInfo?.startSequenceNumber)
        #expect(dynamo.responseContext == nil)
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(dynamo))
        #expect(json["responseContext"] == nil && json["payload"]?["Records"] != nil)
    }

    @Test func partialBatchResponseWritesItemIdentifiers() throws {
        let response = StreamsEventResponse(failedItemIdentifiers: ["111", "222"])
        #expect(
            try sortedJSON(response)
                == #"{"batchItemFailures":[{"itemIdentifier":"111"},{"itemIdentifier":"222"}]}"#)
        #expect(try sortedJSON(StreamsEventResponse.success) == #"{"batchItemFailures":[]}"#)
    }

    @Test func nullItemIdentifierMeansWholeBatchFailedAndRoundTrips() throws {
        let json = #"{"batchItemFailures":[{"itemIdentifier":null}]}"#
        let response = try JSONDecoder().decode(StreamsEventResponse.self, from: Data(json.utf8))
        #expect(response.batchItemFailures == [BatchItemFailure(itemIdentifier: nil)])
        #expect(try sortedJSON(response) == json)
    }

    @Test func tumblingResponseStateKeepsNumbersAndNull() throws {
        let response = try JSONDecoder().decode(
            TimeWindowEventResponse.self, from: SampleFiles.data("contracts-A4-tumbling-window-response"))
        #expect(response.state == ["1": 282])
        #expect(response.batchItemFailures == [])
        let nullState = try JSONDecoder().decode(TimeWindowEventResponse.self, from: Data(#"{"state":null}"#.utf8))
        #expect(nullState.state == .null)
        #expect(try sortedJSON(nullState) == #"{"state":null}"#)
    }
}
