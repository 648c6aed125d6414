// A coin for what a generator may leave out, whose simplest choice leaves it out.

extension SeededRandom {
    /// `true` with the given probability, and `false` for the simplest random word.
    ///
    /// The same chance as ``bool(probability:)``, drawn the other way round: `bool(probability: p)` is `true` for the
    /// smallest word, which is where shrinking moves every choice (see `ChoiceTape`). Generators guard what they may
    /// add — an optional attribute, a name suffix, a rare big value, a tumbling window — with `chance`, so a shrunk
    /// event leaves those out instead of keeping them.
    ///
    /// - Parameter probability: The chance of `true`.
    /// - Returns: The drawn Boolean (one word drawn).
    mutating func chance(_ probability: Double) -> Bool {
        !bool(probability: 1 - probability)
    }
}
