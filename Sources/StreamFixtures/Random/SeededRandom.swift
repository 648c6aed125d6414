// xoshiro256** (Blackman, Vigna 2018) with our own, stable range mapping.

/// A fast, reproducible random number generator: xoshiro256**, seeded through SplitMix64.
///
/// Fixtures must be byte-stable across toolchains and platforms, so every generator in this package draws from
/// this type and maps random words to ranges with the methods below, never with the standard library's
/// `random(in:using:)`, `randomElement(using:)` or `shuffled(using:)`, whose mapping from words to values is not
/// specified and may change between toolchains. The type conforms to `RandomNumberGenerator` so it can be
/// passed where one is expected, but only the methods here are stable.
///
/// Seeding: the four state words are the first four outputs of SplitMix64 started at ``Seed/value``.
///
/// While ``Gen/forAll(count:seed:shrinking:_:)`` shrinks a failure, the streams created inside the generator draw
/// through a record of choices instead, one lane per stream (see `ChoiceTape`): recording writes down the very words
/// computed here, so it never changes what a seed draws.
///
/// ```swift
/// var random = SeededRandom(seed: 42)
/// let die = random.int(in: 1...6)
/// let coin = random.bool(probability: 0.5)
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    /// The tape this stream draws through while a shrinkable run is recorded or replayed; `nil` otherwise.
    private let tape: ChoiceTape?
    /// This stream's lane on the tape.
    private let lane: Int

    /// Creates a generator whose stream is fixed by `seed`.
    ///
    /// - Parameter seed: A number or text seed, e.g. `42` or `"orders"`.
    public init(seed: Seed) {
        var seeder = SplitMix64(state: seed.value)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        tape = ChoiceTape.current
        lane = tape?.openLane(seed: seed.value) ?? 0
    }

    /// The next 64 random bits.
    ///
    /// - Returns: A uniformly distributed word.
    public mutating func next() -> UInt64 {
        if let tape {
            guard tape.mode == .record else { return tape.replay(lane: lane) }
            let word = nextWord()
            tape.record(word, lane: lane)
            return word
        }
        return nextWord()
    }

    /// The next xoshiro256** output.
    @inline(__always) private mutating func nextWord() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    @inline(__always) private func rotate(_ value: UInt64, _ amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }

    /// A uniform value in `0..<bound`, by Lemire's nearly divisionless method (no modulo bias).
    ///
    /// Draws one word, rarely more: `word × bound` is split into high and low words; the high word is the answer
    /// unless the low word falls in the biased zone `< (2^64 − bound) mod bound`, in which case it draws again.
    ///
    /// - Parameter bound: The exclusive upper bound.
    /// - Returns: A value in `0..<bound`, or 0 without drawing when `bound` is 0.
    public mutating func next(below bound: UInt64) -> UInt64 {
        guard bound != 0 else { return 0 }
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in `range`.
    ///
    /// - Parameter range: The closed range to draw from; the full `Int` range is allowed.
    /// - Returns: A value in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(truncatingIfNeeded: UInt(bitPattern: range.upperBound &- range.lowerBound))
        if span == .max { return Int(truncatingIfNeeded: next()) }
        return range.lowerBound &+ Int(truncatingIfNeeded: next(below: span + 1))
    }

    /// A uniform `Double` in `0..<1`, from the top 53 bits of one word.
    ///
    /// - Returns: One of the 2^53 evenly spaced values `k / 2^53`.
    public mutating func double01() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `true` with the given probability.
    ///
    /// Always draws exactly one word, so streams stay aligned whatever the probability.
    ///
    /// - Parameter probability: The chance of `true`; 0 or less (or NaN) never, 1 or more always.
    /// - Returns: The drawn Boolean.
    public mutating func bool(probability: Double = 0.5) -> Bool {
        double01() < probability
    }

    /// A uniformly chosen element.
    ///
    /// - Parameter collection: The collection to choose from.
    /// - Returns: An element, or `nil` without drawing when the collection is empty.
    public mutating func element<C: Collection>(of collection: C) -> C.Element? {
        guard !collection.isEmpty else { return nil }
        let offset = Int(truncatingIfNeeded: next(below: UInt64(collection.count)))
        return collection[collection.index(collection.startIndex, offsetBy: offset)]
    }

    /// Shuffles the collection in place (Fisher–Yates, from the last position down).
    ///
    /// - Parameter collection: The collection to shuffle.
    public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ collection: inout C) {
        var remaining = collection.count
        var last = collection.endIndex
        while remaining > 1 {
            last = collection.index(before: last)
            let pick = Int(truncatingIfNeeded: next(below: UInt64(remaining)))
            collection.swapAt(collection.index(collection.startIndex, offsetBy: pick), last)
            remaining -= 1
        }
    }

    /// The elements in shuffled order.
    ///
    /// - Parameter sequence: The elements to shuffle.
    /// - Returns: A new array, shuffled with ``shuffle(_:)``.
    public mutating func shuffled<S: Sequence>(_ sequence: S) -> [S.Element] {
        var elements = Array(sequence)
        shuffle(&elements)
        return elements
    }
}
