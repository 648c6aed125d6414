// From Sources/StreamFixturesTesting/Documentation.docc/GettingStarted.md, "XCTest".
import OrdersConsumer
import StreamContracts
import StreamEvents
import StreamFixtures
import XCTest

final class OrdersHandlerXCTests: XCTestCase {
    func testHandlerAnswersEveryBatch() throws {
        let validator = try ContractValidator()
        for sample in try Gen.kinesisEvent(records: 1...20).seededSamples(count: 100, seed: "orders") {
            let event = sample.value
            let findings = try validator.checkBatchResponse(OrdersHandler.handle(event), answering: event)
            XCTAssertTrue(findings.isEmpty, "seed \(sample.seed): \(findings.map(\.message))")
        }
    }
}
