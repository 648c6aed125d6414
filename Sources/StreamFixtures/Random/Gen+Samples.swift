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

    /// Runs `body` on `count` generated values, stops at the first that throws, shrinks it, and names its seed.
    ///
    /// Inside `body`, fail with `throw` or Swift Testing's `try #require(…)`; the thrown error is wrapped in a
    /// ``PropertyFailure`` that carries the sample's seed, the number of shrink steps and the smallest failing value
    /// the shrinker found (canonical JSON when the value is `Encodable`), so the failure says how to replay it and
    /// shows the least it takes to fail. (A plain `#expect` records its issue without throwing, so it can neither
    /// name the seed nor be shrunk.)
    ///
    /// Shrinking is integrated: it edits the random words the generator drew and runs the generator again, so every
    /// candidate is a value this generator makes (see ``ShrinkBudget`` for the limits). `body` runs once per
    /// candidate; keep it free of side effects that outlive a call.
    ///
    /// - Parameters:
    ///   - count: How many values to try.
    ///   - seed: The seed of the whole run.
    ///   - shrinking: How much work shrinking the first failure may take; ``ShrinkBudget/none`` reports it as drawn.
    ///   - body: The property to check.
    /// - Throws: ``PropertyFailure`` for the first value on which `body` throws.
    ///
    /// ```swift
    /// try Gen.int(in: 0...100).forAll(count: 200, seed: 7) { n in
    ///     try #require(n * 2 >= n)
    /// }
    /// ```
    public func forAll(
        count: Int = 100, seed: Seed, shrinking: ShrinkBudget = .default, _ body: (Value) throws -> Void
    ) rethrows {
        for index in 0..<Swift.max(count, 0) {
            let sampleSeed = seed.derived(index: index)
            let value = run(seed: sampleSeed)
            do {
                try body(value)
            } catch {
                throw shrunkFailure(runSeed: seed, index: index, value: value, error: error, budget: shrinking, body)
                    .failure
            }
        }
    }

    /// The first failure of `body` over `count` samples, shrunk: what the test runners report and write down.
    ///
    /// - Returns: The failure and the smallest failing value, or `nil` when `body` holds for every sample.
    package func firstFailure(
        count: Int, seed: Seed, shrinking: ShrinkBudget, _ body: (Value) throws -> Void
    ) -> (failure: PropertyFailure, value: Value)? {
        for index in 0..<Swift.max(count, 0) {
            let value = run(seed: seed.derived(index: index))
            do {
                try body(value)
            } catch {
                return shrunkFailure(runSeed: seed, index: index, value: value, error: error, budget: shrinking, body)
            }
        }
        return nil
    }

    /// Shrinks sample `index` of the run seeded with `runSeed`, on which `body` threw `error`.
    private func shrunkFailure(
        runSeed: Seed, index: Int, value: Value, error: any Error, budget: ShrinkBudget,
        _ body: (Value) throws -> Void
    ) -> (failure: PropertyFailure, value: Value) {
        let sampleSeed = runSeed.derived(index: index)
        let original = PropertyFailure.describe(value)
        let shrunk = withoutActuallyEscaping(body) { body in
            shrink(seed: sampleSeed, budget: budget) { candidate in
                do {
                    try body(candidate)
                    return nil
                } catch {
                    return error
                }
            }
        }
        guard let shrunk else {
            return (
                PropertyFailure(runSeed: runSeed, index: index, seed: sampleSeed, value: original, error: error), value
            )
        }
        let failure = PropertyFailure(
            runSeed: runSeed, index: index, seed: sampleSeed, value: PropertyFailure.describe(shrunk.value),
            error: shrunk.error, originalValue: original, shrinkSteps: shrunk.steps)
        return (failure, shrunk.value)
    }

    /// Shrinks the value `seed` generates while `property` keeps failing on it.
    ///
    /// - Returns: The smallest failing value found, what the property returned for it and the number of steps that
    ///   made it smaller; `nil` when the property holds for the value `seed` generates.
    func shrink(
        seed: Seed, budget: ShrinkBudget, property: @escaping (Value) -> (any Error)?
    ) -> (value: Value, error: any Error, steps: Int)? {
        guard var shrinker = ChoiceShrinker(generator: self, seed: seed, budget: budget, property: property) else {
            return nil
        }
        shrinker.shrink()
        return (shrinker.current.value, shrinker.current.error, shrinker.improvements)
    }
}
