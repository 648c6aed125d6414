import StreamJSON
import Testing

@Suite struct JSONNumberTests {
    @Test func equalValuesAreEqualWhateverTheText() throws {
        let pairs: [(String, String)] = [
            ("1", "1.0"), ("100", "1e2"), ("1.578648338E9", "1578648338"), ("-0", "0"),
            ("0.5", "5E-1"), ("12300", "1.23e+4"),
        ]
        for (a, b) in pairs {
            #expect(JSONNumber(a) == JSONNumber(b), "\(a) vs \(b)")
            #expect(JSONNumber(a)?.hashValue == JSONNumber(b)?.hashValue)
        }
        #expect(JSONNumber("1") != JSONNumber("1.000000000000000000000000001"))
    }

    @Test func ordersExactlyBeyondDoublePrecision() throws {
        let a = try #require(JSONNumber("49647888802629322072519528340475047711767296381468803122"))
        let b = try #require(JSONNumber("49647888802629322072519528340475047711767296381468803123"))
        #expect(a < b)
        #expect(a.doubleValue == b.doubleValue)  // Double can't tell them apart; we can.
        #expect(try #require(JSONNumber("1e400")) > #require(JSONNumber("9.99e399")))
        #expect(try #require(JSONNumber("-2")) < #require(JSONNumber("-1.5")))
        #expect(try #require(JSONNumber("0")) < #require(JSONNumber("1e-400")))
    }

    @Test func rejectsTextThatIsNotAJSONNumber() {
        for text in ["", "-", "01", "1.", ".5", "+1", "1e", "NaN", "Infinity", "0x10", "1 "] {
            #expect(JSONNumber(text) == nil, "\(text)")
        }
    }

    @Test func convertsOnlyWhenTheValueFits() throws {
        #expect(JSONNumber("9223372036854775807")?.int64Value == Int64.max)
        #expect(JSONNumber("9223372036854775808")?.int64Value == nil)
        #expect(JSONNumber("-9223372036854775808")?.int64Value == Int64.min)
        #expect(JSONNumber("18446744073709551615")?.uint64Value == UInt64.max)
        #expect(JSONNumber("1.5")?.int64Value == nil)
        #expect(JSONNumber("1.5e1")?.int64Value == 15)
        #expect(JSONNumber("1234567890123456789012345678901234567890")?.decimalValue == nil)
        #expect(JSONNumber(1545084650.987)?.text == "1545084650.987")
        #expect(JSONNumber(1e20)?.text == "1e20")
        #expect(JSONNumber(3.0)?.text == "3")
        #expect(JSONNumber(Double.nan) == nil)
    }
}
