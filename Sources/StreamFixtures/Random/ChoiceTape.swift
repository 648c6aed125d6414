// The record of the random words one generator run drew, and the replay of an edited record.

import Foundation

/// The random words a generator run draws, in draw order: recorded from a seed, or replayed from an edited list.
///
/// Integrated shrinking (as in Hypothesis) works on this list rather than on values: the shrinker deletes and
/// lowers words and runs the generator again on the edited list, so every candidate is a value the generator
/// itself builds — with the simulators' invariants intact — and no type needs a shrinker of its own.
///
/// While a tape is ``current`` (see ``run(_:)``), every ``SeededRandom`` created — the generator's own stream and
/// the streams simulators seed from it — draws through the tape, one shared list in global draw order.
/// Recording does not change what is drawn: each stream still computes its xoshiro256** word and the tape only
/// writes it down. Replaying hands out the listed words; past the end it hands out ``simplestWord`` (the first
/// choice of every draw), and after ``padding`` of those, words from a fixed stream, so loops that draw until
/// something differs end.
final class ChoiceTape: @unchecked Sendable, Hashable {
    /// Recording a seeded run, or replaying a list.
    enum Mode {
        case record
        case replay
    }

    /// The word that makes every draw its first choice: 1, not 0, because ``SeededRandom/next(below:)`` rejects a
    /// zero word for most bounds (it lies in the biased zone) and draws again, while 1 maps to 0 for every bound.
    static let simplestWord: UInt64 = 1

    /// How many ``simplestWord``s a replay hands out past the end of its list before it falls back to a fixed stream.
    static let padding = 256

    /// The tape streams draw through while a run is under way; `nil` outside ``run(_:)``.
    @TaskLocal static var current: ChoiceTape?

    let mode: Mode
    private let lock = NSLock()
    private var words: [UInt64]
    private var position = 0
    private var fallback = SplitMix64(state: 0x5A5A_5A5A_5A5A_5A5A)

    /// A tape that records what a seeded run draws.
    init() {
        mode = .record
        words = []
    }

    /// A tape that replays `words`.
    init(replaying words: [UInt64]) {
        mode = .replay
        self.words = words
    }

    /// The words drawn so far (recording), or the words handed out so far, padding included (replaying).
    var drawn: [UInt64] {
        lock.lock()
        defer { lock.unlock() }
        return mode == .record ? words : Array(words.prefix(position)) + padded
    }

    private var padded: [UInt64] = []

    /// Writes down a word a stream computed (recording).
    func record(_ word: UInt64) {
        lock.lock()
        words.append(word)
        lock.unlock()
    }

    /// The next listed word, or padding past the end (replaying).
    func replay() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        if position < words.count {
            position += 1
            return words[position - 1]
        }
        let word = padded.count < Self.padding ? Self.simplestWord : fallback.next()
        padded.append(word)
        return word
    }

    /// Runs `body` with this tape as ``current``.
    func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        try Self.$current.withValue(self, operation: body)
    }

    static func == (lhs: ChoiceTape, rhs: ChoiceTape) -> Bool { lhs === rhs }

    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
