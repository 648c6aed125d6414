// From README.md, "Generate events in tests" (XCTest).
import StreamEvents
import StreamFixtures
import XCTest

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
