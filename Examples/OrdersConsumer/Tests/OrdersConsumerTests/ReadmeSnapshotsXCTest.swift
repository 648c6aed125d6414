// From README.md, "Snapshot events in your tests" (XCTest).
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import XCTest

final class OrderEventSnapshotXCTests: XCTestCase {
    func testKinesisBatchForSeed42() {
        let event = KinesisEvent.generate(KinesisOptions(count: 1, records: 2), seed: 42)[0]
        assertEventSnapshot(of: event, named: "batch")  // __Snapshots__/<TestFile>/testKinesisBatchForSeed42.batch.json
    }
}
