public import StreamContracts

/// Which contract a snapshot must satisfy before it is written.
///
/// A snapshot is a fixture other tests trust, so recording one that AWS would never send (a
/// sequence number that does not match its eventID, an image its StreamViewType forbids…) fails
/// and writes nothing; the failure lists the contract's diagnostics. Only errors block a recording;
/// warnings are printed with the recording note. Comparing against an existing snapshot does not validate.
///
/// ```swift
/// assertEventSnapshot(of: event)                                          // .detected
/// assertEventSnapshot(of: response, contract: .kind(.batchItemFailures))  // forced kind
/// assertEventSnapshot(of: brokenEvent, contract: .unchecked)              // a deliberately invalid fixture
/// ```
public enum SnapshotContract: Sendable, Hashable {
    /// Validate when the payload's kind can be detected from its members (Kinesis and DynamoDB events,
    /// batch responses, on-failure records…); values of any other shape, such as your own types, are
    /// recorded without validation.
    case detected
    /// Validate as this kind, whatever the payload looks like.
    case kind(PayloadKind)
    /// Do not validate: for snapshots of deliberately broken events.
    case unchecked
}
