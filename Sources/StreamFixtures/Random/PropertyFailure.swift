// The error forAll throws: which sample failed, how to replay it, and the smallest failing value.

import StreamJSON

/// A value on which a property checked by ``Gen/forAll(count:seed:shrinking:_:)`` failed.
///
/// Its description names the sample, its seed, how many shrink steps it took and the underlying error, then shows
/// the smallest failing value, e.g.
/// `forAll(seed: 7) failed at sample 12 (seed: 2319…; replay with .run(seed: 2319…)), shrunk in 9 steps: <error>`
/// followed by the value's canonical JSON.
public struct PropertyFailure: Error, CustomStringConvertible {
    /// The seed of the whole `forAll` run.
    public var runSeed: Seed
    /// The failing sample's index in the run.
    public var index: Int
    /// The seed that regenerates the failing value with ``Gen/run(seed:)``.
    public var seed: Seed
    /// The smallest failing value found: canonical pretty JSON for an `Encodable` value, else as
    /// `String(reflecting:)` prints it. Without shrinking, the failing value as drawn.
    public var value: String
    /// What the property threw for ``value``.
    public var error: any Error
    /// The failing value as first drawn, printed like ``value``.
    public var originalValue: String
    /// How many times the shrinker replaced the failing value with a smaller one.
    public var shrinkSteps: Int
    /// Where a test runner wrote ``value`` as canonical JSON, e.g. `__Counterexamples__/OrderTests/refunds.json`.
    public var counterexampleFile: String?

    /// Creates a failure report.
    ///
    /// - Parameters:
    ///   - runSeed: The seed of the whole run.
    ///   - index: The failing sample's index.
    ///   - seed: The failing sample's own seed.
    ///   - value: The failing value, printed.
    ///   - error: What the property threw.
    ///   - originalValue: The failing value as first drawn, when `value` is a shrunk one.
    ///   - shrinkSteps: How many shrink steps led from `originalValue` to `value`.
    public init(
        runSeed: Seed, index: Int, seed: Seed, value: String, error: any Error, originalValue: String? = nil,
        shrinkSteps: Int = 0
    ) {
        self.runSeed = runSeed
        self.index = index
        self.seed = seed
        self.value = value
        self.error = error
        self.originalValue = originalValue ?? value
        self.shrinkSteps = shrinkSteps
    }

    /// Where it failed, how to replay it, how far it shrank, why, and the smallest failing value.
    public var description: String {
        let steps = shrinkSteps == 1 ? "1 step" : "\(shrinkSteps) steps"
        return "forAll(seed: \(runSeed)) failed at sample \(index) (seed: \(seed); replay with .run(seed: \(seed))), "
            + "shrunk in \(steps): \(error)\nsmallest failing value"
            + (counterexampleFile.map { " (written to \($0))" } ?? "") + ":\n\(value)"
    }

    /// `value` as a failure shows it: canonical pretty JSON when it is `Encodable` and encodes, else
    /// `String(reflecting:)`.
    static func describe(_ value: Any) -> String {
        if let encodable = value as? any Encodable,
            let bytes = try? StreamJSONEncoder(style: .pretty).encode(encodable)
        {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(reflecting: value)
    }
}
