/// A delivery guarantee of an event source mapping that a simulated run broke.
///
/// ``EventSourceMappingOutcome/violations`` lists them; a run of a correct handler against a well-configured mapping
/// has none.
///
/// ```swift
/// let outcome = await simulator.run(handler)
/// #expect(outcome.violations.isEmpty, "\(outcome.violations)")
/// ```
public struct MappingViolation: Hashable, Sendable, CustomStringConvertible {
    /// Which guarantee was broken.
    public enum Rule: String, CaseIterable, Hashable, Sendable {
        /// A record was neither processed successfully nor sent to an on-failure destination: it was given up
        /// without a destination, or it expired from the stream while a batch kept failing.
        case recordLost = "mapping.record-lost"
        /// A record reached the handler for the first time before an earlier record of its shard (or, with a
        /// parallelization factor above 1, of its partition key) did.
        case orderBroken = "mapping.order-broken"
        /// A record was delivered again after a later record of its partition key had been processed successfully.
        case deliveredAfterLaterRecord = "mapping.delivered-after-later-record"
    }

    /// The guarantee that was broken.
    public var rule: Rule
    /// The shard of the record.
    public var shardID: String
    /// The record's sequence number.
    public var sequenceNumber: String
    /// What happened.
    public var message: String

    /// Creates a violation.
    ///
    /// - Parameters:
    ///   - rule: The guarantee that was broken.
    ///   - shardID: The shard of the record.
    ///   - sequenceNumber: The record's sequence number.
    ///   - message: What happened.
    public init(rule: Rule, shardID: String, sequenceNumber: String, message: String) {
        self.rule = rule
        self.shardID = shardID
        self.sequenceNumber = sequenceNumber
        self.message = message
    }

    /// `mapping.record-lost shardId-000000000000/4959…: <message>`.
    public var description: String { "\(rule.rawValue) \(shardID)/\(sequenceNumber): \(message)" }
}
