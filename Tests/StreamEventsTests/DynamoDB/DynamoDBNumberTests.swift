import Foundation
import StreamEvents
import Testing

@Suite struct DynamoDBNumberTests {
    @Test(arguments: [
        "0", "-0", "+5", "5.", ".5", "-0.5", "1e2", "1.5E+3", "00042", "12.50",
        "1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125",
        "12345678901234567890123456789012345678", "1234567890123456789012345678901234567800000",
        "0.000000000000000000000000000000000000000000001",
    ])
    func acceptsWhatDynamoDBAccepts(text: String) throws {
        let number = try DynamoDBNumber(text)
        #expect(number.isValid)
        #expect(number.text == text)
    }

    @Test(arguments: [
        ("", DynamoDBNumberError.Problem.syntax(offset: 0)),
        (" 5", .syntax(offset: 0)),
        ("5 ", .syntax(offset: 1)),
        ("1.2.3", .syntax(offset: 3)),
        ("1e", .syntax(offset: 2)),
        ("+e2", .syntax(offset: 1)),
        ("NaN", .syntax(offset: 0)),
        ("0x10", .syntax(offset: 1)),
        ("1E+126", .magnitudeTooLarge),
        ("-1E+126", .magnitudeTooLarge),
        ("9.9E-131", .magnitudeTooSmall),
        ("123456789012345678901234567890123456789", .tooManySignificantDigits(39)),
    ])
    func rejectsWhatDynamoDBRejects(text: String, problem: DynamoDBNumberError.Problem) {
        #expect(throws: DynamoDBNumberError(text: text, problem: problem)) { try DynamoDBNumber(text) }
        #expect(!DynamoDBNumber(unchecked: text).isValid)
    }

    @Test func uncheckedKeepsInvalidTextForLaterReporting() {
        let number = DynamoDBNumber(unchecked: "1E+999")
        #expect(number.text == "1E+999")
        #expect(throws: DynamoDBNumberError.self) { try number.validate() }
        #expect(
            DynamoDBNumberError(text: "1E+126", problem: .magnitudeTooLarge).description
                == "\"1E+126\" is too large; DynamoDB numbers are at most 9.9999999999999999999999999999999999999E+125")
    }

    @Test func equalityIsByValueForNumbersAndByTextOtherwise() {
        #expect(DynamoDBNumber(unchecked: "1.0") == DynamoDBNumber(unchecked: "1"))
        #expect(DynamoDBNumber(unchecked: "+1e2") == DynamoDBNumber(unchecked: "100"))
        #expect(DynamoDBNumber(unchecked: "-0") == DynamoDBNumber(unchecked: "0"))
        #expect(DynamoDBNumber(unchecked: "1") != DynamoDBNumber(unchecked: "2"))
        #expect(DynamoDBNumber(unchecked: "abc") == DynamoDBNumber(unchecked: "abc"))
        #expect(DynamoDBNumber(unchecked: "abc") != DynamoDBNumber(unchecked: "1"))
        #expect(Set([DynamoDBNumber(unchecked: "1.50"), DynamoDBNumber(unchecked: "1.5")]).count == 1)
    }

    @Test func canonicalIsWhatDynamoDBStores() {
        #expect(DynamoDBNumber(unchecked: "+1.50E2").canonical.text == "150")
        #expect(DynamoDBNumber(unchecked: "00042").canonical.text == "42")
        #expect(DynamoDBNumber(unchecked: "-0").canonical.text == "0")
        #expect(DynamoDBNumber(unchecked: "-.0012").canonical.text == "-0.0012")
        #expect(DynamoDBNumber(unchecked: "1E+3").canonical.text == "1000")
        #expect(DynamoDBNumber(unchecked: "junk").canonical.text == "junk")
    }

    @Test func integersConvertOnlyWhenExact() {
        #expect(DynamoDBNumber(300).exactly(UInt8.self) == nil)
        #expect(DynamoDBNumber(255).exactly(UInt8.self) == 255)
        #expect(DynamoDBNumber(-128).exactly(Int8.self) == -128)
        #expect(DynamoDBNumber(-129).exactly(Int8.self) == nil)
        #expect(DynamoDBNumber(-1).exactly(UInt.self) == nil)
        #expect(DynamoDBNumber(unchecked: "1.5").exactly(Int.self) == nil)
        #expect(DynamoDBNumber(unchecked: "1.5E1").exactly(Int.self) == 15)
        #expect(DynamoDBNumber(unchecked: "9223372036854775807").exactly(Int64.self) == .max)
        #expect(DynamoDBNumber(unchecked: "9223372036854775808").exactly(Int64.self) == nil)
        #expect(DynamoDBNumber(unchecked: "-9223372036854775808").exactly(Int64.self) == .min)
        #expect(DynamoDBNumber(unchecked: "1E+30").exactly(Int64.self) == nil)
    }

    @Test func floatingPointConvertsOnlyWhenTheTextReadsBack() {
        #expect(DynamoDBNumber(unchecked: "0.1").exactDouble == 0.1)
        #expect(DynamoDBNumber(unchecked: "1.578648338E9").exactDouble == 1_578_648_338)
        #expect(DynamoDBNumber(unchecked: "0.10000000000000001").exactDouble == nil)
        #expect(DynamoDBNumber(unchecked: "12345678901234567890123456789012345678").exactDouble == nil)
        #expect(DynamoDBNumber(unchecked: "12345678901234567890123456789012345678").nearestDouble != nil)
        #expect(DynamoDBNumber(unchecked: "0.1").exactFloat == Float(0.1))
        #expect(DynamoDBNumber(unchecked: "1E+50").exactFloat == nil)
        #expect(DynamoDBNumber(unchecked: "12.5").exactDecimal == Decimal(string: "12.5"))
        #expect(DynamoDBNumber(unchecked: "1E-130").exactDecimal == nil)
    }

    @Test func floatingPointInitialisersWriteShortestPlainText() {
        func number(_ value: Double) -> DynamoDBNumber? { DynamoDBNumber(value) }
        #expect(number(0.1)?.text == "0.1")
        #expect(number(1e20)?.text == "100000000000000000000")
        #expect(number(1e-5)?.text == "0.00001")
        #expect(number(-2.5)?.text == "-2.5")
        #expect(number(1e300)?.isValid == false)
        #expect(number(.nan) == nil)
        #expect(number(.infinity) == nil)
        let tenth: Float = 0.1
        #expect(DynamoDBNumber(tenth)?.text == "0.1")
        #expect(DynamoDBNumber(Decimal(string: "12.50") ?? 0)?.text == "12.5")
        let literal: DynamoDBNumber = 0.1
        #expect(literal.text == "0.1")
    }

    @Test func codesAsAJSONString() throws {
        let number = DynamoDBNumber(unchecked: "12.50")
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["12.50"]"#)
        #expect(try JSONDecoder().decode([DynamoDBNumber].self, from: data).first?.text == "12.50")
    }
}
