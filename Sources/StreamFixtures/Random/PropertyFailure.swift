// The error forAll throws: which sample failed and how to replay it.

/// A value on which a property checked by ``Gen/forAll(count:seed:_:)`` failed.
///
/// Its description names the sample, its seed and the underlying error, e.g.
/// `forAll(seed: 7) failed at sample 12: 42 (seed: 2319…; replay with .run(seed: 2319…)): <error>`.
public struct PropertyFailure: Error, CustomStringConvertible {
    /// The seed of the whole `forAll` run.
    public var runSeed: Seed
    /// The failing sample's index in the run.
    public var index: Int
    /// The seed that regenerates the failing value with ``Gen/run(seed:)``.
    public var seed: Seed
    /// The failing value, as `String(reflecting:)` prints it.
    public var value: String
    /// What the property threw.
    public var error: any Error

    /// Creates a failure report.
    ///
    /// - Parameters:
    ///   - runSeed: The seed of the whole run.
    ///   - index: The failing sample's index.
    ///   - seed: The failing sample's own seed.
    ///   - value: The failing value, printed.
    ///   - error: What the property threw.
    public init(runSeed: Seed, index: Int, seed: Seed, value: String, error: any Error) {
        self.runSeed = runSeed
        self.index = index
        self.seed = seed
        self.value = value
        self.error = error
    }

    /// Where it failed, how to replay it, and why.
    public var description: String {
        "forAll(seed: \(runSeed)) failed at sample \(index): \(value) (seed: \(seed); replay with "
            + ".run(seed: \(seed))): \(error)"
    }
}
