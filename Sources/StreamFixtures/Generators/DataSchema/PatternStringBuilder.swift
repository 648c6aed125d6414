// Strings that an ECMA-262 pattern matches, built from the pattern's parsed form.

import StreamJSONSchema

/// Walks a pattern's syntax tree and writes one string it matches (when no lookaround or word boundary gets in
/// the way; the caller checks the result with the pattern itself).
///
/// Alternatives are chosen at random, repetitions run their minimum plus up to `spread` more times, characters
/// come from their class (mostly printable ASCII, sometimes beyond it, beyond the BMP when asked), and a
/// backreference repeats what its group wrote.
struct PatternStringBuilder {
    /// Extra repetitions beyond a quantifier's minimum, at most.
    var spread: Int
    /// Whether to reach for characters beyond the Basic Multilingual Plane where a class allows them.
    var astral: Bool
    private(set) var scalars: [UInt32] = []
    private var captures: [Int: [UInt32]] = [:]

    /// The most scalars one string gets; unbounded repetitions stop growing here.
    static let lengthLimit = 4_096

    init(spread: Int, astral: Bool) {
        self.spread = spread
        self.astral = astral
    }

    /// The string for `node`, or `nil` when a character class is empty.
    static func string(
        for node: PatternNode, spread: Int, astral: Bool, _ random: inout SeededRandom
    ) -> String? {
        var builder = PatternStringBuilder(spread: spread, astral: astral)
        guard builder.emit(node, &random) else { return nil }
        var view = String.UnicodeScalarView()
        for value in builder.scalars {
            guard let scalar = Unicode.Scalar(value) else { return nil }
            view.append(scalar)
        }
        return String(view)
    }

    /// Appends a match of `node`; `false` when nothing can match (an empty class).
    mutating func emit(_ node: PatternNode, _ random: inout SeededRandom) -> Bool {
        switch node {
        case .empty, .assertion, .look, .namedBackreference:
            return true
        case .scalar(let value):
            scalars.append(value)
            return true
        case .set(let set):
            guard let value = ScalarSampler.sample(set, astral: astral, &random) else { return false }
            scalars.append(value)
            return true
        case .sequence(let nodes):
            for node in nodes where !emit(node, &random) { return false }
            return true
        case .alternation(let nodes):
            guard let chosen = random.element(of: nodes) else { return true }
            return emit(chosen, &random)
        case .group(let inner, let capture):
            let start = scalars.count
            guard emit(inner, &random) else { return false }
            if let capture { captures[capture] = Array(scalars[start...]) }
            return true
        case .repetition(let inner, let minimum, let maximum, _):
            let most = maximum.map { Swift.min($0, minimum + spread) } ?? minimum + spread
            let count = random.int(in: minimum...Swift.max(minimum, most))
            for index in 0..<count {
                if index >= minimum, scalars.count >= Self.lengthLimit { break }
                guard emit(inner, &random) else { return index >= minimum }
            }
            return true
        case .backreference(let number):
            scalars += captures[number] ?? []
            return true
        }
    }
}

/// Draws one scalar from a compiled character class.
enum ScalarSampler {
    /// Blocks tried for classes that reach beyond ASCII: Latin, Greek, Cyrillic, Hiragana, CJK, then emoji and
    /// other scalars beyond the BMP.
    static let blocks: [ClosedRange<UInt32>] = [
        0xC0...0x24F, 0x391...0x3C9, 0x410...0x44F, 0x3041...0x3096, 0x4E00...0x9FFF, 0x1F600...0x1F64F,
        0x10400...0x1044F, 0x1D400...0x1D7FF, 0xA0...0xFFFD,
    ]
    static let astralBlocks: [ClosedRange<UInt32>] = [0x1F600...0x1F64F, 0x10400...0x1044F, 0x20000...0x2A6DF]

    /// A scalar in `set`, or `nil` when none was found.
    static func sample(_ set: ScalarSet, astral: Bool, _ random: inout SeededRandom) -> UInt32? {
        var printable: [UInt32] = []
        var other: [UInt32] = []
        for value in UInt32(0)..<128 where set.contains(value) {
            if (0x20...0x7E).contains(value) { printable.append(value) } else { other.append(value) }
        }
        let wantsWide = astral || printable.isEmpty || random.bool(probability: 0.05)
        if wantsWide, let wide = wide(set, astral: astral, &random) { return wide }
        return random.element(of: printable) ?? random.element(of: other) ?? wide(set, astral: true, &random)
    }

    private static func wide(_ set: ScalarSet, astral: Bool, _ random: inout SeededRandom) -> UInt32? {
        if !set.negated, !set.ranges.isEmpty, !astral || set.ranges.contains(where: { $0.upperBound > 0xFFFF }) {
            for _ in 0..<8 {
                guard var range = random.element(of: set.ranges) else { break }
                if astral, range.upperBound > 0xFFFF { range = Swift.max(range.lowerBound, 0x10000)...range.upperBound }
                let value =
                    range.lowerBound + UInt32(random.next(below: UInt64(range.upperBound - range.lowerBound) + 1))
                if !(0xD800...0xDFFF).contains(value), set.contains(value) { return value }
            }
        }
        let pools = astral ? astralBlocks + blocks : blocks
        for _ in 0..<48 {
            guard let block = random.element(of: pools) else { break }
            let value = block.lowerBound + UInt32(random.next(below: UInt64(block.upperBound - block.lowerBound) + 1))
            if set.contains(value) { return value }
        }
        return nil
    }
}
