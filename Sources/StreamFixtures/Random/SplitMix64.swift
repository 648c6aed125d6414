// SplitMix64 (Steele, Lea, Flood 2014): expands a 64-bit seed into xoshiro256** state.

/// The SplitMix64 generator, used only to seed ``SeededRandom`` and derive sub-seeds.
struct SplitMix64 {
    /// The golden-ratio increment 0x9e3779b97f4a7c15.
    static let increment: UInt64 = 0x9e37_79b9_7f4a_7c15

    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= SplitMix64.increment
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 output function (a bijection on 64-bit words).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
