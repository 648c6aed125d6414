import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Behaviour of the KubeMQ `aws.kinesis` request envelope.
@Suite struct KubeMQKinesisRequestTests {
    typealias R = KubeMQKinesisRequest

    static let everyMethod: [R] = [
        .listStreams(.init(additionalMetadata: ["x": "1"])),
        .listStreamConsumers(.init(streamARN: "arn:aws:kinesis:us-east-1:123456789012:stream/s")),
        .createStream(.init(streamName: "s", shardCount: 4)),
        .createStream(.init(streamName: "s")),
        .deleteStream(.init(streamName: "s")),
        .listShards(.init(streamName: "s", additionalMetadata: ["a": "", "z": "ü"])),
        .getShardIterator(.init(streamName: "s", shardIteratorType: .trimHorizon, shardID: "shardId-000000000000")),
        .putRecord(.init(streamName: "s", partitionKey: "p", bytes: Data([0, 1, 255]))),
        .putRecord(.init(streamName: "s", partitionKey: "p")),
        .putRecords(.init(streamName: "s", messages: ["<a&b>": Data("x".utf8), "\n\u{2028}": Data(), "é": Data([7])])),
        .putRecords(.init(streamName: "s")),
        .getRecords(.init(streamName: "s", shardIteratorID: "AAAA", limit: -1)),
        .getRecords(.init(streamName: "s")),
    ]

    @Test func handBuiltRequestsOfEveryMethodRoundTrip() throws {
        for request in Self.everyMethod {
            try APIModelSamples.expectValueRoundTrip(request)
        }
        #expect(Set(Self.everyMethod.map(\.method)) == Set(R.Method.allCases))
    }

    @Test func metadataIsWrittenAsStringsAndDataAsNullWhenAbsent() throws {
        let object = try APIModelSamples.encodedObject(R.getRecords(.init(streamName: "s", limit: 10)))
        #expect(object["metadata"] == ["method": "get_records", "stream_name": "s", "limit": "10"])
        #expect(object["data"] == .null)
        #expect(object.keys.sorted() == ["data", "metadata"])
    }

    @Test func putRecordsMessagesRoundTripThroughTheGoStyleMap() throws {
        let messages = ["<a&b>": Data("x".utf8), "\n\u{2028}\u{1}": Data(), "é": Data([7]), "\"\\": Data([1, 2])]
        let put = R.PutRecords(streamName: "s", messages: messages)
        #expect(try put.messages() == messages)
        let json = try KinesisAPIBase64Reader.text(put.data)
        #expect(json.hasPrefix(#"{"\n\u2028\u0001":"","\"\\":"AQI=","\u003ca\u0026b\u003e":"eA==","é":"Bw=="}"#))
    }

    @Test func unknownMethodIsADecodingErrorNamingItAndTheKnownOnes() throws {
        let json = #"{"metadata": {"method": "describe_stream", "stream_name": "s"}, "data": null}"#
        do {
            _ = try JSONDecoder().decode(R.self, from: Data(json.utf8))
            Issue.record("describe_stream was accepted")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["metadata", "method"])
            #expect(context.debugDescription.contains(#""describe_stream""#))
            for method in R.Method.allCases {
                #expect(context.debugDescription.contains(method.rawValue))
            }
        }
    }

    @Test func missingMethodIsAKeyNotFoundError() {
        let json = #"{"metadata": {"stream_name": "s"}, "data": null}"#
        #expect {
            try JSONDecoder().decode(R.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, let context) = error else { return false }
            return key.stringValue == "method" && context.debugDescription.contains(#""stream_name""#)
        }
    }

    @Test func missingRequiredMetadataNamesTheMethodAndTheKey() {
        let json = #"{"metadata": {"method": "get_shard_iterator", "stream_name": "s", "shard_id": "1"}}"#
        #expect {
            try JSONDecoder().decode(R.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, let context) = error else { return false }
            return key.stringValue == "shard_iterator_type"
                && context.debugDescription.contains("get_shard_iterator requires metadata \"shard_iterator_type\"")
        }
    }

    @Test(arguments: ["01", "+1", "1.0", "one", "", " 1", "99999999999999999999"])
    func integerMetadataMustBePlainDecimalText(text: String) {
        let json = #"{"metadata": {"method": "create_stream", "stream_name": "s", "shard_count": "\#(text)"}}"#
        #expect {
            try JSONDecoder().decode(R.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["metadata", "shard_count"]
                && context.debugDescription.contains("found \"\(text)\"")
        }
    }

    @Test func metadataValuesMustBeStrings() {
        let json = #"{"metadata": {"method": "create_stream", "stream_name": "s", "shard_count": 1}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(R.self, from: Data(json.utf8)) }
    }

    @Test func dataOnAMethodWithoutDataIsRejected() {
        let json = #"{"metadata": {"method": "list_streams"}, "data": "aGk="}"#
        #expect {
            try JSONDecoder().decode(R.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["data"]
                && context.debugDescription.contains("list_streams takes no data")
        }
    }

    @Test func absentDataDecodesAndIsWrittenAsNull() throws {
        let json = #"{"metadata": {"method": "list_streams"}}"#
        let request = try JSONDecoder().decode(R.self, from: Data(json.utf8))
        #expect(try APIModelSamples.encodedObject(request)["data"] == .null)
    }

    @Test func additionalMetadataThatRepeatsAWrittenKeyIsAnEncodingError() {
        let requests: [R] = [
            .listShards(.init(streamName: "s", additionalMetadata: ["stream_name": "t"])),
            .listStreams(.init(additionalMetadata: ["method": "put_record"])),
        ]
        for request in requests {
            #expect(throws: EncodingError.self) { try JSONEncoder().encode(request) }
        }
    }

    @Test func dataAccessorsSayWhatIsWrong() {
        #expect(throws: DecodingError.self) { try R.PutRecord(streamName: "s", partitionKey: "p").dataBytes() }
        #expect(throws: DecodingError.self) {
            try R.PutRecord(streamName: "s", partitionKey: "p", data: "aGVsbG8").dataText()
        }
        #expect(throws: DecodingError.self) { try R.PutRecords(streamName: "s").messages() }
        // base64 of `[1]`: valid base64, but not a JSON object of strings.
        #expect(throws: DecodingError.self) { try R.PutRecords(streamName: "s", data: "WzFd").messages() }
        // base64 of `{"k":"a"}`: the message "a" is not base64.
        do {
            _ = try R.PutRecords(streamName: "s", data: "eyJrIjoiYSJ9").messages()
            Issue.record("a message that is not base64 was accepted")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["data", "k"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

/// Test-only base64 text reader (Foundation's decoder is enough for known-good input).
enum KinesisAPIBase64Reader {
    struct NotBase64: Error {}

    static func text(_ base64: String?) throws -> String {
        guard let base64, let data = Data(base64Encoded: base64) else { throw NotBase64() }
        return String(decoding: data, as: UTF8.self)
    }
}
