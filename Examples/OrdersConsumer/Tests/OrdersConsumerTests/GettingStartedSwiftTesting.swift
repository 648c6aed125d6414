// From Sources/StreamFixturesTesting/Documentation.docc/GettingStarted.md, "Swift Testing".
import OrdersConsumer
import StreamContracts
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import Testing

@Suite struct OrdersHandlerTests {
    @Test(arguments: try Gen.kinesisEvent(records: 1...20).seededSamples(count: 100, seed: "orders"))
    func handlerAnswersEveryBatch(sample: Sample<KinesisEvent>) throws {
        let validator = try ContractValidator()
        let event = sample.value
        #expect(try validator.checkBatchResponse(OrdersHandler.handle(event), answering: event).isEmpty)
    }
}
