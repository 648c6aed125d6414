// Integrated shrinking: edit the recorded random words, replay the generator, keep smaller failures.

import Foundation

/// Shrinks a failing value by shrinking the random words its generator drew (see ``ChoiceTape``).
///
/// A candidate is the generator replayed on an edited record; it replaces the current failure when the property
/// still fails on it and the words it actually drew are *simpler*: fewer in all, or as many and smaller at the first
/// difference (lanes in opening order). That order is well founded, so shrinking ends; and since generators map a
/// smaller word to an earlier choice (a shorter length, a lower number, the first listed option), simpler words make
/// simpler values.
///
/// The passes run lane by lane (the generator's own stream first, then the streams it seeded, in the order they
/// opened), in event order, repeated until a whole round changes nothing or the budget is spent:
/// 1. cut the tail and delete blocks of words — fewer records, elements and attributes;
/// 2. set blocks, then single words, to ``ChoiceTape/simplestWord`` — shorter strings, first options, the lower
///    end of every range;
/// 3. lower the words that must stay larger by binary search over their top bits — the smallest numbers that
///    still fail.
/// Environments are drawn first and their simplest choices (one shard, `aws`, `us-east-1`) are the simplest
/// words, so they fall out of pass 2 once the records are minimal.
struct ChoiceShrinker<Value> {
    typealias Lane = ChoiceTape.Lane

    /// A failing value, the words that make it, and what the property said.
    struct Failure {
        var lanes: [Lane]
        var value: Value
        var error: any Error
    }

    let generator: Gen<Value>
    let budget: ShrinkBudget
    /// Runs the property: the error it threw, or `nil` when it held.
    let property: (Value) -> (any Error)?

    private(set) var current: Failure
    /// Candidates that replaced the current failure.
    private(set) var improvements = 0
    /// Candidates tried.
    private(set) var attempts = 0
    private var deadline: ContinuousClock.Instant

    /// Records the run of `generator` from `seed`; `nil` when the property holds for it.
    init?(generator: Gen<Value>, seed: Seed, budget: ShrinkBudget, property: @escaping (Value) -> (any Error)?) {
        let tape = ChoiceTape()
        let value = tape.run { generator.run(seed: seed) }
        guard let error = property(value) else { return nil }
        self.generator = generator
        self.budget = budget
        self.property = property
        current = Failure(lanes: tape.drawn, value: value, error: error)
        deadline = .now
    }

    /// Shrinks until no pass helps or the budget is spent.
    mutating func shrink() {
        deadline = ContinuousClock.now.advanced(by: .nanoseconds(Int64(min(budget.seconds, 1e9) * 1e9)))
        var improved = true
        while improved, !spent {
            let before = improvements
            forEachLane { $0.cutTail(lane: $1) }
            forEachLane { $0.deleteBlocks(lane: $1) }
            forEachLane { $0.simplifyBlocks(lane: $1) }
            forEachLane { $0.lowerWords(lane: $1) }
            improved = improvements > before
        }
    }

    private var spent: Bool { attempts >= budget.steps || ContinuousClock.now >= deadline }

    /// Runs `pass` on every lane of the current failure, in opening order (lanes come and go as it shrinks).
    private mutating func forEachLane(_ pass: (inout Self, Int) -> Void) {
        var lane = 0
        while lane < current.lanes.count, !spent {
            pass(&self, lane)
            lane += 1
        }
    }

    /// The current words with lane `lane`'s replaced by `words`.
    private func editing(lane: Int, _ words: [UInt64]) -> [Lane] {
        var lanes = current.lanes
        lanes[lane].words = words
        return lanes
    }

