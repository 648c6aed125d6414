import StreamContracts
import StreamFixtures

/// The events one capture holds: 1–5 generated Kinesis and DynamoDB events, all valid or with exactly one broken.
///
/// Every capture writer gets the same sets, so a failure names a writer and a seed and nothing else varies. The
/// events come from the fixture catalog (`stream-fixtures generate`), as canonical compact JSON.
struct CorpusEventSet: Sendable, CustomStringConvertible {
    /// The seed the whole set derives from.
    var seed: Seed
    /// The events' compact JSON, in capture order.
    var events: [[UInt8]]
    /// The kind of each event.
    var kinds: [PayloadKind]
    /// The broken event's position and how it was broken, when the set has one.
    var broken: (index: Int, contractBreak: ContractBreak)?

    /// How many seeds the property tests run per writer.
    static let seedCount = 25

    /// The corpus: for each of ``seedCount`` seeds, the valid set, then the same set with one event broken.
    static let corpus: Result<[CorpusEventSet], any Error> = Result {
        var sets: [CorpusEventSet] = []
        for index in 0..<seedCount {
            let valid = try CorpusEventSet(seed: Seed("capture-corpus").derived(index: index))
            sets += [valid, try valid.withOneBrokenEvent()]
        }
        return sets
    }

    /// Generates the valid set for `seed`.
    ///
    /// - Throws: What the fixture catalog throws (only for options out of range, a bug here).
    init(seed: Seed) throws {
        var random = SeededRandom(seed: seed)
        let count = random.int(in: 1...5)
        self.seed = seed
        events = []
        kinds = []
        for index in 0..<count {
            let kind: PayloadKind = random.bool() ? .kinesisEvent : .dynamodbEvent
            let recipe = FixtureRecipe(
                kind: kind, seed: seed.derived(index: index), count: 1, records: random.int(in: 1...3))
            events += try FixtureCatalog.generate(recipe)
            kinds.append(kind)
        }
    }

    /// The same events with one of them broken (which one, and how, follows from the seed).
    ///
    /// - Throws: `CorpusError` if no break applies to the chosen event (a bug in ``ContractBreak``).
    func withOneBrokenEvent() throws -> CorpusEventSet {
        var random = SeededRandom(seed: seed.derived(index: 1_000))
        let index = random.int(in: 0...(events.count - 1))
        let choices = ContractBreak.breaks(for: kinds[index])
        guard let contractBreak = random.element(of: choices), let broken = contractBreak.apply(to: events[index])
        else {
            throw CorpusError("no contract break applies to event \(index) (\(kinds[index].rawValue)) of seed \(seed)")
        }
        var copy = self
        copy.events[index] = broken
        copy.broken = (index, contractBreak)
        return copy
    }

    /// Events that must come out invalid.
    var invalidCount: Int { broken == nil ? 0 : 1 }

    var description: String {
        "seed \(seed), \(events.count) event(s)"
            + (broken.map { ", event \($0.index) broken by \($0.contractBreak.rawValue)" } ?? ", all valid")
    }
}

/// A bug in the corpus's own support code, reported as a test failure.
struct CorpusError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
