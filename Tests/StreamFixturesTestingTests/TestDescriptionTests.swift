import Foundation
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import StreamJSON
import Testing

/// Events and responses show in Swift Testing's log as one short line; generated samples add their seed.
@Suite struct TestDescriptionTests {
    static let kinesisEvent = #"""
        {"Records": [{
          "kinesis": {"kinesisSchemaVersion": "1.0", "partitionKey": "order-1",
            "sequenceNumber": "49647888802629322072519528340475047711767296381468803122",
            "data": "eyJvcmRlcklkIjoiby0xIn0=", "approximateArrivalTimestamp": 1704153600.123},
          "eventSource": "aws:kinesis", "eventVersion": "1.0",
          "eventID": "shardId-000000000003:49647888802629322072519528340475047711767296381468803122",
          "eventName": "aws:kinesis:record", "invokeIdentityArn": "arn:aws:iam::111122223333:role/orders-consumer",
          "awsRegion": "us-east-1", "eventSourceARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders"
        }]}
        """#

    static let dynamoDBEvent = #"""
        {"Records": [{
          "eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c", "eventName": "INSERT", "eventVersion": "1.1",
          "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
          "dynamodb": {"ApproximateCreationDateTime": 1704153600, "Keys": {"pk": {"S": "order#1"}},
            "NewImage": {"pk": {"S": "order#1"}}, "SequenceNumber": "700000000000000000001", "SizeBytes": 14,
            "StreamViewType": "NEW_AND_OLD_IMAGES"},
          "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
        }, {
          "eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5d", "eventName": "REMOVE", "eventVersion": "1.1",
          "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
          "dynamodb": {"ApproximateCreationDateTime": 1704153601, "Keys": {"pk": {"S": "order#1"}},
            "OldImage": {"pk": {"S": "order#1"}}, "SequenceNumber": "700000000000000000002", "SizeBytes": 14,
            "StreamViewType": "NEW_AND_OLD_IMAGES"},
          "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
        }]}
        """#

    @Test func aKinesisEventIsKindCountShardStreamAndSequenceNumbers() throws {
        let event = try JSONDecoder().decode(KinesisEvent.self, from: Data(Self.kinesisEvent.utf8))
        #expect(
            event.testDescription
                == "kinesis-event 1 record shardId-000000000003 stream orders 49647888…381468803122")
    }

    @Test func aDynamoDBEventIsKindCountTableAndSequenceNumbers() throws {
        let event = try JSONDecoder().decode(DynamoDBEvent.self, from: Data(Self.dynamoDBEvent.utf8))
        #expect(
            event.testDescription
                == "dynamodb-event 2 records table orders 700000000000000000001–700000000000000000002")
    }

    @Test func responsesCountTheirFailures() {
        let none = StreamsEventResponse(batchItemFailures: [])
        #expect(none.testDescription == "batch-item-failures no failures")
        let two = StreamsEventResponse(batchItemFailures: [
            BatchItemFailure(itemIdentifier: "49647888802629322072519528340475047711767296381468803122"),
            BatchItemFailure(itemIdentifier: "700000000000000000002"),
        ])
        #expect(two.testDescription == "batch-item-failures 2 failures 49647888…381468803122–700000000000000000002")
    }

    @Test func aSampleAddsTheSeedThatReplaysIt() throws {
        let sample = try Gen.kinesisEvent(records: 1...3).seededSamples(count: 1, seed: 42)[0]
        #expect(sample.testDescription == "\(sample.value.testDescription) (seed: \(sample.seed))")
        #expect(try Gen.kinesisEvent(records: 1...3).run(seed: sample.seed) == sample.value)
    }

    /// The Swift Testing run the issue asks for: 100 generated events as arguments, each shown as one short line.
    @Test(arguments: try Gen.kinesisEvent(records: 1...50).seededSamples(count: 100, seed: "log-lines"))
    func generatedEventsShowAsOneShortLine(sample: Sample<KinesisEvent>) throws {
        let line = sample.testDescription
        #expect(!line.contains("\n"))
        #expect(line.count <= 200, "\(line.count) characters: \(line)")
        #expect(line.hasPrefix("kinesis-event \(sample.value.records.count) record"))
        let json = try StreamJSONEncoderProbe.prettyJSON(sample.value)
        #expect(json.count > line.count, "the full JSON stays available")
    }
}

/// The full JSON of a value, the one call the descriptions point to.
enum StreamJSONEncoderProbe {
    static func prettyJSON(_ value: some Encodable) throws -> String {
        try StreamJSONEncoder(style: .pretty).encodeToString(value)
    }
}

/// The `.snapshots(record:)` trait sets the record mode of the assertions it scopes.
@Suite(.snapshots(record: .never))
struct SnapshotRecordTraitTests {
    @Test func theSuiteTraitSetsTheModeOfItsTests() {
        #expect(SnapshotRecordMode.scoped == .never)
        guard case .success(let mode) = SnapshotVerifier(environment: { _ in "all" }).recordMode(nil) else {
            Issue.record("no mode")
            return
        }
        #expect(mode == .never, "the trait wins over STREAMFIXTURES_RECORD")
    }

    @Test(.snapshots(record: .failed)) func aTestTraitWinsOverTheSuiteTrait() {
        #expect(SnapshotRecordMode.scoped == .failed)
    }

    @Test func anExplicitArgumentWinsOverTheTrait() {
        guard case .success(let mode) = SnapshotVerifier().recordMode(.all) else {
            Issue.record("no mode")
            return
        }
        #expect(mode == .all)
    }
}
