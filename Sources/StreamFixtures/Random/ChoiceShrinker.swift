// Integrated shrinking: edit the recorded random words, replay the generator, keep smaller failures.

import Foundation

/// Shrinks a failing value by shrinking the random words its generator drew (see ``ChoiceTape``).
///
/// A candidate is the generator replayed on an edited word list; it replaces the current failure when the property
/// still fails on it and the words it actually drew are *simpler*: fewer, or as many and smaller at the first
/// difference. That order is well founded, so shrinking ends; and since generators map a smaller word to an earlier
/// choice (a shorter length, a lower number, the first listed option), simpler words make simpler values.
///
/// The passes run in event order, repeated until a whole round changes nothing or the budget is spent:
/// 1. cut the tail and delete blocks of words — fewer records, elements and attributes;
/// 2. set blocks, then single words, to ``ChoiceTape/simplestWord`` — shorter strings, first options, the lower
///    end of every range;
/// 3. lower the words that must stay larger by binary search over their top bits — the smallest numbers that
///    still fail.
/// Environments are drawn first and their simplest choices (one shard, `aws`, `us-east-1`) are the simplest
/// words, so they fall out of pass 2 once the records are minimal.
struct ChoiceShrinker<Value> {
    /// A failing value, the words that make it, and what the property said.
    struct Failure {
        var words: [UInt64]
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
        current = Failure(words: tape.drawn, value: value, error: error)
        deadline = .now
    }

    /// Shrinks until no pass helps or the budget is spent.
    mutating func shrink() {
        deadline = ContinuousClock.now.advanced(by: .nanoseconds(Int64(min(budget.seconds, 1e9) * 1e9)))
        var improved = true
        while improved, !spent {
            let before = improvements
            cutTail()
            deleteBlocks()
            simplifyBlocks()
            lowerWords()
            improved = improvements > before
        }
    }

    private var spent: Bool { attempts >= budget.steps || ContinuousClock.now >= deadline }

    /// Replays `words`; replaces the current failure and returns `true` when the property fails on a simpler draw.
    @discardableResult
    private mutating func attempt(_ words: [UInt64]) -> Bool {
        guard !spent, Self.isSimpler(words, than: current.words) else { return false }
        attempts += 1
        let tape = ChoiceTape(replaying: words)
        let value = tape.run { generator.run(seed: 0) }
        let drawn = tape.drawn
        guard Self.isSimpler(drawn, than: current.words), let error = property(value) else { return false }
        current = Failure(words: drawn, value: value, error: error)
        improvements += 1
        return true
    }

    /// Shortlex order: fewer words, or as many and smaller at the first difference.
    static func isSimpler(_ words: [UInt64], than other: [UInt64]) -> Bool {
        words.count != other.count ? words.count < other.count : words.lexicographicallyPrecedes(other)
    }

    /// Drops the longest tail it can, halving the cut while it fails.
    private mutating func cutTail() {
        var cut = current.words.count / 2
        while cut > 0, !spent {
            if !attempt(Array(current.words.dropLast(cut))) { cut /= 2 }
        }
    }

    /// Deletes blocks of words, from large blocks to single words, front to back.
    private mutating func deleteBlocks() {
        for size in Self.blockSizes(current.words.count) {
            var start = 0
            while start + size <= current.words.count, !spent {
                var words = current.words
                words.removeSubrange(start..<(start + size))
                if !attempt(words) { start += 1 }
            }
        }
    }

    /// Sets blocks of words to the simplest word, from large blocks to single words, front to back.
    private mutating func simplifyBlocks() {
        let simplest = ChoiceTape.simplestWord
        for size in Self.blockSizes(current.words.count) {
            var start = 0
            while start + size <= current.words.count, !spent {
                let range = start..<(start + size)
                if current.words[range].allSatisfy({ $0 <= simplest }) {
                    start += size
                    continue
                }
                var words = current.words
                words.replaceSubrange(range, with: repeatElement(simplest, count: size))
                start += attempt(words) ? size : 1
            }
        }
    }

    /// Lowers each word that cannot be the simplest to the smallest that still fails, by binary search over its top 32 bits
    /// (generators map words to ranges by their high bits, so the low bits rarely matter).
    private mutating func lowerWords() {
        var index = 0
        while index < current.words.count, !spent {
            let top = current.words[index] >> 32
            var low: UInt64 = 0
            var high = top
            if current.words[index] & 0xFFFF_FFFF != 0, top > 0 {
                var words = current.words
                words[index] = top << 32
                _ = attempt(words)
            }
            while low < high, !spent {
                let middle = low + (high - low) / 2
                var words = current.words
                words[index] = Swift.max(middle << 32, ChoiceTape.simplestWord)
                if attempt(words) { high = middle } else { low = middle + 1 }
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
