// A set of Unicode scalars: what `.`, `\d`, `[a-z]`, `\p{L}` and every other character class compile to.

/// A compiled character set: a 128-bit bitmap for ASCII plus sorted ranges and property tests for the rest.
///
/// ASCII membership is one bit test, which is what the hot patterns (ARNs, digits, base64) need; everything the set
/// says about ASCII is folded into the bitmap when the set is built, so `ranges` and `properties` only ever decide
/// scalars from U+0080 up.
package struct ScalarSet: Hashable, Sendable {
    package var asciiLow: UInt64 = 0
    package var asciiHigh: UInt64 = 0
    /// Sorted, non-overlapping, non-adjacent ranges, all at or above U+0080.
    package var ranges: [ClosedRange<UInt32>] = []
    /// Property tests for non-ASCII scalars, each possibly negated (`\P{…}`).
    var properties: [PropertyItem] = []
    /// Whether non-ASCII membership is the complement of `ranges` ∪ `properties` (the bitmap is already final).
    package var negated = false

    struct PropertyItem: Hashable, Sendable {
        var test: UnicodePropertyTest
        var negated: Bool
    }

    @inline(__always)
    func containsASCII(_ byte: UInt32) -> Bool {
        byte < 64 ? (asciiLow >> UInt64(byte)) & 1 != 0 : (asciiHigh >> UInt64(byte &- 64)) & 1 != 0
    }

    @inline(__always)
    package func contains(_ value: UInt32) -> Bool {
        if value < 128 { return containsASCII(value) }
        return containsNonASCII(value)
    }

    func containsNonASCII(_ value: UInt32) -> Bool {
        var found = UnicodeScriptTable.search(ranges, value)
        if !found {
            for item in properties where item.test.contains(value) != item.negated {
                found = true
                break
            }
        }
        return found != negated
    }

    /// Whether the set contains no ASCII scalar and nothing else either (e.g. `[]`).
    var isEmpty: Bool { asciiLow == 0 && asciiHigh == 0 && !negated && ranges.isEmpty && properties.isEmpty }
}

/// Accumulates the members of a class (`[…]`) or escape before it is frozen into a `ScalarSet`.
struct ScalarSetBuilder {
    var ranges: [ClosedRange<UInt32>] = []
    var properties: [ScalarSet.PropertyItem] = []

    mutating func add(_ value: UInt32) { ranges.append(value...value) }
    mutating func add(_ range: ClosedRange<UInt32>) { ranges.append(range) }
    mutating func add(_ other: ScalarSetBuilder) {
        ranges += other.ranges
        properties += other.properties
    }

    /// Adds the complement of `other` over the whole code space (used for `\D`, `\S`, `\W` inside a class).
    mutating func addComplement(of other: ScalarSetBuilder) {
        let merged = Self.merge(other.ranges)
        var next: UInt32 = 0
        for range in merged {
            if range.lowerBound > next { ranges.append(next...(range.lowerBound - 1)) }
            next = range.upperBound &+ 1
        }
        if next <= 0x10_FFFF { ranges.append(next...0x10_FFFF) }
    }

    static func merge(_ input: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = input.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Freezes the members; `negated` is the `^` of `[^…]` or the capital of `\D`, `\S`, `\W`, `\P`.
    func build(negated: Bool) -> ScalarSet {
        var set = ScalarSet()
        let merged = Self.merge(ranges)
        for value in UInt32(0)..<128 {
            var member = merged.contains { $0.contains(value) }
            if !member { member = properties.contains { $0.test.contains(value) != $0.negated } }
            if member != negated {
                if value < 64 { set.asciiLow |= 1 << UInt64(value) } else { set.asciiHigh |= 1 << UInt64(value - 64) }
            }
        }
        set.ranges = merged.compactMap { range in
            guard range.upperBound >= 0x80 else { return nil }
            return max(range.lowerBound, 0x80)...range.upperBound
        }
        set.properties = properties
        set.negated = negated
        return set
    }

    // MARK: The predefined classes of ECMA-262

    static func digits() -> ScalarSetBuilder {
        var builder = ScalarSetBuilder()
        builder.add(0x30...0x39)
        return builder
    }

    static func wordCharacters() -> ScalarSetBuilder {
        var builder = ScalarSetBuilder()
        builder.add(0x30...0x39)
        builder.add(0x41...0x5A)
        builder.add(0x5F)
        builder.add(0x61...0x7A)
        return builder
    }

    /// WhiteSpace and LineTerminator of ECMA-262: TAB, VT, FF, ZWNBSP, every Zs scalar, LF, CR, LS, PS.
    static func whiteSpace() -> ScalarSetBuilder {
        var builder = ScalarSetBuilder()
        builder.add(0x09...0x0D)
        builder.add(0x20)
        builder.add(0xA0)
        builder.add(0x1680)
        builder.add(0x2000...0x200A)
        builder.add(0x2028...0x2029)
        builder.add(0x202F)
        builder.add(0x205F)
        builder.add(0x3000)
        builder.add(0xFEFF)
        return builder
    }

    /// What `.` matches without the `s` flag: everything except the line terminators LF, CR, LS, PS.
    static func dot() -> ScalarSet {
        var builder = ScalarSetBuilder()
        builder.add(0x0A)
        builder.add(0x0D)
        builder.add(0x2028...0x2029)
        return builder.build(negated: true)
    }
}
