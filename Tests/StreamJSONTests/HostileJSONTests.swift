import Foundation
import StreamJSON
import Testing

/// Input built to crash, hang or exhaust a careless JSON reader: each ends in a document or in one
/// `JSONSyntaxError` with its exact reason and line:column, quickly, in a debug build.
@Suite(.timeLimit(.minutes(1))) struct HostileJSONTests {
    private func failure(_ bytes: [UInt8], options: JSONParsingOptions = .init()) -> JSONSyntaxError? {
        do {
            _ = try JSONDocument(parsing: bytes, options: options)
            return nil
        } catch {
            return error
        }
    }

    private func failure(_ text: String) -> JSONSyntaxError? { failure(Array(text.utf8)) }

    /// `depth` nested arrays around `inner`.
    private func nestedArrays(_ depth: Int, around inner: String = "") -> [UInt8] {
        Array(String(repeating: "[", count: depth).utf8) + Array(inner.utf8)
            + Array(String(repeating: "]", count: depth).utf8)
    }

    // MARK: - Nesting

    @Test func oneHundredThousandNestedArraysStopAtTheDepthLimitWithItsLocation() throws {
        let error = try #require(failure(nestedArrays(100_000)))
        #expect(error.reason == .tooDeep)
        #expect(error.description == "1:1001: nesting is deeper than the limit of 1000 arrays and objects")
        #expect(error.offset == 1_000)
    }

    @Test func oneHundredThousandNestedObjectsStopAtTheDepthLimitWithItsLocation() throws {
        let text = String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let error = try #require(failure(text))
        #expect(error.reason == .tooDeep)
        #expect(error.description == "1:5001: nesting is deeper than the limit of 1000 arrays and objects")
    }

    @Test func deepNestingOnManyLinesReportsTheLineOfTheFirstBracketTooMany() throws {
        let text = String(repeating: "[\r\n", count: 1_500)
        let error = try #require(failure(text))
        #expect(error.description == "1001:1: nesting is deeper than the limit of 1000 arrays and objects")
    }

    @Test func nestingAtTheLimitIsReadConvertedWrittenAndDecodedWithoutRecursionTrouble() throws {
        let depth = 1_000
        let bytes = nestedArrays(depth, around: "7")
        let document = try JSONDocument(parsing: bytes)
        let value = document.root.value
        #expect(JSONWriter.bytes(of: value) == bytes)
        let decoded = try StreamJSONDecoder().decode(JSONValue.self, from: bytes)
        #expect(decoded == value)
        let reencoded = try StreamJSONEncoder().encode(decoded)
        #expect(Array(reencoded) == bytes)
        var innermost = value
        var levels = 0
        while case .array(let elements) = innermost, let first = elements.first {
            innermost = first
            levels += 1
        }
        #expect(levels == depth)
        #expect(innermost == 7)
    }

    @Test func aRaisedDepthLimitStillParsesIteratively() throws {
        let depth = 100_000
        let document = try JSONDocument(parsing: nestedArrays(depth, around: "0"), options: .init(maximumDepth: depth))
        #expect(document.root.count == 1)
        let innermost = JSONPointer(tokens: Array(repeating: .index(0), count: depth))
        #expect(document.root[innermost]?.location.description == "1:100001")
    }

    // MARK: - Width

    @Test func aMillionMemberObjectParsesInLinearTime() throws {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(14_000_000)
        for index in 0..<1_000_000 {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: String(index).utf8)
            bytes.append(contentsOf: #"":1"#.utf8)
        }
        bytes.append(UInt8(ascii: "}"))
        let document = try JSONDocument(parsing: bytes)
        #expect(document.root.count == 1_000_000)
        #expect(document.duplicateMemberNames.isEmpty)
        #expect(document.root["999999"]?.numberValue?.int64Value == 1)
    }

    @Test func aMillionRepeatsOfOneMemberNameAreAllReportedAsDuplicates() throws {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for index in 0..<1_000_000 {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: #""a":1"#.utf8)
        }
        bytes.append(UInt8(ascii: "}"))
        let document = try JSONDocument(parsing: bytes)
        #expect(document.duplicateNameNodes.count == 999_999)
        #expect(document.duplicateMemberNames.last?.location.description == "1:\(2 + 6 * 999_999)")
    }

    @Test func aMillionMemberValueConvertsAndComparesInLinearTime() throws {
        let members = (0..<1_000_000).map { JSONObject.Member(key: "k\($0)", value: .null) }
        let object = JSONObject(members)
        #expect(object.count == 1_000_000)
        #expect(object == JSONObject(members.reversed()))
        let bytes = JSONWriter.bytes(of: .object(object))
        #expect(try JSONDocument(parsing: bytes).root.value == .object(object))
    }

    /// `Codable` decoding costs a constant per member (a hashed member table), but that constant is large in a
    /// debug build, so this one uses 100,000 members.
    @Test func aHundredThousandMemberObjectDecodesAsADictionary() throws {
        let object = JSONObject((0..<100_000).map { JSONObject.Member(key: "k\($0)", value: 1) })
        let decoded = try StreamJSONDecoder().decode([String: Int].self, from: JSONWriter.bytes(of: .object(object)))
        #expect(decoded.count == 100_000)
        #expect(decoded["k99999"] == 1)
    }

    // MARK: - Numbers

    @Test func hugeExponentsAndSixtyDigitIntegersKeepTheirExactText() throws {
        let sixty = String(repeating: "123456789", count: 6) + "123456"
        let document = try JSONDocument(parsing: "[1e999999, -1E-999999, \(sixty), 1e99999999999999999999999999]")
        let numbers = document.root.value.arrayValue?.compactMap(\.numberValue) ?? []
        #expect(numbers.map(\.text) == ["1e999999", "-1E-999999", sixty, "1e99999999999999999999999999"])
        #expect(numbers[0].doubleValue == .infinity)
        #expect(numbers[1].doubleValue == 0)
        #expect(numbers[2].int64Value == nil)
        #expect(numbers[2].decimalValue == nil)
        #expect(numbers[0] < numbers[3])
        #expect(numbers[2] < numbers[0])
        #expect(
            JSONWriter.string(of: document.root.value) == "[1e999999,-1E-999999,\(sixty),1e99999999999999999999999999]")
    }

    @Test func decodingOutOfRangeNumbersThrowsTheRangeNotATrap() {
        let sixty = String(repeating: "9", count: 60)
        #expect(
            decodingError(Int.self, sixty)
                == "the number \(sixty) does not fit in Int (\(Int.min)…\(Int.max)) at the root (1:1)")
        #expect(decodingError(UInt8.self, "256") == "the number 256 does not fit in UInt8 (0…255) at the root (1:1)")
        #expect(
            decodingError(Double.self, "1e999999")
                == "the number 1e999999 is beyond the range of Double at the root (1:1)")
        #expect(
            decodingError(Decimal.self, sixty)
                == "the number \(sixty) does not fit in Decimal (38 digits) at the root (1:1)")
        #expect(
            decodingError(Int.self, "1e999999")
                == "the number 1e999999 does not fit in Int (\(Int.min)…\(Int.max)) at the root (1:1)")
    }

    private func decodingError<T: Decodable>(_ type: T.Type, _ text: String) -> String? {
        do {
            _ = try StreamJSONDecoder().decode(type, from: text)
            return nil
        } catch let DecodingError.dataCorrupted(context) {
            return context.debugDescription
        } catch {
            return "\(error)"
        }
    }

    // MARK: - Bytes

    static let invalidUTF8: [(bytes: [UInt8], message: String)] = [
        ([0xC0, 0xAF], "invalid UTF-8: byte 0xC0 cannot start a character"),
        ([0xE0, 0x80, 0xAF], "invalid UTF-8: byte 0x80 after 0xE0 (overlong, surrogate or truncated character)"),
        ([0xED, 0xA0, 0x80], "invalid UTF-8: byte 0xA0 after 0xED (overlong, surrogate or truncated character)"),
        ([0xF0, 0x80, 0x80, 0xAF], "invalid UTF-8: byte 0x80 after 0xF0 (overlong, surrogate or truncated character)"),
        ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8: byte 0x90 after 0xF4 (overlong, surrogate or truncated character)"),
        ([0xF5, 0x80, 0x80, 0x80], "invalid UTF-8: byte 0xF5 cannot start a character"),
        ([0xFF], "invalid UTF-8: byte 0xFF cannot start a character"),
        ([0x80], "invalid UTF-8: byte 0x80 cannot start a character"),
        ([0xE2, 0x82], "invalid UTF-8: truncated 3-byte character"),
    ]

    @Test(arguments: invalidUTF8.indices) func invalidAndOverlongUTF8InAStringIsAnErrorAtItsByte(case index: Int) throws
    {
        let (bad, message) = Self.invalidUTF8[index]
        let error = try #require(failure(Array("{\n  \"k\": \"ab".utf8) + bad + Array("cd\"}".utf8)))
        #expect(error.reason == .invalidUTF8)
        #expect(error.description == "2:11: \(message)")
        #expect(error.offset == 12)
    }

    @Test func invalidUTF8OutsideStringsIsAnUnexpectedCharacter() throws {
        let error = try #require(failure([UInt8(ascii: "[")] + [0xC0, 0xAF] + [UInt8(ascii: "]")]))
        #expect(error.description == "1:2: expected a value, found invalid UTF-8 (byte 0xC0)")
        let word = try #require(failure("[été]"))
        #expect(word.description == "1:2: expected a value, found 'été'")
    }

    @Test func nulBytesAreRejectedRawAndAcceptedEscaped() throws {
        let raw = try #require(failure(Array(#"{"a": "x"#.utf8) + [0] + Array(#""}"#.utf8)))
        #expect(raw.reason == .controlCharacter)
        #expect(raw.description == #"1:9: control character U+0000 must be escaped in a string (write \u0000)"#)
        let outside = try #require(failure([0, UInt8(ascii: "1")]))
        #expect(outside.description == "1:1: expected a value, found control character 0x00")
        let trailing = try #require(failure(Array("[1]".utf8) + [0]))
        #expect(trailing.reason == .trailingContent)
        #expect(trailing.description == "1:4: expected end of input after the JSON value, found more text")
        let escaped = try JSONDocument(parsing: #"{"a\u0000b": "\u0000"}"#)
        #expect(escaped.root.value == ["a\u{0}b": "\u{0}"])
    }

    /// Decision: a UTF-8 byte order mark before the value is accepted and skipped (RFC 8259 §8.1 lets readers
    /// ignore it), and takes no column; only a caller that turns `skipsByteOrderMark` off gets an error.
    @Test func aByteOrderMarkIsSkippedByDefaultTakesNoColumnAndIsNamedWhenRefused() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        let document = try JSONDocument(parsing: bytes)
        #expect(document.root.value == ["a": 1])
        #expect(document.root["a"]?.location.description == "1:7")
        let broken = try #require(failure([0xEF, 0xBB, 0xBF] + Array(#"{"a": x}"#.utf8)))
        #expect(broken.description == "1:7: expected a value, found 'x'")
        let refused = try #require(failure(bytes, options: .init(skipsByteOrderMark: false)))
        #expect(refused.description == "1:1: expected a value, found a UTF-8 byte order mark (EF BB BF)")
        let twice = try #require(failure([0xEF, 0xBB, 0xBF] + bytes))
        #expect(twice.description == "1:1: expected a value, found a UTF-8 byte order mark (EF BB BF)")
        #expect(twice.offset == 3)
    }

    @Test func crlfAndLoneCRLineEndsGiveTheSameLineAndColumn() throws {
        for end in ["\n", "\r\n", "\r"] {
            let text = "{\(end)  \"a\": 1,\(end)  \"b\": [1,\(end)\(end)   tru]\(end)}"
            let error = try #require(failure(text), "\(end.debugDescription)")
            #expect(error.description == "5:4: expected a value, found 'tru'", "\(end.debugDescription)")
            let document = try JSONDocument(parsing: text.replacingOccurrences(of: "tru]", with: "true]"))
            #expect(document.root["b"]?[1]?.location.description == "5:4", "\(end.debugDescription)")
            let index = LineIndex(document.bytes)
            #expect(index.location(of: document.root["b"]?[1]?.location.offset ?? 0).description == "5:4")
        }
    }

    // MARK: - Size

    /// 100 MB on one line: a string of 100 MB, and an array of 100 MB of small numbers cut off at the end.
    @Test func aHundredMegabyteLineParsesInOnePass() throws {
        let size = 100 << 20
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: size)
        bytes[0] = UInt8(ascii: "\"")
        bytes[size - 1] = UInt8(ascii: "\"")
        let document = try JSONDocument(parsing: bytes)
        #expect(document.root.kind == .string)
        bytes[size - 1] = UInt8(ascii: "x")
        let error = try #require(failure(bytes))
        #expect(error.description == "1:1: expected '\"' to close the string that starts here, found end of input")
    }
}
