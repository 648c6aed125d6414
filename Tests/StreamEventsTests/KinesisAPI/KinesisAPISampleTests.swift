import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Every Kinesis API sample decodes and re-encodes to equal JSON.
///
/// The `-boto3` samples are the request and response syntax of the enhanced fan-out seed document
/// (seed 004, boto3 docs) written as JSON: `datetime(2015, 1, 1)` became the epoch number `1420070400`,
/// `b'bytes'` became its base64 text `"Ynl0ZXM="`, an enum alternative `'A'|'B'` became its first value,
/// and keyword arguments of the request syntax became members.
@Suite struct KinesisAPISampleTests {
    typealias K = KinesisAPI

    // MARK: seed 004 responses

    @Test func listStreamConsumersOutputOfSeed004RoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.ListStreamConsumersOutput.self, sample: "kinesis-api-list-stream-consumers-output-boto3.json")
        #expect(output.consumers?.first?.consumerStatus == .creating)
        #expect(output.consumers?.first?.consumerCreationTimestamp.date()?.timeIntervalSince1970 == 1_420_070_400)
        #expect(output.nextToken == "string")
    }

    @Test func describeStreamConsumerOutputOfSeed004RoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.DescribeStreamConsumerOutput.self, sample: "kinesis-api-describe-stream-consumer-output-boto3.json")
        #expect(output.consumerDescription.streamARN == "string")
    }

    @Test func subscribeToShardOutputOfSeed004RoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.SubscribeToShardOutput.self, sample: "kinesis-api-subscribe-to-shard-output-boto3.json")
        let event = try #require(output.eventStream.subscribeToShardEvent)
        #expect(event.millisBehindLatest == 123)
        #expect(try event.records.first?.dataText() == "bytes")
        #expect(event.records.first?.encryptionType == .unencrypted)
        #expect(output.eventStream.kmsOptInRequired?.message == "string")
        #expect(output.eventStream.internalFailureException?.message == "string")
    }

    @Test func registerStreamConsumerOutputOfSeed004RoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.RegisterStreamConsumerOutput.self, sample: "kinesis-api-register-stream-consumer-output-boto3.json")
        #expect(output.consumer.consumerName == "string")
    }

    @Test func describeStreamSummaryOutputOfSeed004RoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.DescribeStreamSummaryOutput.self, sample: "kinesis-api-describe-stream-summary-output-boto3.json")
        let summary = output.streamDescriptionSummary
        #expect(summary.consumerCount == 123)
        #expect(summary.enhancedMonitoring.first?.shardLevelMetrics == [.incomingBytes])
        #expect(summary.keyID == .value("string"))
    }

    // MARK: seed 004 requests

    @Test func listStreamConsumersInputOfSeed004RoundTrips() throws {
        let input = try APIModelSamples.expectRoundTrip(
            K.ListStreamConsumersInput.self, sample: "kinesis-api-list-stream-consumers-input-boto3.json")
        #expect(input.maxResults == 123)
    }

    @Test func deregisterStreamConsumerInputOfSeed004RoundTrips() throws {
        try APIModelSamples.expectRoundTrip(
            K.DeregisterStreamConsumerInput.self, sample: "kinesis-api-deregister-stream-consumer-input-boto3.json")
    }

    @Test func describeStreamConsumerInputOfSeed004RoundTrips() throws {
        try APIModelSamples.expectRoundTrip(
            K.DescribeStreamConsumerInput.self, sample: "kinesis-api-describe-stream-consumer-input-boto3.json")
    }

    @Test func subscribeToShardInputOfSeed004RoundTrips() throws {
        let input = try APIModelSamples.expectRoundTrip(
            K.SubscribeToShardInput.self, sample: "kinesis-api-subscribe-to-shard-input-boto3.json")
        #expect(input.startingPosition.type == .atSequenceNumber)
    }

    @Test func registerStreamConsumerInputOfSeed004RoundTrips() throws {
        try APIModelSamples.expectRoundTrip(
            K.RegisterStreamConsumerInput.self, sample: "kinesis-api-register-stream-consumer-input-boto3.json")
    }

    @Test func deleteStreamInputOfSeed004RoundTrips() throws {
        let input = try APIModelSamples.expectRoundTrip(
            K.DeleteStreamInput.self, sample: "kinesis-api-delete-stream-input-boto3.json")
        #expect(input.enforceConsumerDeletion == true)
    }

    @Test func describeStreamSummaryInputOfSeed004RoundTrips() throws {
        try APIModelSamples.expectRoundTrip(
            K.DescribeStreamSummaryInput.self, sample: "kinesis-api-describe-stream-summary-input-boto3.json")
    }

    // MARK: AWS CLI style outputs and inputs

    @Test func cliExampleRegisterStreamConsumerOutputRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.RegisterStreamConsumerOutput.self, sample: "kinesis-api-register-stream-consumer-output-cliex.json")
        #expect(output.consumer.consumerARN.hasSuffix("/consumer/KinesisConsumerApplication:1572383852"))
    }

    @Test func cliV2RegisterStreamConsumerOutputKeepsIsoTimestamp() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.RegisterStreamConsumerOutput.self, sample: "kinesis-api-register-stream-consumer-output-cli-v2.json")
        #expect(output.consumer.consumerCreationTimestamp.form == .iso8601("2024-01-02T00:00:00+00:00"))
        #expect(output.consumer.consumerCreationTimestamp.date()?.timeIntervalSince1970 == 1_704_153_600)
    }

    @Test func cliExamplePutRecordsOutputWithZeroFailuresRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.PutRecordsOutput.self, sample: "kinesis-api-put-records-output-cliex.json")
        #expect(output.failedRecordCount == 0)
        #expect(output.records.count == 3)
    }

    @Test func putRecordsOutputWithFailedEntriesRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.PutRecordsOutput.self, sample: "kinesis-api-put-records-output-with-failures.json")
        #expect(output.failedRecordCount == 1)
        #expect(output.records.map(\.errorCode) == [nil, .provisionedThroughputExceededException, .internalFailure])
        #expect(output.records[1].shardID == nil)
    }

    @Test func putRecordsInputRoundTrips() throws {
        let input = try APIModelSamples.expectRoundTrip(
            K.PutRecordsInput.self, sample: "kinesis-api-put-records-input.json")
        #expect(try input.records[0].dataText() == #"{"order":1}"#)
        #expect(try input.records[1].dataBytes().isEmpty)
    }

    /// Seed 000's `aws kinesis put-record --stream-name my-stream --partition-key 1 --data "hello world"`.
    @Test func putRecordInputOfSeed000RoundTrips() throws {
        let input = try APIModelSamples.expectRoundTrip(
            K.PutRecordInput.self, sample: "kinesis-api-put-record-input-seed000.json")
        #expect(try input.dataText() == "hello world")
    }

    /// The shard and sequence number of the record seed 000's event shows.
    @Test func putRecordOutputOfSeed000RoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.PutRecordOutput.self, sample: "kinesis-api-put-record-output-seed000.json")
        #expect(output.sequenceNumber == "49593016666855735301798073856083438124424404568371101698")
    }

    @Test func getRecordsOutputRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.GetRecordsOutput.self, sample: "kinesis-api-get-records-output.json")
        #expect(try output.records.map { try $0.dataText() } == ["hello world", #"{"my_result":"ok"}"#])
        let arrival = try #require(JSONNumber("1550289189.474"))
        #expect(output.records[0].approximateArrivalTimestamp?.form == .number(arrival))
        #expect(output.nextShardIterator != nil)
    }

    @Test func getRecordsOutputOfClosedShardRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.GetRecordsOutput.self, sample: "kinesis-api-get-records-output-closed-shard.json")
        #expect(output.nextShardIterator == nil)
        #expect(output.childShards?.first?.parentShards.count == 2)
    }

    @Test func subscribeToShardEventWithChildShardsRoundTrips() throws {
        let event = try APIModelSamples.expectRoundTrip(
            K.SubscribeToShardEvent.self, sample: "kinesis-api-subscribe-to-shard-event-child-shards.json")
        #expect(event.records.isEmpty)
        #expect(event.childShards?.map(\.shardID) == ["shardId-000000000005", "shardId-000000000006"])
    }

    @Test func cliV2DescribeStreamSummaryWithCurrentMembersRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.DescribeStreamSummaryOutput.self, sample: "kinesis-api-describe-stream-summary-output-cli-v2.json")
        let summary = output.streamDescriptionSummary
        #expect(summary.streamModeDetails?.streamMode == .onDemand)
        #expect(summary.warmThroughput?.currentMiBps == 4)
        #expect(summary.maxRecordSizeInKiB == 1024)
        #expect(summary.streamCreationTimestamp.form == .iso8601("2024-01-02T00:00:00+00:00"))
    }

    /// A three-shard stream: the hash ranges are the even split of EventContract §D.1; `"KeyId": null` as
    /// the AWS CLI prints it for an unencrypted stream.
    @Test func cliExampleDescribeStreamOutputRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.DescribeStreamOutput.self, sample: "kinesis-api-describe-stream-output-cliex.json")
        let description = output.streamDescription
        #expect(description.keyID == .null)
        #expect(description.shards.last?.hashKeyRange.endingHashKey == "340282366920938463463374607431768211455")
        #expect(description.shards.allSatisfy { $0.sequenceNumberRange.endingSequenceNumber == nil })
    }

    @Test func listShardsOutputWithParentsRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.ListShardsOutput.self, sample: "kinesis-api-list-shards-output.json")
        #expect(output.shards?.last?.adjacentParentShardID == "shardId-000000000003")
    }

    @Test func getShardIteratorOutputRoundTrips() throws {
        let output = try APIModelSamples.expectRoundTrip(
            K.GetShardIteratorOutput.self, sample: "kinesis-api-get-shard-iterator-output.json")
        #expect(output.shardIterator?.hasPrefix("AAAAAAAAAAE") == true)
    }
}
