// A generated value together with the seed that reproduces it.

/// A generated value and the seed that regenerates it.
///
/// Use samples as test arguments: Swift Testing prints each argument with its description, which includes the
/// seed, so a failing case says how to replay it with ``Gen/run(seed:)``.
///
/// ```swift
/// @Test(arguments: Gen.alphanumeric(length: 1...256).seededSamples(count: 100, seed: 7))
/// func partitionKeysRoundTrip(sample: Sample<String>) { … }
/// // on failure: → sample: "Xq3…" (seed: 7468330190125846520; replay with .run(seed: 7468330190125846520))
/// ```
public struct Sample<Value> {
    /// The seed that regenerates ``value`` with ``Gen/run(seed:)``.
    public var seed: Seed
    /// The generated value.
    public var value: Value

    /// Pairs a value with its seed.
    ///
    /// - Parameters:
    ///   - seed: The seed that regenerates the value.
    ///   - value: The value.
    public init(seed: Seed, value: Value) {
        self.seed = seed
        self.value = value
    }
}

extension Sample: CustomStringConvertible {
    /// The value, then the seed and how to replay it.
    public var description: String {
        "\(String(reflecting: value)) (seed: \(seed); replay with .run(seed: \(seed)))"
    }
}

extension Sample: Sendable where Value: Sendable {}
extension Sample: Equatable where Value: Equatable {}
extension Sample: Hashable where Value: Hashable {}
