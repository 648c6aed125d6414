// Combining generators: tuples, collections, optionals, choices.

extension Gen {
    /// Generates pairs, drawing `a` then `b`.
    ///
    /// - Returns: The pair generator.
    ///
    /// ```swift
    /// let point = Gen.zip(Gen.int(in: 0...9), Gen.int(in: 0...9))
    /// ```
    public static func zip<A, B>(_ a: Gen<A>, _ b: Gen<B>) -> Gen<(A, B)> where Value == (A, B) {
        Gen<(A, B)> { random in
            let first = a.run(using: &random)
            return (first, b.run(using: &random))
        }
    }

    /// Generates triples, drawing in argument order.
    ///
    /// - Returns: The triple generator.
    public static func zip<A, B, C>(_ a: Gen<A>, _ b: Gen<B>, _ c: Gen<C>) -> Gen<(A, B, C)>
    where Value == (A, B, C) {
        Gen<(A, B, C)> { random in
            let first = a.run(using: &random)
            let second = b.run(using: &random)
            return (first, second, c.run(using: &random))
        }
    }

    /// Generates quadruples, drawing in argument order.
    ///
    /// - Returns: The quadruple generator.
    public static func zip<A, B, C, D>(
        _ a: Gen<A>, _ b: Gen<B>, _ c: Gen<C>, _ d: Gen<D>
    ) -> Gen<(A, B, C, D)> where Value == (A, B, C, D) {
        Gen<(A, B, C, D)> { random in
            let first = a.run(using: &random)
            let second = b.run(using: &random)
            let third = c.run(using: &random)
            return (first, second, third, d.run(using: &random))
        }
    }

    /// Generates arrays whose length is drawn from `count`.
    ///
    /// - Parameter count: The range of lengths; negative bounds count as 0.
    /// - Returns: The array generator.
    ///
    /// ```swift
    /// let batch = Gen.int(in: 0...9).array(of: 1...100)
    /// ```
    public func array(of count: ClosedRange<Int>) -> Gen<[Value]> {
        let lower = Swift.max(count.lowerBound, 0)
        let upper = Swift.max(count.upperBound, lower)
        return Gen<[Value]> { random in
            let length = random.int(in: lower...upper)
            var values: [Value] = []
            values.reserveCapacity(length)
            for _ in 0..<length { values.append(run(using: &random)) }
            return values
        }
    }

    /// Generates arrays of exactly `count` elements.
    ///
    /// - Parameter count: The length; negative counts as 0.
    /// - Returns: The array generator.
    public func array(count: Int) -> Gen<[Value]> {
        array(of: count...count)
    }

    /// Generates `nil` with the given probability, otherwise a value.
    ///
    /// Draws one Boolean first, then the value only when it is not `nil`.
    ///
    /// - Parameter nilProbability: The chance of `nil`, from 0 to 1.
    /// - Returns: The optional generator.
    public func optional(nilProbability: Double = 0.5) -> Gen<Value?> {
        Gen<Value?> { random in
            random.bool(probability: nilProbability) ? nil : run(using: &random)
        }
    }

    /// Picks one of the generators uniformly, then runs it.
    ///
    /// - Parameters:
    ///   - first: A generator.
    ///   - rest: More generators.
    /// - Returns: The choosing generator.
    ///
    /// ```swift
    /// let region = Gen.oneOf(.constant("us-east-1"), .constant("eu-west-1"))
    /// ```
    public static func oneOf(_ first: Gen<Value>, _ rest: Gen<Value>...) -> Gen<Value> {
        let all = [first] + rest
        return Gen { random in
            let index = Int(truncatingIfNeeded: random.next(below: UInt64(all.count)))
            return all[index].run(using: &random)
        }
    }

    /// Picks one of the generators uniformly, then runs it.
    ///
    /// - Parameter generators: The generators to choose from.
    /// - Returns: The choosing generator, or `nil` when `generators` is empty.
    public static func oneOf(_ generators: [Gen<Value>]) -> Gen<Value>? {
        guard let first = generators.first else { return nil }
        return weighted(generators.map { (1, $0) }, fallback: first)
    }

    /// Picks a generator with probability proportional to its weight, then runs it.
    ///
    /// Weights below 0 count as 0 and above 2^32 as 2^32; when every weight is 0 the choice is uniform.
    ///
    /// - Parameters:
    ///   - first: A weight and its generator.
    ///   - rest: More weights and generators.
    /// - Returns: The choosing generator.
    ///
    /// ```swift
    /// let eventName = Gen.frequency((6, .constant("INSERT")), (3, .constant("MODIFY")), (1, .constant("REMOVE")))
    /// ```
    public static func frequency(_ first: (Int, Gen<Value>), _ rest: (Int, Gen<Value>)...) -> Gen<Value> {
        weighted([first] + rest, fallback: first.1)
    }

    /// Picks a generator with probability proportional to its weight, then runs it.
    ///
    /// - Parameter pairs: Weights and generators, as for the variadic form.
    /// - Returns: The choosing generator, or `nil` when `pairs` is empty.
    public static func frequency(_ pairs: [(Int, Gen<Value>)]) -> Gen<Value>? {
        guard let first = pairs.first else { return nil }
        return weighted(pairs, fallback: first.1)
    }

    private static func weighted(_ pairs: [(Int, Gen<Value>)], fallback: Gen<Value>) -> Gen<Value> {
        let maximumWeight: UInt64 = 1 << 32
        let clamped = pairs.map { Swift.min(UInt64(Swift.max($0.0, 0)), maximumWeight) }
        let weights = clamped.allSatisfy { $0 == 0 } ? clamped.map { _ in 1 } : clamped
        let total = weights.reduce(0, +)  // at most 2^32 per entry: cannot overflow for any real array
        let generators = pairs.map(\.1)
        return Gen { random in
            var ticket = random.next(below: total)
            for (weight, generator) in Swift.zip(weights, generators) {
                if ticket < weight { return generator.run(using: &random) }
                ticket -= weight
            }
            return fallback.run(using: &random)  // unreachable: tickets are below the total
        }
    }
}

extension Gen where Value: Sendable {
    /// Picks one of the elements uniformly.
    ///
    /// - Parameter elements: The elements to choose from.
    /// - Returns: The choosing generator, or `nil` when `elements` is empty.
    ///
    /// ```swift
    /// guard let region = Gen.element(of: ["us-east-1", "eu-west-1"]) else { return }
    /// ```
    public static func element(of elements: [Value]) -> Gen<Value>? {
        guard let first = elements.first else { return nil }
        return Gen { random in random.element(of: elements) ?? first }
    }

    /// Picks one of the listed values uniformly.
    ///
    /// - Parameters:
    ///   - first: A value.
    ///   - second: Another value.
    ///   - rest: More values.
    /// - Returns: The choosing generator.
    ///
    /// ```swift
    /// let viewType = Gen.element("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES")
    /// ```
    public static func element(_ first: Value, _ second: Value, _ rest: Value...) -> Gen<Value> {
        let all = [first, second] + rest
        return Gen { random in random.element(of: all) ?? first }
    }
}
