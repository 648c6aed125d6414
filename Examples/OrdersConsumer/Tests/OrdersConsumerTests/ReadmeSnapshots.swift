// From README.md, "Snapshot events in your tests" (Swift Testing).
// .testTarget(name: "OrdersConsumerTests", dependencies: [.product(name: "StreamFixturesTesting", package: "StreamFixtures")])
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import Testing

@Suite struct OrderEventSnapshotTests {
    @Test func kinesisBatchForSeed42() {
        let event = KinesisEvent.generate(KinesisOptions(count: 1, records: 2), seed: 42)[0]
        assertEventSnapshot(of: event)  // __Snapshots__/<TestFile>/kinesisBatchForSeed42.1.json
    }

    @Test(arguments: [StreamViewType.keysOnly, .newAndOldImages])
    func dynamoDBBatch(viewType: StreamViewType) throws {
        let event = try Gen.dynamoDBEvent(recordCount: 1...2, streamViewType: viewType).run(seed: 7)
        assertEventSnapshot(of: event, named: viewType.rawValue)  // name snapshots in parameterized tests
    }

    @Test func handlerResponse() {
        let response = """
            {"batchItemFailures": [{"itemIdentifier": "49590338271490256608559692538361571095921575989136588898"}]}
            """
        assertEventSnapshot(json: response, named: "response", contract: .kind(.batchItemFailures))
    }
}
