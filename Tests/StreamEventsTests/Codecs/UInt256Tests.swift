import Testing

@testable import StreamEvents

@Suite struct UInt256Tests {
    @Test(arguments: [
        "0", "1", "18446744073709551615", "18446744073709551616", "10000000000000000000",
        "340282366920938463463374607431768211455", "49647888802629322072519528340475047711767296381468803122",
        "115792089237316195423570985008687907853269984665640564039457584007913129639935",
    ])
    func rendersWhatItParses(decimal: String) {
        #expect(UInt256(decimal: decimal)?.description == decimal)
    }

    @Test func acceptsLeadingZeros() {
        #expect(UInt256(decimal: "000123") == UInt256(123))
    }

    @Test(arguments: ["", "-1", "+1", "12a", " 1", "1 ", "1.0", "١٢"])
    func rejectsTextThatIsNotDigits(text: String) {
        #expect(UInt256(decimal: text) == nil)
    }

    @Test func rejectsValuesAbove256Bits() {
        // 2^256 = max + 1
        let twoTo256 = "115792089237316195423570985008687907853269984665640564039457584007913129639936"
        #expect(UInt256(decimal: twoTo256) == nil)
        #expect(UInt256(decimal: String(repeating: "9", count: 100)) == nil)
    }

    /// The digit-at-a-time reading the chunked parser replaced: `value × 10 + digit` per byte.
    static func referenceParse(_ digits: [UInt8]) -> UInt256? {
        guard !digits.isEmpty else { return nil }
        var value = UInt256.zero
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (next, overflow) = value.multipliedReportingOverflow(by: 10, adding: UInt64(byte - UInt8(ascii: "0")))
            guard !overflow else { return nil }
            value = next
        }
        return value
    }

    /// Parses `digits` through every input shape: array, slice, string, and a collection without contiguous
    /// storage; all must agree.
    static func parseEveryWay(_ digits: [UInt8]) -> UInt256? {
        let fromArray = UInt256(decimalDigits: digits)
        let padded = [UInt8(ascii: "x")] + digits + [UInt8(ascii: "y")]
        #expect(UInt256(decimalDigits: padded[1..<(padded.count - 1)]) == fromArray)
        #expect(UInt256(decimalDigits: digits.lazy.map { $0 }) == fromArray)
        #expect(
            UInt256(decimal: String(decoding: digits, as: UTF8.self)) == fromArray || digits.contains { $0 >= 0x80 })
        return fromArray
    }

    @Test(arguments: [
        "", "0", "00", "9", "0000000000000000000000000000000000000000000000000000000000000000000000000000000001",
        "1844674407370955161", "18446744073709551615", "18446744073709551616", "9999999999999999999",
        "10000000000000000000", "99999999999999999999999999999999999999",
        "115792089237316195423570985008687907853269984665640564039457584007913129639935",  // 2^256 − 1
        "115792089237316195423570985008687907853269984665640564039457584007913129639936",  // 2^256
        "0000115792089237316195423570985008687907853269984665640564039457584007913129639935",
        "115792089237316195423570985008687907853269984665640564039457584007913129639935" + "0",
        "999999999999999999999999999999999999999999999999999999999999999999999999999999",
        "49647888802629322072519528340475047711767296381468803122",
        "4964788880262932207251952834047504771176729638146880312/",
        ":9", "/", "1 ", "-1", "12345678901234567890a", "a12345678901234567890",
    ])
    func parsesBoundariesLikeTheDigitAtATimeReading(text: String) {
        let digits = Array(text.utf8)
        #expect(Self.parseEveryWay(digits) == Self.referenceParse(digits))
    }

    @Test func parsesRandomDigitStringsLikeTheDigitAtATimeReading() {
        var random = TestRandom(seed: 0x2564)
        for _ in 0..<20_000 {
            let count = random.below(100)
            var digits = (0..<count).map { _ in UInt8(ascii: "0") + UInt8(random.below(10)) }
            if count > 0, random.below(4) == 0 {  // leading zeros
                for index in 0..<random.below(count) { digits[index] = UInt8(ascii: "0") }
            }
            if count > 0, random.below(8) == 0 {  // one byte that is not a digit (or just is)
                digits[random.below(count)] = UInt8(truncatingIfNeeded: random.next())
            }
            #expect(
                Self.parseEveryWay(digits) == Self.referenceParse(digits), "\(String(decoding: digits, as: UTF8.self))")
        }
        // Values near 2^256: the maximum plus small offsets, rendered and re-read.
        for delta in UInt64(0)..<64 {
            let below = UInt256.max.subtractingReportingOverflow(UInt256(delta)).partialValue
            #expect(Self.parseEveryWay(Array(below.description.utf8)) == below)
            let above = Array(UInt256.max.description.utf8).dropLast() + Array(String(5 + delta % 5).utf8)
            #expect(Self.parseEveryWay(Array(above)) == Self.referenceParse(Array(above)))
        }
    }

    /// The eight-digit word conversion against the digit-at-a-time reading: every byte value at every position of
    /// the word (the digit boundaries `/`, `:`, bytes whose high half is 3 and bytes with the high bit set included).
    @Test func convertsEightDigitWordsLikeTheDigitAtATimeReading() {
        let base = Array("31415926".utf8)
        for position in 0..<8 {
            for byte in 0...255 {
                var digits = base
                digits[position] = UInt8(byte)
                let word = digits.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                #expect(UInt256.eightDigits(word).map(UInt256.init) == Self.referenceParse(digits), "\(digits)")
            }
        }
        #expect(UInt256.eightDigits(UInt64(littleEndian: 0x3939_3939_3939_3939)) == 99_999_999)
        #expect(UInt256.eightDigits(UInt64(littleEndian: 0x3030_3030_3030_3030)) == 0)
    }

    /// A sequence number (56 digits) with one byte that is not a digit, at every position: rejected like the
    /// digit-at-a-time reading, wherever the byte falls in a chunk of 19 or a word of eight.
    @Test func rejectsANonDigitAtEveryPositionOfASequenceNumber() {
        let sequence = Array("49647888802629322072519528340475047711767296381468803122".utf8)
        for position in sequence.indices {
            for byte: UInt8 in [0x00, 0x2F, 0x3A, 0x3F, 0x40, 0x66, 0xB0, 0xB5, 0xFF] {
                var digits = sequence
                digits[position] = byte
                #expect(Self.parseEveryWay(digits) == nil, "\(position) \(byte)")
            }
            var digits = sequence
            digits[position] = UInt8(ascii: "0") + UInt8(position % 10)
            #expect(Self.parseEveryWay(digits) == Self.referenceParse(digits))
        }
    }

    @Test func addsAndSubtractsWithCarryAndReportsOverflow() {
        let wordMax = UInt256(.max)
        #expect(wordMax.addingReportingOverflow(UInt256(1)) == (UInt256(w0: 0, w1: 1), false))
        #expect(UInt256.max.addingReportingOverflow(UInt256(1)) == (.zero, true))
        #expect(UInt256(w0: 0, w1: 1).subtractingReportingOverflow(UInt256(1)) == (wordMax, false))
        #expect(UInt256.zero.subtractingReportingOverflow(UInt256(1)) == (.max, true))
    }

    @Test func multipliesAndDividesByAWord() {
        let value = UInt256(decimal: "340282366920938463463374607431768211456")  // 2^128
        #expect(value == UInt256(1) << 128)
        let (quotient, remainder) = (UInt256(1) << 128).quotientAndRemainder(dividingBy: 3)
        #expect(quotient.description == "113427455640312821154458202477256070485")
        #expect(remainder == 1)
        #expect(quotient.multipliedReportingOverflow(by: 3, adding: 1).partialValue == UInt256(1) << 128)
        #expect(UInt256.max.multipliedReportingOverflow(by: 2).overflow)
        #expect(UInt256(5).quotientAndRemainder(dividingBy: 0) == (.zero, 0))
    }

    @Test func shiftsAcrossWordsAndComposesFields() {
        #expect((UInt256(1) << 255) >> 255 == UInt256(1))
        #expect(UInt256(1) << 256 == .zero)
        #expect(UInt256(0xF0) << 60 == UInt256(w0: 0, w1: 0xF))
        #expect((UInt256(0xAB) << 100 | UInt256(0xCD)).bits(at: 100, width: 8) == 0xAB)
        #expect((UInt256(0xAB) << 100 | UInt256(0xCD)).bits(at: 0, width: 8) == 0xCD)
        #expect(UInt256.max.bits(at: 190, width: 64) == .max)
        #expect(UInt256.max.bitWidth == 256)
        #expect(UInt256(1).bitWidth == 1)
        #expect(UInt256.zero.bitWidth == 0)
    }

    @Test func comparesMostSignificantWordFirst() {
        #expect(UInt256(w0: .max) < UInt256(w0: 0, w1: 1))
        #expect(UInt256(w0: 0, w1: 0, w2: 0, w3: 1) > UInt256(w0: .max, w1: .max, w2: .max))
        #expect(!(UInt256(7) < UInt256(7)))
    }
}
