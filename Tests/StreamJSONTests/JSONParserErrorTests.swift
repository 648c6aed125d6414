import StreamJSON
import Testing

@Suite struct JSONParserErrorTests {
    /// Parses `text` expecting a syntax error, returning it.
    private func failure(_ text: String, depth: Int = 1_000) -> JSONSyntaxError? {
        do {
            _ = try JSONDocument(parsing: Array(text.utf8), options: .init(maximumDepth: depth))
            return nil
        } catch {
            return error
        }
    }

    private func failure(bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONDocument(parsing: bytes)
            return nil
        } catch {
            return error
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let reason: JSONSyntaxError.Reason
        let line: Int
        let column: Int
        let messageFragment: String
        var testDescription: String { "\(reason.rawValue): \(text.debugDescription)" }
    }

    static let cases: [Case] = [
        Case(text: #"{"a": [1, 2"#, reason: .unexpectedEnd, line: 1, column: 12, messageFragment: "found end of input"),
        Case(text: "", reason: .empty, line: 1, column: 1, messageFragment: "expected a JSON value"),
        Case(text: "  \n ", reason: .empty, line: 2, column: 2, messageFragment: "expected a JSON value"),
        Case(text: "[1,2,]", reason: .trailingComma, line: 1, column: 6, messageFragment: "trailing comma"),
        Case(text: "{\n  \"a\": 1,\n}", reason: .trailingComma, line: 3, column: 1, messageFragment: "trailing comma"),
        Case(text: #"{"a": 01}"#, reason: .leadingZero, line: 1, column: 7, messageFragment: "'01'"),
        Case(text: "[-]", reason: .invalidNumber, line: 1, column: 3, messageFragment: "digit after '-'"),
        Case(text: "[1.]", reason: .invalidNumber, line: 1, column: 4, messageFragment: "decimal point"),
        Case(text: "[1e]", reason: .invalidNumber, line: 1, column: 4, messageFragment: "exponent"),
        Case(text: "[+1]", reason: .unexpectedCharacter, line: 1, column: 2, messageFragment: "'+1'"),
        Case(text: "[NaN]", reason: .unexpectedCharacter, line: 1, column: 2, messageFragment: "'NaN'"),
        Case(text: #"["\x"]"#, reason: .invalidEscape, line: 1, column: 3, messageFragment: #"'\x'"#),
        Case(text: #"["\u12G4"]"#, reason: .invalidEscape, line: 1, column: 7, messageFragment: "4 hex digits"),
        Case(text: #"["\uD800"]"#, reason: .loneSurrogate, line: 1, column: 3, messageFragment: "high surrogate"),
        Case(text: #"["\uDC00"]"#, reason: .loneSurrogate, line: 1, column: 3, messageFragment: "lone low surrogate"),
        Case(text: #"["\uD800\u0041"]"#, reason: .loneSurrogate, line: 1, column: 3, messageFragment: "low surrogate"),
        Case(text: "[\"a\tb\"]", reason: .controlCharacter, line: 1, column: 4, messageFragment: "U+0009"),
        Case(text: "{\"a\" 1}", reason: .unexpectedCharacter, line: 1, column: 6, messageFragment: "expected ':'"),
        Case(text: "{1: 2}", reason: .unexpectedCharacter, line: 1, column: 2, messageFragment: "member name"),
        Case(text: "[1 2]", reason: .unexpectedCharacter, line: 1, column: 4, messageFragment: "',' or ']'"),
        Case(text: "{} x", reason: .trailingContent, line: 1, column: 4, messageFragment: "end of input"),
        Case(text: "[tru]", reason: .unexpectedCharacter, line: 1, column: 2, messageFragment: "'tru'"),
        Case(text: "[truex]", reason: .unexpectedCharacter, line: 1, column: 2, messageFragment: "'truex'"),
        Case(text: "\"abc", reason: .unexpectedEnd, line: 1, column: 1, messageFragment: "close the string"),
        Case(text: "[1,\r\n2,\r3,\nx]", reason: .unexpectedCharacter, line: 4, column: 1, messageFragment: "'x'"),
    ]

    @Test(arguments: cases)
    func reportsReasonAndPosition(_ testCase: Case) throws {
        let error = try #require(failure(testCase.text))
        #expect(error.reason == testCase.reason)
        #expect(error.line == testCase.line && error.column == testCase.column, "got \(error)")
        #expect(error.message.contains(testCase.messageFragment), "message: \(error.message)")
    }

    @Test func invalidUTF8IsRejectedWithItsOffset() throws {
        // "a" then a lone continuation byte.
        let lone = try #require(failure(bytes: [0x5B, 0x22, 0x61, 0x80, 0x22, 0x5D]))
        #expect(lone.reason == .invalidUTF8 && lone.offset == 3)
        // Overlong encoding of "/" (C0 AF) and of NUL (E0 80 80).
        #expect(failure(bytes: [0x22, 0xC0, 0xAF, 0x22])?.reason == .invalidUTF8)
        #expect(failure(bytes: [0x22, 0xE0, 0x80, 0x80, 0x22])?.reason == .invalidUTF8)
        // A UTF-16 surrogate encoded in UTF-8 (ED A0 80) and a code point above U+10FFFF (F4 90 80 80).
        #expect(failure(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22])?.reason == .invalidUTF8)
        #expect(failure(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22])?.reason == .invalidUTF8)
        // Truncated 3-byte character at the end of input.
        #expect(failure(bytes: [0x22, 0xE2, 0x82])?.reason == .invalidUTF8)
        // Valid multi-byte text passes: "é€🐲".
        #expect(failure(bytes: Array("\"é€🐲\"".utf8)) == nil)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(failure(#"{"é€🐲": x}"#))
        #expect(error.line == 1 && error.column == 9)
    }

    @Test func hundredThousandOpenBracketsFailWithoutOverflowingTheStack() throws {
        let text = String(repeating: "[", count: 100_000)
        let error = try #require(failure(text))
        #expect(error.reason == .tooDeep)
        #expect(error.column == 1_001)
    }

    @Test func depthLimitIsConfigurable() throws {
        #expect(failure("[[[1]]]", depth: 3) == nil)
        #expect(failure("[[[[1]]]]", depth: 3)?.reason == .tooDeep)
    }

    @Test func byteOrderMarkIsSkippedByDefaultAndRejectedWhenAsked() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)
        #expect(try JSONDocument(parsing: bytes).root.count == 1)
        #expect(throws: JSONSyntaxError.self) {
            _ = try JSONDocument(parsing: bytes, options: .init(skipsByteOrderMark: false))
        }
    }

    @Test func nulByteOutsideStringsIsAnUnexpectedCharacter() throws {
        let error = try #require(failure(bytes: [0x5B, 0x00, 0x5D]))
        #expect(error.reason == .unexpectedCharacter)
        #expect(error.message.contains("0x00"))
    }
}
