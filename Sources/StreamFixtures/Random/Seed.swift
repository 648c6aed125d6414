// A printable seed for the package's random generators.

/// The seed of a reproducible random stream: a number, or a short text that is hashed to one.
///
/// Write seeds as literals: `42` or `"orders-happy-path"`. A text seed is hashed with 64-bit FNV-1a over its
/// UTF-8 bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3), a fixed function, so the same text gives
/// the same stream on every platform and toolchain. A seed prints as a literal you can paste back into a test
/// (`42`, `"orders"`), which is how a failing generated case tells you how to reproduce it.
///
/// Two seeds are equal when they start the same stream, whatever their printed form.
///
/// ```swift
/// let values = Gen.int(in: 1...6).samples(count: 10, seed: "dice")
/// var random = SeededRandom(seed: 42)
/// ```
public struct Seed: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, CustomStringConvertible, Sendable,
    Hashable
{
    /// The 64-bit number the stream is seeded from.
    public let value: UInt64
    /// The text the seed was made from, if it was made from text.
    public let text: String?

    /// A seed from a number.
    ///
    /// - Parameter value: The number the stream is seeded from.
    public init(_ value: UInt64) {
        self.value = value
        text = nil
    }

    /// A seed from text, hashed with FNV-1a 64 over its UTF-8 bytes.
    ///
    /// - Parameter text: Any text; short descriptive names work best.
    public init(_ text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        value = hash
        self.text = text
    }

    /// A seed from an integer literal, as in `seed: 42`.
    ///
    /// - Parameter value: The literal.
    public init(integerLiteral value: UInt64) {
        self.init(value)
    }

    /// A seed from a string literal, as in `seed: "orders"`.
    ///
    /// - Parameter value: The literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The seed of the `index`-th independent sub-stream of this seed.
    ///
    /// Samples use it so that sample `i` depends only on the seed and `i`, not on how many samples are drawn.
    /// The derivation mixes both with the SplitMix64 finaliser: `mix(value ^ mix(index + 0x9e3779b97f4a7c15))`.
    ///
    /// - Parameter index: The sub-stream's index.
    /// - Returns: A numeric seed for that sub-stream.
    public func derived(index: Int) -> Seed {
        let mixedIndex = SplitMix64.mix(UInt64(truncatingIfNeeded: index) &+ SplitMix64.increment)
        return Seed(SplitMix64.mix(value ^ mixedIndex))
    }

    /// The seed as a Swift literal: the number in decimal, or the text as a string literal in which every
    /// character outside printable ASCII is written as a `\u{…}` escape, so pasting it gives the very same bytes.
    public var description: String {
        guard let text else { return String(value) }
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case " "..."~": literal.unicodeScalars.append(scalar)
            default: literal += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return literal + "\""
    }

    /// Whether both seeds start the same stream (same ``value``), however they were written.
    public static func == (lhs: Seed, rhs: Seed) -> Bool {
        lhs.value == rhs.value
    }

    /// Hashes the ``value``, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
