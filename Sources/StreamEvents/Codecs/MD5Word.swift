/// A word MD5's steps compute on: one message's `UInt32`, or the words of eight messages side by side in a
/// `SIMD8<UInt32>` (``MD5/digests(_:)``). ``MD5/steps(_:_:_:_:constants:words:)`` is written once for both.
protocol MD5Word {
    static func &+ (lhs: Self, rhs: Self) -> Self
    static func & (lhs: Self, rhs: Self) -> Self
    static func | (lhs: Self, rhs: Self) -> Self
    static func ^ (lhs: Self, rhs: Self) -> Self
    static prefix func ~ (operand: Self) -> Self

    /// The word rotated left by `amount` bits, a constant in 4…23.
    func rotated(left amount: UInt32) -> Self
}

extension UInt32: MD5Word {
    @inline(__always) func rotated(left amount: UInt32) -> UInt32 {
        // Masking shifts: every amount is a constant in 4...23, so this is one rotate instruction (the smart
        // shifts `<<`/`>>` would add an over-shift test wherever the amount is not folded).
        (self &<< amount) | (self &>> (32 &- amount))
    }
}

extension SIMD8: MD5Word where Scalar == UInt32 {
    @inline(__always) func rotated(left amount: UInt32) -> SIMD8<UInt32> {
        // SSE2 has no vector rotate. Written with `|` (or `^`), LLVM recognises a rotate and, lacking the
        // instruction, takes the lanes apart for scalar `rol`s; the sum of the two disjoint shifts is the same value
        // and stays two vector shifts and an add per four-lane half.
        (self &<< amount) &+ (self &>> (32 &- amount))
    }
}
