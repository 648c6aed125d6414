// Drawing many values reproducibly, and checking a property over them.

extension Gen {
    /// Draws `count` values; value `i` comes from its own stream, seeded with `seed.derived(index: i)`.
    ///
    /// Because each value depends only on the seed and its index, drawing more samples never changes the earlier
    /// ones, and any single value can be replayed with ``run(seed:)``.
    ///
    /// - Parameters:
    ///   - count: How many values; negative counts as 0.
    ///   - seed: The seed of the whole run.
    /// - Returns: The values, in index order.
    ///
    /// ```swift
    /// @Test(arguments: Gen.int(in: 1...10_000).samples(count: 100, seed: 7))
    /// func batchSizesAreAccepted(size: Int) { … }
    /// ```
    public func samples(count: Int, seed: Seed) -> [Value] {
        (0..<Swift.max(count, 0)).map { index in run(seed: seed.derived(index: index)) }
    }

    /// Draws `count` values, each paired with the seed that replays it.
    ///
    /// - Parameters:
    ///   - count: How many values; negative counts as 0.
    ///   - seed: The seed of the whole run.
    /// - Returns: The samples, in index order; their values equal ``samples(count:seed:)``.
    public func seededSamples(count: Int, seed: Seed) -> [Sample<Value>] {
        (0..<Swift.max(count, 0)).map { index in
            let sampleSeed = seed.derived(index: index)
            return Sample(seed: sampleSeed, value: run(seed: sampleSeed))
        }
    }

    /// Runs `body` on `count` generated values and stops at the first that throws, naming its seed.
    ///
    /// Inside `body`, fail with `throw` or Swift Testing's `try #require(…)`; the thrown error is wrapped in a
    /// ``PropertyFailure`` that carries the sample's seed and value, so the test's failure message says how to
    /// replay it. (A plain `#expect` records its issue without throwing, so it cannot name the seed.)
    ///
    /// - Parameters:
    ///   - count: How many values to try.
    ///   - seed: The seed of the whole run.
    ///   - body: The property to check.
    /// - Throws: ``PropertyFailure`` for the first value on which `body` throws.
    ///
    /// ```swift
    /// try Gen.int(in: 0...100).forAll(count: 200, seed: 7) { n in
    ///     try #require(n * 2 >= n)
    /// }
    /// ```
    public func forAll(count: Int = 100, seed: Seed, _ body: (Value) throws -> Void) rethrows {
        for index in 0..<Swift.max(count, 0) {
            let sampleSeed = seed.derived(index: index)
            let value = run(seed: sampleSeed)
            do {
                try body(value)
            } catch {
                throw PropertyFailure(
                    runSeed: seed, index: index, seed: sampleSeed, value: String(reflecting: value), error: error)
            }
        }
    }
}
