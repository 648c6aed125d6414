import StreamEvents
import StreamJSON
import Testing

@testable import StreamContracts

/// The rules' byte-level fast paths must agree with the general code they short-cut.
@Suite struct RuleFastPathTests {
    static let numberTexts = [
        "0", "-0", "+0", "0.0", "00", "007", "5", "-5", "+5", "5.", ".5", "-.5", "0.05", "10", "100", "1000",
        "12.50", "-12.50", "123456789012345678901234567890123456789", "0.000000000000000000000000000000000001",
        "99999999999999999999999999999999999999", "1.000", "120.0300", "3.14159", "-0.0012", "2000000",
    ]

    @Test func plainNumberSizeMatchesDynamoDBItemSize() {
        for text in Self.numberTexts {
            let expected = DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: text))
            #expect(RuleContext.plainNumberSize(ArraySlice(text.utf8)) == expected, "\(text)")
        }
    }

    @Test func plainNumberSizeLeavesOtherFormsToDynamoDBNumber() {
        for text in ["", "-", ".", "1e5", "1E-3", "1.2.3", "12a", " 1", "--1", "0x10"] {
            #expect(RuleContext.plainNumberSize(ArraySlice(text.utf8)) == nil, "\(text)")
        }
    }

    @Test func canonicalPlainNumbersAreOneTextPerValue() {
        for text in ["0", "5", "-5", "12", "0.5", "-0.5", "12.25", "100", "0.001"] {
            #expect(RuleContext.isCanonicalPlainNumber(ArraySlice(text.utf8)), "\(text)")
        }
        for text in ["", "-", "-0", "00", "05", "+5", "5.", ".5", "0.50", "1.0", "1e5", "1.2.3", "12a", "-.5"] {
            #expect(!RuleContext.isCanonicalPlainNumber(ArraySlice(text.utf8)), "\(text)")
        }
    }

    @Test func setsWithEqualValuesUnderDifferentTextsAreStillReported() throws {
        let document = try JSONDocument(
            parsing: #"{"n": {"NS": ["1", "1.0", "2"]}, "s": {"SS": ["a", "b", "a"]}, "b": {"BS": ["AQ==", "AR=="]}}"#)
        var context = RuleContext(document: document, root: 0, options: RuleOptions())
        context.checkAttributeMap(0)
        let unique = context.diagnostics.filter { $0.rule == "dynamodb.set-unique" }
        #expect(unique.map(\.pointer.description) == ["/n/NS/1", "/s/SS/2", "/b/BS/1"])
    }

    @Test func attributeTypeReadsEveryTypeKey() throws {
        let cases: [(String, AttributeType)] = [
            ("S", .s), ("N", .n), ("B", .b), ("BOOL", .bool), ("NULL", .null), ("SS", .ss), ("NS", .ns),
            ("BS", .bs), ("M", .m), ("L", .l), ("", .other), ("X", .other), ("MS", .other), ("SSS", .other),
            ("Bool", .other), ("NUL", .other),
        ]
        let document = try JSONDocument(parsing: "[" + cases.map { "\"\($0.0)\"" }.joined(separator: ",") + "]")
        for (position, (text, type)) in cases.enumerated() {
            #expect(AttributeType(ArraySlice(text.utf8)) == type, "\(text)")
            #expect(AttributeType.of(position + 1, in: document) == type, "\(text)")
        }
    }

    @Test func stringEqualsComparesDecodedBytes() throws {
        let document = try JSONDocument(parsing: #"["abc", "a\u0062c", "", "abd"]"#)
        let target = Array("abc".utf8)
        #expect(document.string(1, equals: target))
        #expect(document.string(2, equals: target))
        #expect(!document.string(3, equals: target))
        #expect(!document.string(4, equals: target))
        #expect(document.string(3, equals: [UInt8]()))
        #expect(document.string(2, equals: "abc".utf8))
    }

    @Test func sequenceNumberCompareIgnoresLeadingZeros() {
        let cases: [(String, String, Int)] = [
            ("1", "2", -1), ("10", "9", 1), ("0010", "10", 0), ("", "0", 0), ("123", "124", -1), ("5", "05", 0),
        ]
        for (left, right, expected) in cases {
            #expect(KinesisSequenceNumber.compare(Array(left.utf8), Array(right.utf8)) == expected)
            #expect(KinesisSequenceNumber.compare(ArraySlice(left.utf8), ArraySlice(right.utf8)) == expected)
            #expect(KinesisSequenceNumber.compare(left, right) == expected)
        }
    }
}
