// From Sources/StreamFixturesTesting/Documentation.docc/FixturesAndSnapshots.md.
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import Testing

@Suite(.snapshots(record: .missing))
struct OrderFixtureSnapshotTests {
    @Test func kinesisBatch() {
        let event = KinesisEvent.generate(KinesisOptions(count: 1, records: 2), seed: 42)[0]
        assertEventSnapshot(of: event, named: "batch")
    }

    @Test func handlerResponse() {
        let response = StreamsEventResponse(failedItemIdentifiers: [])
        assertEventSnapshot(of: response, named: "empty", contract: .kind(.batchItemFailures))
    }
}
