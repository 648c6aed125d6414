/// What one snapshot assertion found and did; the public assertions turn it into a test failure or a note.
///
/// Kept apart from the reporting so that tests can check every path precisely without failing.
package struct SnapshotOutcome: Sendable, Hashable {
    /// What happened.
    package enum Status: String, Sendable, Hashable {
        /// The snapshot file holds exactly the actual bytes.
        case matched
        /// There was no snapshot file; it was written (passes, with a note).
        case recorded
        /// The snapshot file was written by mode `all` or `failed` (fails: re-run to assert).
        case rerecorded
        /// The snapshot file differs from the actual bytes and was left alone.
        case mismatched
        /// There is no snapshot file and mode `never` forbids writing one.
        case missing
        /// The value breaks the contract, so nothing was written.
        case invalid
        /// The value could not be turned into JSON, the file could not be read or written, or the
        /// record mode in the environment is not one.
        case unusable
    }

    /// What happened.
    package var status: Status
    /// The snapshot file's path.
    package var path: String
    /// The failure message, or the note printed for a passing recording; empty for a match.
    package var message: String

    package init(status: Status, path: String, message: String) {
        self.status = status
        self.path = path
        self.message = message
    }

    /// Whether the assertion fails.
    package var isFailure: Bool {
        switch status {
        case .matched, .recorded: false
        case .rerecorded, .mismatched, .missing, .invalid, .unusable: true
        }
    }
}
