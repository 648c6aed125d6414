// The record of the random words one generator run drew, stream by stream, and the replay of an edited record.

import Foundation

/// The random words a generator run draws, one lane per random stream: recorded from a seed, or replayed from an
/// edited record.
///
/// Integrated shrinking (as in Hypothesis) works on this record rather than on values: the shrinker deletes and
/// lowers words and runs the generator again on the edited record, so every candidate is a value the generator
/// itself builds — with the simulators' invariants intact — and no type needs a shrinker of its own.
///
/// While a tape is ``current`` (see ``run(_:)``), every ``SeededRandom`` created draws through the tape. Each stream
/// has a lane of its own, named by the seed it was created from (and how many streams before it had that seed); the
/// first stream of a run, the generator's own, is lane 0 whatever its seed. Lanes are what keep an edit local: a
/// simulator that draws its item shape, each item and its operations from separate streams can lose an attribute
/// or an item without the operations after it reading different words, so a batch keeps its `REMOVE` while the
/// item it removes gets smaller.
///
/// Recording does not change what is drawn: each stream still computes its xoshiro256** word and the tape only
/// writes it down. Replaying hands out a lane's listed words; past the end of a lane (or for a lane the record does
/// not have, because an edited word seeded the stream differently) it hands out ``simplestWord`` (the first choice of
/// every draw), and after ``padding`` of those, words from a fixed stream, so loops that draw until something
/// differs end.
final class ChoiceTape: @unchecked Sendable, Hashable {
    /// Recording a seeded run, or replaying a record.
    enum Mode {
        case record
        case replay
    }

    /// What names a lane: the seed its stream was created from, and how many streams of the run had that seed before.
    struct LaneKey: Hashable {
        var seed: UInt64
        var occurrence: Int
        /// The key of lane 0, the generator's own stream (its seed differs between recording and replay).
        static let root = LaneKey(seed: 0, occurrence: -1)
    }

    /// The words one stream drew.
    struct Lane: Hashable {
        var key: LaneKey
        var words: [UInt64]
    }

    /// The word that makes every draw its first choice: 1, not 0, because ``SeededRandom/next(below:)`` rejects a
    /// zero word for most bounds (it lies in the biased zone) and draws again, while 1 maps to 0 for every bound.
    static let simplestWord: UInt64 = 1

    /// How many ``simplestWord``s a lane hands out past the end of its list before it falls back to a fixed stream.
    static let padding = 256

    /// The tape streams draw through while a run is under way; `nil` outside ``run(_:)``.
    @TaskLocal static var current: ChoiceTape?

    let mode: Mode
    private let lock = NSLock()
    /// The lanes opened so far in this run, in opening order.
    private var lanes: [Lane] = []
    /// Per opened lane: how many of its listed words were handed out (replay), and the padding after them.
    private var positions: [Int] = []
    private var padded: [[UInt64]] = []
    /// The record being replayed, by key.
    private let script: [LaneKey: [UInt64]]
    private var occurrences: [UInt64: Int] = [:]
    private var fallback = SplitMix64(state: 0x5A5A_5A5A_5A5A_5A5A)

    /// A tape that records what a seeded run draws.
    init() {
        mode = .record
        script = [:]
    }

    /// A tape that replays `lanes`.
    init(replaying lanes: [Lane]) {
        mode = .replay
        var script: [LaneKey: [UInt64]] = [:]
        for lane in lanes { script[lane.key] = lane.words }
        self.script = script
    }

    /// Opens the lane of a stream created from `seed`; returns its index, the handle the stream draws through.
    func openLane(seed: UInt64) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let key: LaneKey
        if lanes.isEmpty {
            key = .root
        } else {
            let occurrence = occurrences[seed, default: 0]
            occurrences[seed] = occurrence + 1
            key = LaneKey(seed: seed, occurrence: occurrence)
        }
        lanes.append(Lane(key: key, words: mode == .record ? [] : script[key] ?? []))
        positions.append(0)
        padded.append([])
        return lanes.count - 1
    }

    /// The words each lane drew (recording), or handed out (replaying); lanes in opening order.
    ///
    /// A lane's trailing ``simplestWord``s are left off (at most ``padding`` of them): replaying hands them out
    /// anyway, so they cost nothing, and a candidate that moves a record's choices to the end of a lane — where
    /// they become the simplest — really is shorter.
    var drawn: [Lane] {
        lock.lock()
        defer { lock.unlock() }
        return lanes.indices.map { index in
            var words = mode == .record ? lanes[index].words : Array(lanes[index].words.prefix(positions[index])) + padded[index]
            var trimmed = 0
            while trimmed < Self.padding, words.last == Self.simplestWord {
                words.removeLast()
                trimmed += 1
            }
            return Lane(key: lanes[index].key, words: words)
        }
    }

    /// Writes down a word a stream computed (recording).
    func record(_ word: UInt64, lane: Int) {
        lock.lock()
        lanes[lane].words.append(word)
        lock.unlock()
    }

    /// The lane's next listed word, or padding past its end (replaying).
    func replay(lane: Int) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        let position = positions[lane]
        if position < lanes[lane].words.count {
            positions[lane] = position + 1
            return lanes[lane].words[position]
        }
        let word = padded[lane].count < Self.padding ? Self.simplestWord : fallback.next()
        padded[lane].append(word)
        return word
    }

    /// Runs `body` with this tape as ``current``.
    func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        try Self.$current.withValue(self, operation: body)
    }

    static func == (lhs: ChoiceTape, rhs: ChoiceTape) -> Bool { lhs === rhs }

    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
