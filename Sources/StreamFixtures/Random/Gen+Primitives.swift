// Generators of numbers, Booleans and strings.

extension Gen where Value == Int {
    /// Uniform integers in `range`.
    ///
    /// - Parameter range: The closed range to draw from.
    /// - Returns: The integer generator.
    ///
    /// ```swift
    /// let batchSize = Gen.int(in: 1...100)
    /// ```
    public static func int(in range: ClosedRange<Int>) -> Gen<Int> {
        Gen { random in random.int(in: range) }
    }
}

extension Gen where Value == UInt64 {
    /// Uniform 64-bit words.
    public static var uint64: Gen<UInt64> {
        Gen { random in random.next() }
    }
}

extension Gen where Value == Double {
    /// Uniform doubles in `0..<1` (53 random bits each).
    public static var double01: Gen<Double> {
        Gen { random in random.double01() }
    }
}

extension Gen where Value == Bool {
    /// `true` with the given probability.
    ///
    /// - Parameter probability: The chance of `true`, from 0 to 1.
    /// - Returns: The Boolean generator.
    public static func bool(probability: Double = 0.5) -> Gen<Bool> {
        Gen { random in random.bool(probability: probability) }
    }
}

extension Gen where Value == String {
    /// Strings of printable ASCII (space through `~`).
    ///
    /// - Parameter length: The range of lengths, in characters; negative bounds count as 0.
    /// - Returns: The string generator.
    public static func ascii(length: ClosedRange<Int>) -> Gen<String> {
        string(length: length) { random in
            Unicode.Scalar(UInt8(0x20 + random.next(below: 0x7F - 0x20)))
        }
    }

    /// Strings of ASCII letters and digits (`A`–`Z`, `a`–`z`, `0`–`9`).
    ///
    /// - Parameter length: The range of lengths, in characters; negative bounds count as 0.
    /// - Returns: The string generator.
    ///
    /// ```swift
    /// let partitionKey = Gen.alphanumeric(length: 1...32)
    /// ```
    public static func alphanumeric(length: ClosedRange<Int>) -> Gen<String> {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars)
        return string(length: length) { random in
            alphabet[Int(truncatingIfNeeded: random.next(below: UInt64(alphabet.count)))]
        }
    }

    /// Strings mixing scripts and UTF-8 widths, for testing Unicode handling.
    ///
    /// Each scalar comes from one of these blocks, chosen with the given weight: printable ASCII (4), Latin-1
    /// and Latin Extended letters U+00C0–U+024F (2), Greek small letters U+03B1–U+03C9 (1), basic Cyrillic
    /// U+0410–U+044F (1), Hiragana U+3041–U+3096 (1), CJK ideographs U+4E00–U+9FFF (1) and emoticons
    /// U+1F600–U+1F64F (1, four UTF-8 bytes, a surrogate pair in UTF-16). No combining marks, controls or
    /// unassigned code points, so the length in scalars is also the length in characters.
    ///
    /// - Parameter length: The range of lengths, in Unicode scalars; negative bounds count as 0.
    /// - Returns: The string generator.
    public static func unicode(length: ClosedRange<Int>) -> Gen<String> {
        let blocks: [(weight: UInt64, range: ClosedRange<UInt32>)] = [
            (4, 0x20...0x7E), (2, 0xC0...0x24F), (1, 0x3B1...0x3C9), (1, 0x410...0x44F), (1, 0x3041...0x3096),
            (1, 0x4E00...0x9FFF), (1, 0x1F600...0x1F64F),
        ]
        let totalWeight = blocks.reduce(0) { $0 + $1.weight }
        return string(length: length) { random in
            var ticket = random.next(below: totalWeight)
            var chosen = blocks[0].range
            for block in blocks {
                if ticket < block.weight {
                    chosen = block.range
                    break
                }
                ticket -= block.weight
            }
            let offset = UInt32(random.next(below: UInt64(chosen.upperBound - chosen.lowerBound) + 1))
            return Unicode.Scalar(chosen.lowerBound + offset) ?? "?"  // the blocks hold no surrogates
        }
    }

    private static func string(
        length: ClosedRange<Int>, scalar: @escaping @Sendable (inout SeededRandom) -> Unicode.Scalar
    ) -> Gen<String> {
        let lower = Swift.max(length.lowerBound, 0)
        let upper = Swift.max(length.upperBound, lower)
        return Gen { random in
            let count = random.int(in: lower...upper)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<count { scalars.append(scalar(&random)) }
            return String(scalars)
        }
    }
}
