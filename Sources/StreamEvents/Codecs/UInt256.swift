// A tiny fixed-width unsigned integer for Kinesis hash keys (128 bits) and sequence numbers (188 bits).

/// A 256-bit unsigned integer with just the operations Kinesis numbers need.
///
/// Kinesis sequence numbers are 188-bit values written as 56 decimal digits, and hash-key arithmetic needs
/// `2^128`, which does not fit in 128 bits. This type parses and renders decimal text, compares, adds, multiplies
/// and divides by a machine word, and shifts, all without allocation and without trapping on any input:
/// arithmetic that would overflow reports it instead.
package struct UInt256: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 64-bit words, least significant first.
    package var w0: UInt64
    package var w1: UInt64
    package var w2: UInt64
    package var w3: UInt64

    /// Creates a value from its words, least significant first.
    package init(w0: UInt64, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
        self.w3 = w3
    }

    /// Creates a value from one machine word.
    package init(_ value: UInt64) {
        self.init(w0: value)
    }

    package static let zero = UInt256(0)
    package static let max = UInt256(w0: .max, w1: .max, w2: .max, w3: .max)

    /// The word at `index` (0 = least significant); words outside 0...3 read as zero and ignore writes.
    package subscript(word index: Int) -> UInt64 {
        get {
            switch index {
            case 0: w0
            case 1: w1
            case 2: w2
            case 3: w3
            default: 0
            }
        }
        set {
            switch index {
            case 0: w0 = newValue
            case 1: w1 = newValue
            case 2: w2 = newValue
            case 3: w3 = newValue
            default: break
            }
        }
    }

    package var isZero: Bool { (w0 | w1 | w2 | w3) == 0 }

    /// The number of significant bits (0 for zero).
    package var bitWidth: Int {
        for index in stride(from: 3, through: 0, by: -1) where self[word: index] != 0 {
            return index * 64 + 64 - self[word: index].leadingZeroBitCount
        }
        return 0
    }

    // MARK: Comparison

    package static func < (lhs: UInt256, rhs: UInt256) -> Bool {
        if lhs.w3 != rhs.w3 { return lhs.w3 < rhs.w3 }
        if lhs.w2 != rhs.w2 { return lhs.w2 < rhs.w2 }
        if lhs.w1 != rhs.w1 { return lhs.w1 < rhs.w1 }
        return lhs.w0 < rhs.w0
    }

    // MARK: Arithmetic

    /// `self + other`, and whether the true sum exceeded 256 bits (the result then wraps).
    package func addingReportingOverflow(_ other: UInt256) -> (partialValue: UInt256, overflow: Bool) {
        var result = UInt256.zero
        var carry: UInt64 = 0
        for index in 0..<4 {
            let (sum1, overflow1) = self[word: index].addingReportingOverflow(other[word: index])
            let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
            result[word: index] = sum2
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return (result, carry != 0)
    }

    /// `self - other`, and whether `other > self` (the result then wraps).
    package func subtractingReportingOverflow(_ other: UInt256) -> (partialValue: UInt256, overflow: Bool) {
        var result = UInt256.zero
        var borrow: UInt64 = 0
        for index in 0..<4 {
            let (difference1, overflow1) = self[word: index].subtractingReportingOverflow(other[word: index])
            let (difference2, overflow2) = difference1.subtractingReportingOverflow(borrow)
            result[word: index] = difference2
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return (result, borrow != 0)
    }

    /// `self * factor + addend`, and whether the true result exceeded 256 bits.
    package func multipliedReportingOverflow(
        by factor: UInt64, adding addend: UInt64 = 0
    ) -> (partialValue: UInt256, overflow: Bool) {
        var result = UInt256.zero
        var carry = addend
        for index in 0..<4 {
            let product = self[word: index].multipliedFullWidth(by: factor)
            let (low, overflow) = product.low.addingReportingOverflow(carry)
            result[word: index] = low
            carry = product.high &+ (overflow ? 1 : 0)  // cannot wrap: high ≤ 2^64 − 2
        }
        return (result, carry != 0)
    }

    /// `self / divisor` and `self % divisor`; a zero divisor yields `(0, 0)` instead of trapping.
    package func quotientAndRemainder(dividingBy divisor: UInt64) -> (quotient: UInt256, remainder: UInt64) {
        guard divisor != 0 else { return (.zero, 0) }
        var quotient = UInt256.zero
        var remainder: UInt64 = 0
        for index in stride(from: 3, through: 0, by: -1) {
            // remainder < divisor, so the two-word dividend's quotient fits in one word.
            let (word, rest) = divisor.dividingFullWidth((high: remainder, low: self[word: index]))
            quotient[word: index] = word
            remainder = rest
        }
        return (quotient, remainder)
    }

    // MARK: Bits

    package static func << (value: UInt256, shift: Int) -> UInt256 {
        if shift <= 0 { return shift == 0 ? value : value >> -shift }
        if shift >= 256 { return .zero }
        let wordShift = shift / 64
        let bitShift = shift % 64
        var result = UInt256.zero
        for index in 0..<4 {
            let source = index - wordShift
            var word = value[word: source] << bitShift
            if bitShift != 0 { word |= value[word: source - 1] >> (64 - bitShift) }
            result[word: index] = source >= 0 ? word : 0
        }
        return result
    }

    package static func >> (value: UInt256, shift: Int) -> UInt256 {
        if shift <= 0 { return shift == 0 ? value : value << -shift }
        if shift >= 256 { return .zero }
        let wordShift = shift / 64
        let bitShift = shift % 64
        var result = UInt256.zero
        for index in 0..<4 {
            let source = index + wordShift
            var word = value[word: source] >> bitShift
            if bitShift != 0 { word |= value[word: source + 1] << (64 - bitShift) }
            result[word: index] = word
        }
        return result
    }

    package static func | (lhs: UInt256, rhs: UInt256) -> UInt256 {
        UInt256(w0: lhs.w0 | rhs.w0, w1: lhs.w1 | rhs.w1, w2: lhs.w2 | rhs.w2, w3: lhs.w3 | rhs.w3)
    }

    package static func & (lhs: UInt256, rhs: UInt256) -> UInt256 {
        UInt256(w0: lhs.w0 & rhs.w0, w1: lhs.w1 & rhs.w1, w2: lhs.w2 & rhs.w2, w3: lhs.w3 & rhs.w3)
    }

    /// The `width` bits starting at bit `offset` (0 = least significant), as a word; `width` is at most 64.
    package func bits(at offset: Int, width: Int) -> UInt64 {
        let shifted = (self >> offset).w0
        return width >= 64 ? shifted : shifted & ((1 << UInt64(width)) &- 1)
    }

    // MARK: Decimal text

    /// 10^19, the largest power of ten in a word.
    private static let decimalChunk: UInt64 = 10_000_000_000_000_000_000

    /// Parses ASCII decimal digits; `nil` when empty, when any byte is not `0`–`9`, or when the value needs more
    /// than 256 bits. Leading zeros are accepted.
    package init?(decimalDigits digits: some Collection<UInt8>) {
        // Contiguous digits (arrays, slices, native strings) are read as a buffer: callers in other modules get
        // this initialiser unspecialised, where iterating the collection costs a witness call per digit.
        if let value = digits.withContiguousStorageIfAvailable({ UInt256(decimalBuffer: $0) }) {
            guard let value else { return nil }
            self = value
            return
        }
        guard let value = Array(digits).withUnsafeBufferPointer({ UInt256(decimalBuffer: $0) }) else { return nil }
        self = value
    }

    /// The parse above for a slice of the input, the rules' case: read as a buffer directly, without the generic
    /// entry point's witness call (callers in other modules get it unspecialised).
    package init?(decimalDigits digits: ArraySlice<UInt8>) {
        guard let value = digits.withUnsafeBufferPointer({ UInt256(decimalBuffer: $0) }) else { return nil }
        self = value
    }

    /// The parse above for digits the caller already holds in memory (the rules read them from the input in place).
    package init?(decimalDigits digits: UnsafeBufferPointer<UInt8>) {
        guard let value = UInt256(decimalBuffer: digits) else { return nil }
        self = value
    }

    /// Parses the ASCII decimal digits in `digits`; see ``init(decimalDigits:)``.
    ///
    /// Up to 19 digits at a time are gathered in a word, then added to the value with one multiply-add (exact:
    /// the value so far is exact, so an overflow of the multiply-add means the number needs more than 256 bits).
    /// Within a chunk, eight digits at a time are checked and converted in one word (`eightDigits`), the rest one
    /// by one.
    private init?(decimalBuffer digits: UnsafeBufferPointer<UInt8>) {
        guard let start = digits.baseAddress, !digits.isEmpty else { return nil }
        let raw = UnsafeRawPointer(start)
        let count = digits.count
        var value = UInt256.zero
        var position = 0
        while position < count {
            // The first chunk takes the odd digits, so every later one is a full 19.
            let chunkCount = position == 0 ? (count - 1) % 19 + 1 : 19
            var chunk: UInt64 = 0
            var scale: UInt64 = 1
            let end = position + chunkCount
            while end - position >= 8 {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                guard let eight = Self.eightDigits(word) else { return nil }
                chunk = chunk &* 100_000_000 &+ eight
                scale &*= 100_000_000
                position += 8
            }
            while position < end {
                let digit = start[position] &- UInt8(ascii: "0")
                guard digit <= 9 else { return nil }
                chunk = chunk &* 10 &+ UInt64(digit)
                scale &*= 10
                position += 1
            }
            let (next, overflow) = value.multipliedReportingOverflow(by: scale, adding: chunk)
            guard !overflow else { return nil }
            value = next
        }
        self = value
    }

    /// The value of the eight ASCII digits in `word` (the first digit in its lowest byte), or `nil` when a byte is not
    /// `0`–`9`.
    ///
    /// Every byte is a digit exactly when its high half is 3 and adding 6 leaves it 3 (low half at most 9; the first
    /// test bounds every byte by 0x3F, so the addition carries into no other byte). The digits are then combined in
    /// pairs, fours and the eight by three multiplications (the SWAR conversion of simdjson and fast_float).
    static func eightDigits(_ word: UInt64) -> UInt64? {
        let high: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        let threes: UInt64 = 0x3030_3030_3030_3030
        guard word & high == threes, (word &+ 0x0606_0606_0606_0606) & high == threes else { return nil }
        var value = ((word & 0x0F0F_0F0F_0F0F_0F0F) &* 2561) >> 8
        value = ((value & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
        return ((value & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
    }

    /// Parses decimal text; see ``init(decimalDigits:)``.
    package init?(decimal text: String) {
        self.init(decimalDigits: text.utf8)
    }

    /// The value in decimal, without leading zeros.
    package var description: String {
        if w1 == 0, w2 == 0, w3 == 0 { return String(w0) }
        var chunks: [UInt64] = []  // least significant first
        var rest = self
        while !rest.isZero {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: UInt256.decimalChunk)
            chunks.append(remainder)
            rest = quotient
        }
        var text = ""
        for (position, chunk) in chunks.reversed().enumerated() {
            let digits = String(chunk)
            if position > 0 { text += String(repeating: "0", count: 19 - digits.count) }
            text += digits
        }
        return text
    }
}
