import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Every KubeMQ `aws.kinesis` request example of seed 002 decodes into its typed request and re-encodes to
/// equal JSON.
@Suite struct KubeMQKinesisRequestSampleTests {
    typealias R = KubeMQKinesisRequest

    @Test func listStreamsExampleRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-list-streams.json")
        #expect(request == .listStreams(.init()))
    }

    @Test func listStreamConsumersExampleRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-list-stream-consumers.json")
        #expect(request == .listStreamConsumers(.init(streamARN: "arn::mystream")))
    }

    @Test func createStreamExampleRoundTripsWithShardCountAsAString() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-create-stream.json")
        #expect(request == .createStream(.init(streamName: "my_stream", shardCount: 1)))
        let object = try APIModelSamples.encodedObject(request)
        #expect(object["metadata"]?["shard_count"] == "1")
    }

    @Test func listShardsExampleRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-list-shards.json")
        #expect(request == .listShards(.init(streamName: "my_stream")))
    }

    @Test func getShardIteratorExampleRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-get-shard-iterator.json")
        let expected = R.GetShardIterator(streamName: "my_stream", shardIteratorType: .latest, shardID: "8619-AWE1")
        #expect(request == .getShardIterator(expected))
    }

    @Test func putRecordExampleRoundTripsAndItsDataIsJSON() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-put-record.json")
        guard case .putRecord(let put) = request else {
            Issue.record("expected put_record, found \(request.method)")
            return
        }
        #expect(put.streamName == "my_stream" && put.partitionKey == "0356")
        #expect(try put.dataText() == #"{"my_result":"ok"}"#)
    }

    /// The example appears twice in the seed, identically, under two "Put Records" headings.
    @Test func putRecordsExampleRoundTripsAndCarriesTwoMessages() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-put-records.json")
        guard case .putRecords(let put) = request else {
            Issue.record("expected put_records, found \(request.method)")
            return
        }
        let messages = try put.messages()
        #expect(messages.keys.sorted() == ["1", "2"])
        #expect(messages["1"] == Data(#"{"my_result":"ok"}"#.utf8))
        #expect(messages["2"] == Data(#"{"my_result2":"ok!"}"#.utf8))
        // Rebuilding from the messages writes the JSON map as Go does: the same base64, byte for byte.
        #expect(R.PutRecords(streamName: "my_stream", messages: messages).data == put.data)
    }

    /// The example under the seed's "Get Records" heading says `"method": "put_records"` and carries `limit`:
    /// it is a put_records request without data, and `limit` is kept as additional metadata.
    @Test func getRecordsSectionExampleIsAPutRecordsRequestWithLimitKept() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-get-records-section-example.json")
        #expect(request == .putRecords(.init(streamName: "my_stream", data: nil, additionalMetadata: ["limit": "1"])))
    }

    /// What the connector's source reads for get_records: `shard_iterator_id` and `limit`.
    @Test func getRecordsAsTheConnectorReadsItRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-get-records-connector.json")
        guard case .getRecords(let get) = request else {
            Issue.record("expected get_records, found \(request.method)")
            return
        }
        #expect(get.limit == 100)
        #expect(get.shardIteratorID?.hasPrefix("AAAAAAAAAAE") == true)
    }

    @Test func deleteStreamRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-delete-stream.json")
        #expect(request == .deleteStream(.init(streamName: "my_stream")))
    }

    @Test func unknownMetadataKeysRoundTrip() throws {
        let request = try APIModelSamples.expectRoundTrip(R.self, sample: "kubemq-put-record-extra-metadata.json")
        guard case .putRecord(let put) = request else {
            Issue.record("expected put_record, found \(request.method)")
            return
        }
        #expect(put.additionalMetadata == ["trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "shard_count": "3"])
        #expect(try put.dataText() == "hello world")
    }
}
