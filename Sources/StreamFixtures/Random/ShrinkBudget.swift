// How much work the shrinker may do on one failure.

/// The limits of shrinking one failing value: how many candidates to try and for how long.
///
/// Shrinking stops at whichever limit comes first, or earlier when no edit of the random choices makes the failing
/// value smaller. Within the step limit the result depends only on the seed and the property; when the time
/// limit stops it first, the result is still a failing value the generator can make, just not always the smallest.
///
/// ```swift
/// try generator.forAll(count: 100, seed: 7, shrinking: ShrinkBudget(steps: 500, seconds: 2)) { event in … }
/// ```
public struct ShrinkBudget: Sendable, Hashable {
    /// The most candidates to generate and test; 0 turns shrinking off.
    public var steps: Int
    /// The most wall-clock seconds to spend.
    public var seconds: Double

    /// Creates a budget.
    ///
    /// - Parameters:
    ///   - steps: The most candidates to try; negative counts as 0.
    ///   - seconds: The most seconds to spend; negative counts as 0.
    public init(steps: Int = 5_000, seconds: Double = 30) {
        self.steps = Swift.max(steps, 0)
        self.seconds = Swift.max(seconds, 0)
    }

    /// The default budget: 5,000 candidates or 30 seconds.
    public static let `default` = ShrinkBudget()

    /// No shrinking: the first failing value is reported as drawn.
    public static let none = ShrinkBudget(steps: 0, seconds: 0)
}
