public import StreamEvents

/// What an ``EventSourceMappingSimulator`` run produced: every invocation with the handler's answer, the records sent
/// to the on-failure destination, and the delivery guarantees that were broken.
///
/// ```swift
/// let outcome = await simulator.run(handler)
/// #expect(outcome.violations.isEmpty)
/// #expect(outcome.onFailureRecords.isEmpty)
/// assertEventSnapshot(of: outcome.invocations)   // the invocation log, canonical JSON
/// ```
public struct EventSourceMappingOutcome<Event: Encodable & Sendable>: Sendable {
    /// Every invocation, in the order of the simulated clock.
    public var invocations: [MappingInvocation<Event>]
    /// The records Lambda wrote to the on-failure destination for the batches it gave up, in order; empty when the
    /// mapping has no destination.
    public var onFailureRecords: [StreamOnFailureRecord]
    /// The broken delivery guarantees, in the order they were found.
    public var violations: [MappingViolation]
    /// How many records the run started with.
    public var recordCount: Int
    /// How many of them the handler processed successfully (each counted once).
    public var processedRecordCount: Int
    /// How many of them were given up (retries exhausted or too old), with or without a destination.
    public var discardedRecordCount: Int
    /// How many of them the filter criteria dropped before batching (never sent; they count as processed).
    public var filteredRecordCount: Int
    /// The simulated time when the last invocation ended.
    public var finishedAt: SimulatedClock

    init(
        invocations: [MappingInvocation<Event>], onFailureRecords: [StreamOnFailureRecord],
        violations: [MappingViolation], recordCount: Int, processedRecordCount: Int, discardedRecordCount: Int,
        filteredRecordCount: Int, finishedAt: SimulatedClock
    ) {
        self.invocations = invocations
        self.onFailureRecords = onFailureRecords
        self.violations = violations
        self.recordCount = recordCount
        self.processedRecordCount = processedRecordCount
        self.discardedRecordCount = discardedRecordCount
        self.filteredRecordCount = filteredRecordCount
        self.finishedAt = finishedAt
    }

    /// The events in the order they were sent.
    public var events: [Event] { invocations.map(\.event) }
}
