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

    /// `ExactDecimal` must give `Double(String)`'s value, bit for bit, wherever it answers, and leave every text it
    /// can't answer exactly (too many digits, a mantissa of 2^53 or more, more than 22 decimals, exponents,
    /// malformed text) to it.
    @Test func exactDecimalAgreesWithDoubleParsing() {
        func exact(_ text: String) -> Double? {
            Array(text.utf8).withUnsafeBufferPointer { ExactDecimal.double($0) }
        }
        var texts = [
            "0", "-0", "0.0", "-0.0", "1", "-1", "1704067214.015", "1704067214.0150", "1704067214015", "0.1", "0.3",
            "9007199254740992", "9007199254740993", "900719925474099.2", "900719925474099.3", "0.9007199254740993",
            "4503599627370497.5", "1.0000000000000000000001", "0.0000000000000000000001", "0.00000000000000000000001",
            "123456789.1234567", "1e3", "1E3", "1.5e-3", "", "-", ".5", "5.", "+5", "1.2.3", "12a", "--1", "00012",
            "18446744073709551615", "18446744073709551616", "99999999999999999999999", "1844674407370955161.5",
        ]
        var state: UInt64 = 0x0DD_BA11
        for _ in 0..<20000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = String(String(state >> 8).prefix(1 + Int(state % 18)))
            let point = Int(state % UInt64(digits.count + 1))
            var text = digits
            if point < digits.count { text.insert(".", at: text.index(text.startIndex, offsetBy: point + 1)) }
            if text.hasSuffix(".") { text.removeLast() }
            texts.append(state & 1 == 0 ? text : "-" + text)
        }
        var answered = 0
        for text in texts {
            guard let value = exact(text) else { continue }
            answered += 1
            #expect(value.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
        #expect(answered > 10000)
        let rejected = ["9007199254740993", "0.00000000000000000000001", "1e3", "", "-", ".5", "5.", "+5", "1.2.3"]
        for text in rejected {
            #expect(exact(text) == nil, "\(text)")
        }
    }

    /// `RuleContext.integer` reads up to 18 digits in place; it must agree with `JSONNumber.int64Value` on every
    /// number, whichever path answers.
    @Test func exactIntegersAgreeWithJSONNumber() throws {
        let texts = [
            "0", "-0", "7", "-7", "123456789012345678", "-123456789012345678", "999999999999999999",
            "1000000000000000000", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "1.0", "1.5",
            "1e3", "1E-3", "-1.0e1", "12345678901234567890",
        ]
        let document = try JSONDocument(parsing: "[" + texts.joined(separator: ",") + "]")
        let context = RuleContext(document: document, root: 0, options: RuleOptions())
        for (position, text) in texts.enumerated() {
            let general = document.number(position + 1).int64Value.flatMap { Int(exactly: $0) }
            #expect(context.integer(position + 1) == general, "\(text)")
            let exact = Array(text.utf8).withUnsafeBufferPointer { ExactDecimal.integer($0) }
            if let exact { #expect(exact == general, "\(text)") }
        }
        for text in ["", "-", "1000000000000000000", "1.0", "1e3", "+1", "1-", "a"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { ExactDecimal.integer($0) } == nil, "\(text)")
        }
    }

    @Test func smallSetsAreDistinctExactlyWhenTheirTextsAre() throws {
        let sets = [
            #"[]"#, #"["a"]"#, #"["a", "b"]"#, #"["a", "a"]"#, #"["ab", "a", "b", "ab"]"#, #"["a", "b", 1]"#,
            #"["a", "a", 1]"#, #"["a\u0062", "ab"]"#, #"["", ""]"#, #"["x", "y", "z", "w", "y"]"#, #"{"a": 1}"#,
            "[" + (0..<16).map { "\"\($0)\"" }.joined(separator: ",") + "]",
            "[" + (0..<17).map { "\"\($0)\"" }.joined(separator: ",") + "]",
            #"[["a"], ["a"]]"#, #"["a", ["a"]]"#,
        ]
        for set in sets {
            let document = try JSONDocument(parsing: set)
            let context = RuleContext(document: document, root: 0, options: RuleOptions())
            // The general reading: nil unless a small array of strings without escapes, up to the first repeat.
            var expected: Bool? = true
            if document.kind(0) != .array || document.childCount(0) > 16 {
                expected = nil
            } else {
                var seen: [ArraySlice<UInt8>] = []
                var child = 1
                while child < document.next(0) {
                    guard document.kind(child) == .string, !document.stringHasEscapes(child) else {
                        expected = nil
                        break
                    }
                    if seen.contains(document.rawStringBytes(child)) {
                        expected = false
                        break
                    }
                    seen.append(document.rawStringBytes(child))
                    child = document.next(child)
                }
            }
            #expect(context.smallSetTextsDistinct(0) == expected, "\(set)")
        }
    }

    @Test func bytesEqualIsSliceEquality() {
        let bytes = Array("shardId-000000000001shardId-000000000001shardId-000000000002".utf8)
        let slices = [bytes[0..<20], bytes[20..<40], bytes[40..<60], bytes[0..<19], bytes[1..<20], bytes[5..<5], []]
        for left in slices {
            for right in slices {
                #expect(left.bytesEqual(right) == (left == right), "\(left.startIndex) \(right.startIndex)")
            }
        }
    }

    /// `ARNParts` reads the five colons in place; it must split as a split on `:` of the first five does, on
    /// slices that do not start at 0, and give `nil` for fewer colons or another first part.
    @Test func arnPartsSplitLikeTheFirstFiveColons() {
        let texts = [
            "arn:aws:kinesis:us-east-1:111122223333:stream/inventory", "arn:aws:iam::111122223333:role/a:b:c",
            "arn:aws-cn:dynamodb:cn-north-1:1:table/t/stream/2022-10-12T23:21:27.326", "arn:::::", "arn:a:b:c:d",
            "arn:aws:kinesis:EXAMPLE", "ARN:aws:s3:::bucket", "arnx:aws:s3:::b", "ar:aws:s3:::b", ":::::", "", "arn",
            "arn:aws:s3:::bucket/key:with:colons", "x:arn:aws:s3:::b", "arn:é:ü:🙂::",
        ]
        for text in texts {
            let padded = Array(("::" + text + ":x").utf8)
            let bytes = padded[2..<(padded.count - 2)]
            let parts = ARNParts(bytes)
            let found = parts != nil
            let fields = bytes.split(separator: UInt8(ascii: ":"), maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, fields[0].elementsEqual("arn".utf8) else {
                #expect(!found, "\(text)")
                continue
            }
            #expect(found, "\(text)")
            guard let parts else { continue }
            let ranges = [parts.partition, parts.service, parts.region, parts.account, parts.resource]
            #expect(ranges.map { Array(bytes[$0]) } == fields[1...].map { Array($0) }, "\(text)")
        }
    }

    /// `ByteKey` (one hashing call per key) must find exactly the keys `ArraySlice` equality finds.
    @Test func byteKeysAreEqualExactlyWhenTheirBytesAre() {
        let bytes = Array("2b220fae2fec1ad24e951fad269908ef2b220fae2fec1ad24e951fad269908ee".utf8)
        let slices = [bytes[0..<32], bytes[32..<64], bytes[0..<31], bytes[1..<32], bytes[32..<63], bytes[3..<3], []]
        var seen: [ByteKey: Int] = [:]
        for (position, slice) in slices.enumerated() {
            let first = slices.firstIndex(of: slice)
            #expect(seen[ByteKey(slice)] == (first == position ? nil : first), "\(position)")
            if seen[ByteKey(slice)] == nil { seen[ByteKey(slice)] = position }
            for other in slices { #expect((ByteKey(slice) == ByteKey(other)) == (slice == other)) }
        }
    }

    @Test func kinesisShardIndexReadsOnlyStrictShardIDs() {
        let cases: [(String, UInt64?)] = [
            ("shardId-000000000000", 0), ("shardId-000000000017", 17), ("shardId-999999999999", 999_999_999_999),
            ("shardId-00000000001", nil), ("shardId-0000000000001", nil), ("shardid-000000000001", nil),
            ("shardId_000000000001", nil), ("shardId-00000000000a", nil), ("shardId-00000000000/", nil),
            ("shardId-00000000000:", nil), ("", nil), ("xshardId-00000000001", nil),
        ]
        for (text, expected) in cases {
            #expect(DecimalDigits.kinesisShardIndex(ArraySlice(text.utf8)) == expected, "\(text)")
            #expect(DecimalDigits.kinesisShardIndex(Array("x\(text)".utf8).dropFirst()) == expected, "\(text)")
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

    /// Item maps for the one-pass check-and-measure: well-formed values of every type, nested ones, and values
    /// the size rules reject (wrong shapes, wrong element types, bad base64) at every depth.
    static let attributeMaps = [
        #"{}"#,
        #"{"a": {"S": "x"}, "bé": {"N": "12.50"}, "c": {"B": "AQI="}, "d": {"BOOL": true}, "e": {"NULL": true}}"#,
        #"{"s": {"SS": ["a", "bc"]}, "n": {"NS": ["1", "-2.5", "1e3"]}, "b": {"BS": ["AQ==", "Ag==", "AQID"]}}"#,
        #"{"m": {"M": {"x": {"S": "1"}, "y": {"L": [{"N": "1"}, {"M": {}}, {"L": []}]}}}, "k\u00e9": {"S": "\n"}}"#,
        #"{"a": {"S": 1}}"#, #"{"a": {"N": 1}}"#, #"{"a": {"B": "A"}}"#, #"{"a": {"B": "A!=="}}"#,
        #"{"a": {"SS": "x"}}"#, #"{"a": {"SS": ["x", 1]}}"#, #"{"a": {"NS": [1]}}"#, #"{"a": {"BS": ["AQ", "AQ=="]}}"#,
        #"{"a": {"BS": {}}}"#, #"{"a": {"M": []}}"#, #"{"a": {"L": {}}}"#, #"{"a": {"L": [{"S": "x", "N": "1"}]}}"#,
        #"{"a": {"M": {"b": {"X": "1"}}}}"#, #"{"a": {}}"#, #"{"a": []}"#, #"{"a": "S"}"#,
        #"{"a": {"S": "x"}, "b": 1}"#, #"{"a": {"N": "1"}, "a": {"N": "100"}}"#, #"[]"#, #""x""#,
        #"{"a": {"BS": ["AQ==", "AR=="]}, "b": {"B": "AR=="}}"#,
        #"{"a": {"N": "123456789012345678901234567890123456789"}, "b": {"NS": ["1", "1.0"]}}"#,
    ]

    /// A map nested `depth` levels below its top-level attribute, in `M` or `L` form, with `leaf` at the bottom.
    static func nested(_ depth: Int, list: Bool, leaf: String) -> String {
        var value = leaf
        for _ in 0..<depth { value = list ? #"{"L": [\#(value)]}"# : #"{"M": {"x": \#(value)}}"# }
        return #"{"top": \#(value)}"#
    }

    @Test func checkingAnAttributeMapMeasuresItAsItemSizeDoes() throws {
        var maps = Self.attributeMaps
        for depth in [30, 31, 32, 33, 34, 40] {
            for list in [false, true] {
                maps.append(Self.nested(depth, list: list, leaf: #"{"N": "1.5"}"#))
                maps.append(Self.nested(depth, list: list, leaf: #"{"N": 1.5}"#))
            }
        }
        for text in maps {
            let document = try JSONDocument(parsing: text)
            var context = RuleContext(document: document, root: 0, options: RuleOptions())
            let size = context.checkAttributeMap(0)
            #expect(size == context.itemSize(0), "\(text)")
        }
        // The measure agrees with DynamoDBItemSize on the well-formed maps.
        for text in Self.attributeMaps.prefix(4) {
            let document = try JSONDocument(parsing: text)
            var context = RuleContext(document: document, root: 0, options: RuleOptions())
            let typed = try AttributeMap(json: document.root.value)
            #expect(context.checkAttributeMap(0) == DynamoDBItemSize.size(of: typed), "\(text)")
        }
    }

    /// An `N` or `NS` element read once in place (plain, up to 38 characters) is reported and measured as
    /// `DynamoDBNumber` says: a range or digit finding exactly when its validation fails for more than syntax, and
    /// the size `itemSize` gives, at the 38/39-character boundary, with signs, points, zeros and exponents.
    @Test func numbersReadInPlaceAreCheckedAndMeasuredAsDynamoDBNumberSays() throws {
        let digits38 = String(repeating: "9", count: 38)
        let texts =
            Self.numberTexts + [
                digits38, digits38 + "9", "-" + digits38, "-" + String(digits38.dropFirst()), "0." + digits38,
                "0." + String(digits38.dropFirst(2)), "1" + String(repeating: "0", count: 37),
                "1" + String(repeating: "0", count: 38), "0.0000000000000000000000000000000000001", "1e125", "1E126",
                "1e-130", "1e-131", "1.5e3", "-0.000", "12.", "x", "", "1_0",
                String(repeating: "0", count: 40) + "1", "1" + String(repeating: "0", count: 126),
                "1" + String(repeating: "0", count: 125), "0." + String(repeating: "0", count: 129) + "1",
                "0." + String(repeating: "0", count: 128) + "1", "-0." + String(repeating: "0", count: 128) + "15",
                "9" + String(repeating: "0", count: 125) + ".5", "+" + String(repeating: "0", count: 60) + "7.25",
                "1" + String(repeating: "0", count: 40) + "1", digits38 + "." + String(repeating: "0", count: 20),
                "0." + digits38 + "1", String(repeating: "0", count: 50) + "." + digits38, "-" + digits38 + "0",
            ]
        for text in texts {
            for set in [false, true] {
                let value = set ? #"{"NS": ["\#(text)"]}"# : #"{"N": "\#(text)"}"#
                let document = try JSONDocument(parsing: #"{"n": \#(value)}"#)
                var context = RuleContext(document: document, root: 0, options: RuleOptions())
                let size = context.checkAttributeMap(0)
                #expect(size == context.itemSize(0), "\(text)")
                var expected: [String] = []
                do {
                    try DynamoDBNumber(unchecked: text).validate()
                } catch {
                    if case .syntax = error.problem {} else { expected = ["dynamodb.number-range"] }
                }
                #expect(context.diagnostics.map(\.rule) == expected, "\(text)")
            }
        }
    }

    @Test func nestingBeyondTheLimitIsReportedOnceAndStillMeasured() throws {
        let document = try JSONDocument(parsing: Self.nested(34, list: false, leaf: #"{"N": "1"}"#))
        var context = RuleContext(document: document, root: 0, options: RuleOptions())
        #expect(context.checkAttributeMap(0) == context.itemSize(0))
        #expect(context.checkAttributeMap(0) != nil)
        #expect(context.diagnostics.map(\.rule) == ["dynamodb.nesting-depth", "dynamodb.nesting-depth"])
    }

    @Test func memberLookupFindsTheLastOfDuplicatesAndDecodesEscapedNames() throws {
        let cases: [(text: String, name: String, value: String?)] = [
            (#"{"a": 1, "b": 2}"#, "b", "2"), (#"{"a": 1, "b": 2}"#, "a", "1"), (#"{"a": 1, "b": 2}"#, "c", nil),
            (#"{"a": 1, "b": 2, "a": 3}"#, "a", "3"), (#"{"\u0061": 1, "b": 2}"#, "a", "1"),
            (#"{"a": 1, "\u0061": 4}"#, "a", "4"), (#"{"": 5, "a": 1}"#, "", "5"), (#"{"ab": 1}"#, "a", nil),
            (#"{"a": 1}"#, "ab", nil), (#"{"a": {"b": 1}, "b": 2}"#, "b", "2"), (#"{}"#, "a", nil),
            (#"{"x": {"a": 1, "a": 2}, "a": 6}"#, "a", "6"),
        ]
        for (text, name, value) in cases {
            let document = try JSONDocument(parsing: text)
            let context = RuleContext(document: document, root: 0, options: RuleOptions())
            let found = context.member(0, Array(name.utf8))
            #expect(found.map { document.numberText($0) } == value, "\(text) \(name)")
            #expect(found == document.root[name]?.index, "\(text) \(name)")
            #expect(context.member(0, name.utf8) == found, "\(text) \(name)")
            // The name read from the tape, plain or written with escapes, finds the same member.
            let escaped = "\"" + name.unicodeScalars.map { "\\u00" + String($0.value, radix: 16) }.joined() + "\""
            let combined = try JSONDocument(
                parsing: "[" + text + ", " + JSONWriter.string(of: .string(name)) + ", " + escaped + "]")
            let withNames = RuleContext(document: combined, root: 0, options: RuleOptions())
            let plainName = combined.next(1)
            for nameIndex in [plainName, combined.next(plainName)] {
                let byName = withNames.member(1, nameAt: nameIndex)
                #expect(byName.map { combined.numberText($0) } == value, "\(text) \(name)")
            }
        }
    }

    /// `StrictFormat.scalarCount` counts eight bytes at a time; it must count what a byte loop counts (every byte
    /// but `10xxxxxx`), on text and on arbitrary bytes at every length and alignment.
    @Test func scalarCountCountsWhatAByteLoopCounts() {
        func loop(_ bytes: [UInt8]) -> Int { bytes.filter { $0 & 0xC0 != 0x80 }.count }
        var samples: [[UInt8]] = [
            [], Array("us-east-1".utf8), Array("arn:aws:dynamodb:us-east-1:123456789012:table/é/stream/2024".utf8),
            Array("ü€𝄞aé".utf8), Array(repeating: 0x80, count: 17), Array(repeating: 0xBF, count: 9),
            Array(repeating: 0xC0, count: 9), Array(repeating: 0x7F, count: 8),
        ]
        var state: UInt64 = 0x5CA1_AB1E
        for _ in 0..<4000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 58)
            samples.append(
                (0..<count).map { position in
                    UInt8(truncatingIfNeeded: (state >> UInt64(position % 56)) &* 0x9E37_79B9_7F4A_7C15 >> 56)
                })
        }
        for sample in samples {
            for offset in 0..<min(3, sample.count + 1) {
                let slice = Array(sample[offset...])
                #expect(
                    slice.withUnsafeBufferPointer { StrictFormat.scalarCount($0) } == loop(slice), "\(slice)")
            }
        }
    }

    /// `SeenStrings` answers as the dictionary of first places it replaces, below and past `smallLimit` distinct
    /// values, with repeats early and late and values written with escapes.
    @Test func seenStringsFindTheFirstPlaceAsADictionaryDoes() throws {
        for distinct in [1, 5, 31, 32, 33, 70] {
            var values: [String] = []
            var state = UInt64(distinct) &* 0x9E37_79B9
            for position in 0..<(distinct * 3) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let value = position < distinct ? position : Int(state >> 33) % distinct
                // Every third repeat of an even value is written with an escape: the same decoded string.
                let text = "id-\(value)"
                values.append(
                    value % 2 == 0 && position % 3 == 0
                        ? JSONWriter.string(of: .string(text)).replacingOccurrences(of: "i", with: "\\u0069")
                        : JSONWriter.string(of: .string(text)))
            }
            let document = try JSONDocument(parsing: "[" + values.joined(separator: ",") + "]")
            let context = RuleContext(document: document, root: 0, options: RuleOptions())
            var seen = SeenStrings()
            var reference: [ByteKey: Int] = [:]
            for element in context.elements(0) {
                let key = ByteKey(context.utf8(element))
                let expected = reference[key]
                if expected == nil { reference[key] = element }
                #expect(seen.firstPlace(of: element, in: context) == expected, "\(distinct) \(element)")
            }
        }
    }

    /// `stringsEqual` compares texts as written when neither has escapes, else decoded.
    @Test func stringsEqualComparesDecodedValues() throws {
        let texts = [#""a""#, #""\u0061""#, #""b""#, #""ab""#, #""""#, #""a\"""#, #""a\u0022""#, #""ba""#]
        let document = try JSONDocument(parsing: "[" + texts.joined(separator: ",") + "]")
        let context = RuleContext(document: document, root: 0, options: RuleOptions())
        let elements = context.elements(0)
        for left in elements {
            for right in elements {
                #expect(
                    context.stringsEqual(left, right) == (document.string(left) == document.string(right)),
                    "\(left) \(right)")
            }
        }
    }
}
