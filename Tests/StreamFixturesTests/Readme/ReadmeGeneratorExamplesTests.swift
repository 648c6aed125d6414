// The README's "Generate events in tests" examples, verbatim, so they keep compiling and passing.
import StreamEvents
import StreamFixtures
import Testing
import XCTest

@Suite struct OrderConsumerTests {
    @Test(arguments: try Gen.kinesisEvent(records: 1...50).samples(count: 100, seed: 42))
    func everyRecordComesFromTheBatchShard(event: KinesisEvent) throws {
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

final class OrderConsumerXCTests: XCTestCase {
    func testSequenceNumbersKeepGrowingAcrossInvocations() throws {
        var stream = KinesisStreamSimulator(name: "orders", shardCount: 1, seed: 7)
        var last = ""
        for _ in 0..<20 {
            for record in stream.nextEvent(recordCount: 10).records {
                let number = record.kinesis.sequenceNumber
                XCTAssertTrue(number.count > last.count || (number.count == last.count && number > last))
                last = number
            }
        }
    }
}
