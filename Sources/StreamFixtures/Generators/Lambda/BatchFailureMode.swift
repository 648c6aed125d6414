/// Which records of a batch a generated function response reports as failed.
///
/// A function with `ReportBatchItemFailures` returns the sequence numbers of the records it could not process. The
/// three outcomes exercise different paths in Lambda: nothing failed (Lambda checkpoints the whole batch), some records
/// failed (Lambda retries from the lowest one), every record failed.
///
/// ```swift
/// let response = Gen<StreamsEventResponse>.batchItemFailures(for: event, failures: .some).run(seed: 7)
/// ```
public enum BatchFailureMode: String, CaseIterable, Codable, Hashable, Sendable {
    /// No record failed: `{"batchItemFailures": []}`.
    case none
    /// A non-empty proper subset of the records failed (all of them when the batch has one record), in batch order.
    case some
    /// Every record failed.
    case all
    /// One of the three, drawn per response: none 40%, some 45%, all 15%.
    case random

    /// The indexes, in batch order, of the records that fail in a batch of `count` records.
    func failingIndexes(count: Int, using random: inout SeededRandom) -> [Int] {
        guard count > 0 else { return [] }
        var mode = self
        if mode == .random {
            let roll = random.next(below: 100)
            mode = roll < 40 ? .none : roll < 85 ? .some : .all
        }
        switch mode {
        case .none, .random:
            return []
        case .all:
            return Array(0..<count)
        case .some:
            guard count > 1 else { return [0] }
            if random.bool(probability: 0.5) {
                // A handler that stops at the first failure reports that record and everything after it.
                return Array(random.int(in: 1...(count - 1))..<count)
            }
            let failing = random.int(in: 1...(count - 1))
            return random.shuffled(0..<count).prefix(failing).sorted()
        }
    }
}
