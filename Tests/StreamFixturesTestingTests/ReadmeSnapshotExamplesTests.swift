// The README's snapshot examples, verbatim, so they keep compiling and passing. Their snapshots are committed
// under __Snapshots__/ReadmeSnapshotExamplesTests/ and asserted with the default record mode.
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import Testing
import XCTest

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

final class OrderEventSnapshotXCTests: XCTestCase {
    func testKinesisBatchForSeed42() {
        let event = KinesisEvent.generate(KinesisOptions(count: 1, records: 2), seed: 42)[0]
        assertEventSnapshot(of: event, named: "batch")  // __Snapshots__/<TestFile>/testKinesisBatchForSeed42.batch.json
    }
}
