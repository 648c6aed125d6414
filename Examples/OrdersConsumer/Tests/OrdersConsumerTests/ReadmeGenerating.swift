// From README.md, "Generate events in tests" (Swift Testing).
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import Testing

@Suite struct OrderConsumerTests {
    @Test(arguments: try Gen.kinesisEvent(records: 1...50).seededSamples(count: 100, seed: 42))
    func everyRecordComesFromTheBatchShard(sample: Sample<KinesisEvent>) throws {
        let event = sample.value
        let shard = event.records.first?.eventID.split(separator: ":").first
        #expect(event.records.allSatisfy { $0.eventID.hasPrefix("\(shard ?? "")") })
    }

    @Test(arguments: try Gen.dynamoDBEvent(streamViewType: .newAndOldImages).samples(count: 50, seed: "orders"))
    func modifiesCarryBothImages(event: DynamoDBEvent) {
        for record in event.records where record.eventName == .modify {
            #expect(record.dynamodb.oldImage != nil && record.dynamodb.newImage != nil)
        }
    }
}
