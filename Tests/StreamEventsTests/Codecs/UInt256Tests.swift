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
