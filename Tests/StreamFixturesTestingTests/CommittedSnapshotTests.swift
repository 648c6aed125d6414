import StreamFixturesTesting
import Testing

/// Snapshots committed under `__Snapshots__/CommittedSnapshotTests/`: the default location, asserted with mode never.
@Suite struct CommittedSnapshotTests {
    @Test func generatedKinesisEventMatchesItsCommittedSnapshot() {
        assertEventSnapshot(of: SnapshotSamples.kinesisEvent, named: "kinesis", record: .never)
    }
}
