// Composable, seeded value generators.

/// A recipe for random values of one type, drawn from a ``SeededRandom``.
///
/// Generators compose: build small ones (`Gen.int(in:)`, `Gen.alphanumeric(length:)`) and combine them with
/// ``map(_:)``, ``flatMap(_:)``, `zip`, ``array(of:)``, `oneOf` and `frequency`. A generator is a value; running it
/// with the same seed always gives the same result.
///
/// ```swift
/// let partitionKey = Gen.alphanumeric(length: 1...16)
/// let order = Gen.zip(partitionKey, Gen.int(in: 1...99)).map { key, quantity in "\(key):\(quantity)" }
/// let values = order.samples(count: 3, seed: 7)
/// ```
public struct Gen<Value>: Sendable {
    private let generate: @Sendable (inout SeededRandom) -> Value

    /// Creates a generator from a function that draws from the random stream.
    ///
    /// Draw only through the ``SeededRandom`` methods so results stay stable across toolchains.
    ///
    /// - Parameter generate: Produces one value, advancing the generator.
    public init(_ generate: @escaping @Sendable (inout SeededRandom) -> Value) {
        self.generate = generate
    }

    /// Draws one value, advancing `random`.
    ///
    /// - Parameter random: The random stream to draw from.
    /// - Returns: The generated value.
    public func run(using random: inout SeededRandom) -> Value {
        generate(&random)
    }

    /// Draws one value from a fresh stream seeded with `seed`: how a printed sample seed is replayed.
    ///
    /// - Parameter seed: The seed, e.g. one printed by a failing ``Sample``.
    /// - Returns: The generated value.
    ///
    /// ```swift
    /// let value = generator.run(seed: 7468330190125846520)
    /// ```
    public func run(seed: Seed) -> Value {
        var random = SeededRandom(seed: seed)
        return generate(&random)
    }

    /// A generator of transformed values.
    ///
    /// - Parameter transform: Maps each generated value.
    /// - Returns: The mapped generator.
    public func map<NewValue>(_ transform: @escaping @Sendable (Value) -> NewValue) -> Gen<NewValue> {
        Gen<NewValue> { random in transform(generate(&random)) }
    }

    /// A generator whose next step depends on the generated value.
    ///
    /// - Parameter transform: Chooses the generator to run next from the generated value.
    /// - Returns: The chained generator.
    public func flatMap<NewValue>(_ transform: @escaping @Sendable (Value) -> Gen<NewValue>) -> Gen<NewValue> {
        Gen<NewValue> { random in transform(generate(&random)).run(using: &random) }
    }
}

extension Gen where Value: Sendable {
    /// A generator that always produces `value` and draws nothing.
    ///
    /// - Parameter value: The value to produce.
    /// - Returns: The constant generator.
    public static func constant(_ value: Value) -> Gen<Value> {
        Gen { _ in value }
    }
}
