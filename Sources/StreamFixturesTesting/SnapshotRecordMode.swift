import Foundation

/// When an event snapshot assertion writes its snapshot file instead of only comparing against it.
///
/// The default is `missing`: a new test records its snapshot on the first run and asserts from then
/// on. CI should run with `never` (`STREAMFIXTURES_RECORD=never`) so that a snapshot nobody committed
/// fails the build instead of being recorded on the CI machine and thrown away.
///
/// | mode | no snapshot file | snapshot matches | snapshot differs |
/// |---|---|---|---|
/// | `never` | fails | passes | fails with a diff |
/// | `missing` | records, passes, prints a note | passes | fails with a diff |
/// | `failed` | records, passes, prints a note | passes | re-records, fails with the diff |
/// | `all` | records, fails | re-records, fails | re-records, fails with the diff |
///
/// `all` and `failed` fail whenever they write over a snapshot, so neither can stay switched on unnoticed.
/// Every write is checked against the contract first (see `SnapshotContract`).
///
/// The mode comes from the assertion's `record:` argument when given, else from the `.snapshots(record:)` trait of
/// the running Swift Testing suite or test, else from the `STREAMFIXTURES_RECORD` environment variable, else it is
/// `missing`.
///
/// ```swift
/// assertEventSnapshot(of: event, named: "batch", record: .failed)   // this call only
/// // STREAMFIXTURES_RECORD=never swift test                          // the whole run
/// ```
public enum SnapshotRecordMode: String, Sendable, Hashable, CaseIterable {
    /// Record every snapshot, even those that match, and fail so the run is repeated without recording.
    case all
    /// Record snapshots that do not exist yet; compare the others (the default).
    case missing
    /// Record snapshots that do not exist or do not match, failing for each one re-recorded.
    case failed
    /// Never write: a missing snapshot fails like a mismatch. For CI.
    case never

    /// The environment variable that sets the mode for a whole test run: `all`, `missing`, `failed` or `never`.
    public static let environmentVariable = "STREAMFIXTURES_RECORD"

    /// The mode the `.snapshots(record:)` trait sets for the suite or test running in this task, if any.
    @TaskLocal package static var scoped: SnapshotRecordMode?

    /// The mode a value of `STREAMFIXTURES_RECORD` names, ignoring case and surrounding whitespace;
    /// `nil` when it names none.
    package init?(environmentValue: String) {
        let text = environmentValue.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let mode = SnapshotRecordMode(rawValue: text) else { return nil }
        self = mode
    }
}
