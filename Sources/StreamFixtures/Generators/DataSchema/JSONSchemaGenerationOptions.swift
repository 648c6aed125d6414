// How values generated from a JSON Schema are shaped.

/// Choices for ``Gen/json(matching:options:)``: how often to aim at edge values and how deep recursive schemas go.
///
/// Edge values are the ones consumers get wrong: numbers on their bounds, empty strings and arrays where the
/// schema allows them, the shortest and the longest lengths, text beyond the Basic Multilingual Plane, long
/// strings. `edgeShare` is the chance, at each such decision, of taking the edge instead of a typical value.
///
/// ```swift
/// let options = JSONSchemaGenerationOptions(edgeShare: 0.3, maximumDepth: 4)
/// let orders = try Gen.json(matching: schema, options: options)
/// ```
public struct JSONSchemaGenerationOptions: Sendable, Hashable {
    /// The chance, from 0 to 1, of choosing an edge value at each decision that has one.
    public var edgeShare: Double
    /// How many objects and arrays deep values go before only what the schema requires is generated (the size
    /// budget of recursive schemas).
    public var maximumDepth: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - edgeShare: the chance of an edge value at each decision; 0.1 by default.
    ///   - maximumDepth: the nesting after which optional members and items are left out; 5 by default.
    public init(edgeShare: Double = 0.1, maximumDepth: Int = 5) {
        self.edgeShare = edgeShare
        self.maximumDepth = maximumDepth
    }
}
