import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Behaviour of the Kinesis API models on hand-built values.
@Suite struct KinesisAPIModelTests {
    typealias K = KinesisAPI

    @Test func handBuiltValuesOfEveryModelRoundTrip() throws {
        for (_, value) in KinesisAPIFixtures.all {
            try APIModelSamples.expectValueRoundTrip(value)
        }
    }

    @Test func everyBotocoreMemberIsModelled() throws {
        for case (let shape?, let value) in KinesisAPIFixtures.all {
            let encoded = Set(try APIModelSamples.encodedObject(value).keys)
            let members = try APIModelSamples.botocoreMembers("kinesis", shape)
            #expect(!members.isEmpty, "botocore has no shape \(shape)")
            #expect(encoded == members, "\(shape): model writes \(encoded.sorted()), botocore has \(members.sorted())")
        }
    }

    @Test func everyBotocoreEnumValueHasAConstant() throws {
        let cases: [(shape: String, constants: [String])] = [
            ("EncryptionType", [K.EncryptionType.unencrypted, .kms].map(\.rawValue)),
            ("ConsumerStatus", [K.ConsumerStatus.creating, .deleting, .active].map(\.rawValue)),
            (
                "ShardIteratorType",
                [
                    K.ShardIteratorType.atSequenceNumber, .afterSequenceNumber, .trimHorizon,
                    .latest, .atTimestamp,
                ].map(\.rawValue)
            ),
            ("StreamStatus", [K.StreamStatus.creating, .deleting, .active, .updating].map(\.rawValue)),
            ("StreamMode", [K.StreamMode.provisioned, .onDemand].map(\.rawValue)),
            (
                "MetricsName",
                [
                    K.MetricsName.incomingBytes, .incomingRecords, .outgoingBytes, .outgoingRecords,
                    .writeProvisionedThroughputExceeded, .readProvisionedThroughputExceeded, .iteratorAgeMilliseconds,
                    .all,
                ].map(\.rawValue)
            ),
            (
                "ShardFilterType",
                [
                    K.ShardFilterType.afterShardID, .atTrimHorizon, .fromTrimHorizon, .atLatest,
                    .atTimestamp, .fromTimestamp,
                ].map(\.rawValue)
            ),
        ]
        for (shape, constants) in cases {
            #expect(constants == (try APIModelSamples.botocoreEnum("kinesis", shape)), "\(shape)")
        }
    }

    @Test func missingRequiredMembersAreDecodingErrors() {
        let noData = #"{"SequenceNumber": "1", "PartitionKey": "k"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(K.Record.self, from: Data(noData.utf8)) }
        let noMillis = #"{"Records": [], "ContinuationSequenceNumber": "1"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(K.SubscribeToShardEvent.self, from: Data(noMillis.utf8))
        }
    }

    @Test func absentOptionalMembersAreNotEncoded() throws {
        let record = K.Record(sequenceNumber: "1", data: "", partitionKey: "k")
        #expect(try APIModelSamples.encodedObject(record).keys.sorted() == ["Data", "PartitionKey", "SequenceNumber"])
    }

    @Test func keyIDKeepsAbsentNullAndValueApart() throws {
        for keyID: Nullable<String>? in [nil, .null, .value("alias/aws/kinesis")] {
            var description = KinesisAPIFixtures.description
            description.keyID = keyID
            let decoded = try JSONDecoder().decode(K.StreamDescription.self, from: JSONEncoder().encode(description))
            #expect(decoded.keyID == keyID)
        }
    }

    @Test func recordDataReadsAsBytesAndText() throws {
        let record = K.Record(sequenceNumber: "1", data: "aGVsbG8gd29ybGQ=", partitionKey: "1")
        #expect(try record.dataBytes() == Data("hello world".utf8))
        #expect(try record.dataText() == "hello world")
        let binary = K.Record(sequenceNumber: "1", data: "/w==", partitionKey: "1")
        #expect(try binary.dataBytes() == Data([0xFF]))
    }

    @Test(arguments: [
        ("====", "offset 0: padding '=' may only appear as the last one or two characters"),
        ("aGVsbG8gd29ybGQ", "length 15 is not a multiple of 4"),
        ("aGVsbG8gd29ybGR=", "offset 14: the character before the padding has non-zero unused bits"),
        ("aGVs bG8=", "offset 4: byte 0x20 is not in the base64 alphabet"),
        ("aGV*", "offset 3: '*' is not in the base64 alphabet"),
        ("aG==aGVs", "offset 2: padding '=' may only appear as the last one or two characters"),
        ("aGVsbG8-", "offset 7: '-' is not in the base64 alphabet"),
    ])
    func nonCanonicalBase64IsADecodingErrorThatSaysWhy(text: String, reason: String) throws {
        let record = K.Record(sequenceNumber: "1", data: text, partitionKey: "1")
        do {
            _ = try record.dataBytes()
            Issue.record("\(text) was accepted")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["Data"])
            #expect(context.debugDescription.contains(reason), "\(context.debugDescription)")
        }
    }

    @Test func dataTextRejectsBytesThatAreNotUTF8() {
        let entry = K.PutRecordsRequestEntry(data: "/w==", partitionKey: "p")
        #expect(throws: DecodingError.self) { try entry.dataText() }
        let input = K.PutRecordInput(data: "wyg=", partitionKey: "p")
        #expect(throws: DecodingError.self) { try input.dataText() }
    }

    @Test func unknownOpenSetValuesRoundTrip() throws {
        let json = #"{"Type": "AT_SNAPSHOT", "Timestamp": 1704153600}"#
        let position = try JSONDecoder().decode(K.StartingPosition.self, from: Data(json.utf8))
        #expect(position.type.rawValue == "AT_SNAPSHOT")
        try APIModelSamples.expectValueRoundTrip(position)
    }

    @Test func hugeMillisBehindLatestIsKept() throws {
        let json = #"{"Records": [], "ContinuationSequenceNumber": "1", "MillisBehindLatest": 86400000000}"#
        let event = try JSONDecoder().decode(K.SubscribeToShardEvent.self, from: Data(json.utf8))
        #expect(event.millisBehindLatest == 86_400_000_000)
    }
}