    /// Replays `lanes`; replaces the current failure and returns `true` when the property fails on a simpler draw.
    @discardableResult
    private mutating func attempt(_ lanes: [Lane]) -> Bool {
        guard !spent, Self.isSimpler(lanes, than: current.lanes) else { return false }
        attempts += 1
        let tape = ChoiceTape(replaying: lanes)
        let value = tape.run { generator.run(seed: 0) }
        let drawn = tape.drawn
        guard Self.isSimpler(drawn, than: current.lanes), let error = property(value) else { return false }
        current = Failure(lanes: drawn, value: value, error: error)
        improvements += 1
        return true
    }

    /// Shortlex order over all the words, lanes in opening order: fewer words, or as many and smaller at the first
    /// difference.
    static func isSimpler(_ lanes: [Lane], than other: [Lane]) -> Bool {
        let count = lanes.reduce(0) { $0 + $1.words.count }
        let otherCount = other.reduce(0) { $0 + $1.words.count }
        guard count == otherCount else { return count < otherCount }
        return lanes.lazy.flatMap(\.words).lexicographicallyPrecedes(other.lazy.flatMap(\.words))
    }

    /// Drops the longest tail of the lane it can — all of it first — halving the cut while it fails.
    private mutating func cutTail(lane: Int) {
        var cut = current.lanes[lane].words.count
        while cut > 0, lane < current.lanes.count, !spent {
            let words = current.lanes[lane].words
            if !attempt(editing(lane: lane, Array(words.dropLast(min(cut, words.count))))) { cut /= 2 }
        }
    }

    /// Deletes blocks of the lane's words, from large blocks to single words, front to back.
    private mutating func deleteBlocks(lane: Int) {
        for size in Self.blockSizes(current.lanes[lane].words.count) {
            var start = 0
            while lane < current.lanes.count, start + size <= current.lanes[lane].words.count, !spent {
                var words = current.lanes[lane].words
                words.removeSubrange(start..<(start + size))
                if !attempt(editing(lane: lane, words)) { start += 1 }
            }
        }
    }

    /// Sets blocks of the lane's words to the simplest word, from large blocks to single words, front to back.
    private mutating func simplifyBlocks(lane: Int) {
        let simplest = ChoiceTape.simplestWord
        for size in Self.blockSizes(current.lanes[lane].words.count) {
            var start = 0
            while lane < current.lanes.count, start + size <= current.lanes[lane].words.count, !spent {
                let range = start..<(start + size)
                var words = current.lanes[lane].words
                if words[range].allSatisfy({ $0 <= simplest }) {
                    start += size
                    continue
                }
                words.replaceSubrange(range, with: repeatElement(simplest, count: size))
                start += attempt(editing(lane: lane, words)) ? size : 1
            }
        }
    }

    /// Lowers each word of the lane that cannot be the simplest to the smallest that still fails, by binary search
    /// over its top 32 bits (generators map words to ranges by their high bits, so the low bits rarely matter).
    private mutating func lowerWords(lane: Int) {
        var index = 0
        while lane < current.lanes.count, index < current.lanes[lane].words.count, !spent {
            let word = current.lanes[lane].words[index]
            let top = word >> 32
            var low: UInt64 = 0
            var high = top
            if word & 0xFFFF_FFFF != 0, top > 0 {
                var words = current.lanes[lane].words
                words[index] = top << 32
                _ = attempt(editing(lane: lane, words))
            }
            while low < high, lane < current.lanes.count, index < current.lanes[lane].words.count, !spent {
                let middle = low + (high - low) / 2
                var words = current.lanes[lane].words
                words[index] = Swift.max(middle << 32, ChoiceTape.simplestWord)
                if attempt(editing(lane: lane, words)) { high = middle } else { low = middle + 1 }
            }
            index += 1
        }
    }

    /// Powers of two from about a quarter of `count` down to 32, then every size from 16 down to 1 (a record or an
    /// attribute is rarely a power of two words long).
    private static func blockSizes(_ count: Int) -> [Int] {
        var sizes: [Int] = []
        var size = 32
        while size * 4 <= count { size *= 2 }
        while size >= 32 {
            sizes.append(size)
            size /= 2
        }
        return sizes + Array((1...16).reversed())
    }
}
