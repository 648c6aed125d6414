import Foundation
import Testing

@testable import StreamJSONSchema

@Suite struct ECMAPatternTests {
    struct Case: CustomStringConvertible, Sendable {
        var pattern: String
        var input: String
        var matches: Bool
        var description: String { "/\(pattern)/u on \(input.debugDescription) → \(matches)" }
    }

    static let cases: [Case] = [
        // Literals and unanchored search
        Case(pattern: "abc", input: "xxabcxx", matches: true),
        Case(pattern: "abc", input: "ab", matches: false),
        Case(pattern: "", input: "anything", matches: true),
        Case(pattern: "a+", input: "xxaayy", matches: true),
        // Escapes
        Case(pattern: "^\\t\\n\\r\\f\\v$", input: "\t\n\r\u{0C}\u{0B}", matches: true),
        Case(pattern: "^\\0$", input: "\u{0}", matches: true),
        Case(pattern: "^\\x41\\u0042\\u{43}$", input: "ABC", matches: true),
        Case(pattern: "^\\u{1F432}$", input: "🐲", matches: true),
        Case(pattern: "^\\uD83D\\uDC32$", input: "🐲", matches: true),
        Case(pattern: "^\\cJ$", input: "\n", matches: true),
        Case(pattern: "^\\cj$", input: "\n", matches: true),
        Case(pattern: "^\\^\\$\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/\\\\$", input: "^$.*+?()[]{}|/\\", matches: true),
        // Dot
        Case(pattern: "^.$", input: "é", matches: true),
        Case(pattern: "^.$", input: "🐲", matches: true),
        Case(pattern: "^.$", input: "\n", matches: false),
        Case(pattern: "^.$", input: "\r", matches: false),
        Case(pattern: "^.$", input: "\u{2028}", matches: false),
        Case(pattern: "^.$", input: "\u{2029}", matches: false),
        Case(pattern: "^.$", input: "\u{85}", matches: true),
        // Anchors
        Case(pattern: "^abc$", input: "abc", matches: true),
        Case(pattern: "^abc$", input: "abc\n", matches: false),
        Case(pattern: "^b", input: "ab", matches: false),
        Case(pattern: "a$", input: "ab", matches: false),
        Case(pattern: "^$", input: "", matches: true),
        Case(pattern: "^$", input: "\n", matches: false),
        // Word boundaries
        Case(pattern: "\\bfoo\\b", input: "a foo b", matches: true),
        Case(pattern: "\\bfoo\\b", input: "afoo", matches: false),
        Case(pattern: "\\Bfoo", input: "afoo", matches: true),
        Case(pattern: "\\bé", input: " é", matches: false),
        // Classes
        Case(pattern: "^[a-c]+$", input: "abcabc", matches: true),
        Case(pattern: "^[a-c]+$", input: "abcd", matches: false),
        Case(pattern: "^[^a-c]$", input: "d", matches: true),
        Case(pattern: "^[^a-c]$", input: "b", matches: false),
        Case(pattern: "^[^a-c]$", input: "🐲", matches: true),
        Case(pattern: "^[a-]$", input: "-", matches: true),
        Case(pattern: "^[-a]$", input: "-", matches: true),
        Case(pattern: "^[a\\-z]$", input: "b", matches: false),
        Case(pattern: "^[\\b]$", input: "\u{8}", matches: true),
        Case(pattern: "^[]$", input: "a", matches: false),
        Case(pattern: "^[^]$", input: "\n", matches: true),
        Case(pattern: "^[🐲-🐴]$", input: "🐳", matches: true),
        Case(pattern: "^[🐲-🐴]$", input: "🐵", matches: false),
        Case(pattern: "^[\\d\\s]+$", input: "1 2", matches: true),
        Case(pattern: "^[\\W]$", input: "é", matches: true),
        Case(pattern: "^[\\S]$", input: " ", matches: false),
        // Predefined classes with ECMA semantics
        Case(pattern: "^\\d$", input: "7", matches: true),
        Case(pattern: "^\\d$", input: "٣", matches: false),
        Case(pattern: "^\\D$", input: "٣", matches: true),
        Case(pattern: "^\\w$", input: "_", matches: true),
        Case(pattern: "^\\w$", input: "é", matches: false),
        Case(pattern: "^\\W$", input: "é", matches: true),
        Case(pattern: "^\\s$", input: "\u{FEFF}", matches: true),
        Case(pattern: "^\\s$", input: "\u{3000}", matches: true),
        Case(pattern: "^\\s$", input: "\u{2029}", matches: true),
        Case(pattern: "^\\s$", input: "\u{85}", matches: false),
        Case(pattern: "^\\S$", input: "\u{A0}", matches: false),
        // Groups and alternation
        Case(pattern: "^(?:ab|cd)+$", input: "abcdab", matches: true),
        Case(pattern: "^(ab|cd)+$", input: "abc", matches: false),
        Case(pattern: "^(?<year>\\d{4})-(?<month>\\d{2})$", input: "2024-02", matches: true),
        Case(pattern: "^(a|)$", input: "", matches: true),
        Case(pattern: "^(?:a|b|)c$", input: "c", matches: true),
        // Quantifiers
        Case(pattern: "^a{3}$", input: "aaa", matches: true),
        Case(pattern: "^a{3}$", input: "aaaa", matches: false),
        Case(pattern: "^a{2,}$", input: "aaaaa", matches: true),
        Case(pattern: "^a{2,}$", input: "a", matches: false),
        Case(pattern: "^a{1,2}$", input: "aaa", matches: false),
        Case(pattern: "^a{0}$", input: "", matches: true),
        Case(pattern: "^a*?b$", input: "aaab", matches: true),
        Case(pattern: "^a+?$", input: "aa", matches: true),
        Case(pattern: "^a??b$", input: "b", matches: true),
        Case(pattern: "^(?:a{2}){2,3}$", input: "aaaaaa", matches: true),
        Case(pattern: "^(?:a{2}){2,3}$", input: "aaaaa", matches: false),
        Case(pattern: "^(0|[1-9][0-9]{0,128})$", input: "0", matches: true),
        Case(pattern: "^(0|[1-9][0-9]{0,128})$", input: "012", matches: false),
        Case(pattern: "^[A-Za-z0-9+/]*={0,2}$", input: "QUJD==", matches: true),
        Case(pattern: "^[A-Za-z0-9+/]*={0,2}$", input: "QUJ===", matches: false),
        Case(pattern: "^(a*)*$", input: "aaa", matches: true),
        // Backreferences
        Case(pattern: "^(a+)\\1$", input: "aaaa", matches: true),
        Case(pattern: "^(a+)\\1$", input: "aaa", matches: false),
        Case(pattern: "^(?<q>['\"]).*\\k<q>$", input: "'x'", matches: true),
        Case(pattern: "^(?<q>['\"]).*\\k<q>$", input: "'x\"", matches: false),
        Case(pattern: "^\\1(a)$", input: "a", matches: true),
        Case(pattern: "^(?:(a)|b)\\1$", input: "b", matches: true),
        // Captures reset on each iteration: after "b" the group is undefined and \1 matches empty.
        Case(pattern: "^(?:(a)|b)+\\1$", input: "abb", matches: true),
        Case(pattern: "^(?:(a)|b)+\\1$", input: "aba", matches: false),
        Case(pattern: "^(?:(a)b)+\\1$", input: "abab", matches: false),
        Case(pattern: "^(é)\\1$", input: "éé", matches: true),
        // Lookarounds
        Case(pattern: "^(?=.*\\d)(?=.*[a-z]).{6,}$", input: "abc123", matches: true),
        Case(pattern: "^(?=.*\\d)(?=.*[a-z]).{6,}$", input: "abcdef", matches: false),
        Case(pattern: "^(?!.*bad).*$", input: "all good", matches: true),
        Case(pattern: "^(?!.*bad).*$", input: "so bad", matches: false),
        Case(pattern: "(?<=\\$)\\d+", input: "cost $42", matches: true),
        Case(pattern: "(?<=\\$)\\d+", input: "cost 42", matches: false),
        Case(pattern: "(?<!\\d)\\d{3}(?!\\d)", input: "a1234b", matches: false),
        Case(pattern: "(?<!\\d)\\d{3}(?!\\d)", input: "a123b", matches: true),
        Case(pattern: "(?<=a+)b", input: "aaab", matches: true),
        Case(pattern: "(?<=(\\d)(\\d))x\\1", input: "12x1", matches: true),
        Case(pattern: "(?<=(\\d)(\\d))x\\1", input: "12x2", matches: false),
        Case(pattern: "(?=(a+))a*b\\1", input: "baaabac", matches: true),
        // Unicode property escapes
        Case(pattern: "^\\p{L}+$", input: "héllo", matches: true),
        Case(pattern: "^\\p{Letter}+$", input: "123", matches: false),
        Case(pattern: "^\\p{Lu}\\p{Ll}+$", input: "Ωmega", matches: true),
        Case(pattern: "^\\P{L}+$", input: "123!", matches: true),
        Case(pattern: "^\\p{N}+$", input: "Ⅻ٣", matches: true),
        Case(pattern: "^\\p{Nd}+$", input: "৪২", matches: true),
        Case(pattern: "^\\p{digit}+$", input: "42", matches: true),
        Case(pattern: "^\\p{gc=Lu}$", input: "A", matches: true),
        Case(pattern: "^\\p{General_Category=Decimal_Number}$", input: "a", matches: false),
        Case(pattern: "^\\p{Script=Greek}+$", input: "αβγ", matches: true),
        Case(pattern: "^\\p{sc=Grek}+$", input: "abc", matches: false),
        Case(pattern: "^\\p{Script=Latin}+$", input: "abcé", matches: true),
        Case(pattern: "^\\p{sc=Han}$", input: "漢", matches: true),
        Case(pattern: "^\\p{Script=Cyrillic}$", input: "Ж", matches: true),
        Case(pattern: "^\\p{scx=Deva}$", input: "\u{964}", matches: true),
        Case(pattern: "^\\p{sc=Deva}$", input: "\u{964}", matches: false),
        Case(pattern: "^\\p{Emoji_Presentation}$", input: "🐲", matches: true),
        Case(pattern: "^\\p{ASCII}+$", input: "abc", matches: true),
        Case(pattern: "^\\p{Any}$", input: "\u{10FFFF}", matches: true),
        Case(pattern: "^[\\p{L}\\d]+$", input: "a1é", matches: true),
        Case(pattern: "^[^\\P{L}]+$", input: "abc", matches: true),
        Case(pattern: "^[\\P{L}]$", input: "a", matches: false),
        Case(pattern: "^\\p{White_Space}$", input: "\u{85}", matches: true),
        // Non-BMP text
        Case(pattern: "^🐲*$", input: "🐲🐲", matches: true),
        Case(pattern: "^🐲*$", input: "🐉", matches: false),
        Case(pattern: "^.{2}$", input: "🐲🐲", matches: true),
        Case(pattern: "^[^a]{1}$", input: "🐲", matches: true),
        // Hot schema patterns
        Case(
            pattern: "^arn:aws[a-zA-Z-]*:kinesis:[a-z0-9-]+:\\d{12}:stream/\\S+$",
            input: "arn:aws:kinesis:us-east-1:123456789012:stream/my-stream", matches: true),
        Case(
            pattern: "^arn:aws[a-zA-Z-]*:kinesis:[a-z0-9-]+:\\d{12}:stream/\\S+$",
            input: "arn:aws-cn:kinesis:cn-north-1:123456789012:stream/é", matches: true),
        Case(
            pattern: "^arn:aws[a-zA-Z-]*:kinesis:[a-z0-9-]+:\\d{12}:stream/\\S+$",
            input: "arn:aws:kinesis:us-east-1:12345678901:stream/s", matches: false),
        Case(
            pattern: "^arn:aws[a-zA-Z-]*:kinesis:[a-z0-9-]+:\\d{12}:stream/\\S+$",
            input: "arn:aws:kinesis:us-east-1:123456789012:stream/a b", matches: false),
        Case(pattern: "^shardId-[0-9]{12}$", input: "shardId-000000000001", matches: true),
        Case(pattern: "^shardId-[0-9]{12}$", input: "shardId-00000000001", matches: false),
        Case(pattern: "^shardId-[0-9]{12}$", input: "shardid-000000000001", matches: false),
    ]

    @Test(arguments: cases)
    func matchesLikeECMAScript(_ testCase: Case) throws {
        let pattern = try ECMAPattern(testCase.pattern)
        #expect(pattern.matches(testCase.input) == testCase.matches)
        // The byte-level entry points agree with the String one.
        let bytes = Array(testCase.input.utf8)
        let viaBuffer = bytes.withUnsafeBufferPointer { pattern.matches(utf8: $0) }
        #expect(viaBuffer == testCase.matches)
        #expect(pattern.matches(utf8: bytes[...]) == testCase.matches)
    }

    @Test func tableCoversAtLeastEightyCases() {
        #expect(Self.cases.count >= 80)
    }

    struct SyntaxCase: Sendable, CustomStringConvertible {
        var pattern: String
        var offset: Int
        var description: String { "/\(pattern)/u fails at \(offset)" }
    }

    static let syntaxErrors: [SyntaxCase] = [
        SyntaxCase(pattern: "\\a", offset: 0),
        SyntaxCase(pattern: "ab\\q", offset: 2),
        SyntaxCase(pattern: "a{", offset: 1),
        SyntaxCase(pattern: "a{1", offset: 1),
        SyntaxCase(pattern: "a{,5}", offset: 1),
        SyntaxCase(pattern: "{", offset: 0),
        SyntaxCase(pattern: "x}", offset: 1),
        SyntaxCase(pattern: "x]", offset: 1),
        SyntaxCase(pattern: "a{2,1}", offset: 1),
        SyntaxCase(pattern: "*a", offset: 0),
        SyntaxCase(pattern: "a**", offset: 2),
        SyntaxCase(pattern: "(ab", offset: 0),
        SyntaxCase(pattern: "ab)", offset: 2),
        SyntaxCase(pattern: "(?P<name>x)", offset: 0),
        SyntaxCase(pattern: "(?i)abc", offset: 0),
        SyntaxCase(pattern: "(?#comment)", offset: 0),
        SyntaxCase(pattern: "(?<n>a)(?<n>b)", offset: 7),
        SyntaxCase(pattern: "(a)\\2", offset: 3),
        SyntaxCase(pattern: "\\k<nope>(?<n>a)", offset: 0),
        SyntaxCase(pattern: "[b-a]", offset: 1),
        SyntaxCase(pattern: "[\\d-z]", offset: 1),
        SyntaxCase(pattern: "[abc", offset: 0),
        SyntaxCase(pattern: "\\c1", offset: 0),
        SyntaxCase(pattern: "\\x4", offset: 0),
        SyntaxCase(pattern: "\\u12", offset: 0),
        SyntaxCase(pattern: "\\u{110000}", offset: 0),
        SyntaxCase(pattern: "\\p{Foo}", offset: 0),
        SyntaxCase(pattern: "\\p{letter}", offset: 0),
        SyntaxCase(pattern: "\\pL", offset: 0),
        SyntaxCase(pattern: "(?=a)*", offset: 5),
        SyntaxCase(pattern: "^*", offset: 1),
        SyntaxCase(pattern: "\\-", offset: 0),
        SyntaxCase(pattern: "\\01", offset: 0),
        SyntaxCase(pattern: "[\\1]", offset: 1),
        SyntaxCase(pattern: "x\\", offset: 1),
    ]

    @Test(arguments: syntaxErrors)
    func rejectsInvalidSyntaxAtTheRightOffset(_ testCase: SyntaxCase) {
        #expect(throws: PatternSyntaxError.self) { try ECMAPattern(testCase.pattern) }
        do {
            _ = try ECMAPattern(testCase.pattern)
        } catch {
            #expect(error.offset == testCase.offset, "\(error)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func acceptsEverythingTheSuiteCallsValid() throws {
        for source in [
            "[]", "[^]", "\\cA", "(?<name>x)", "(?<n>a)\\k<n>", "(?<=a+)b", "([abc])+\\s+$", "\\/",
            "a{2}?", "(?:)", "[\\-]", "\\p{Script_Extensions=Latin}", "\\u{10FFFF}",
        ] {
            _ = try ECMAPattern(source)
        }
    }

    @Test func catastrophicPatternFinishesImmediately() throws {
        let pattern = try ECMAPattern("^(a+)+$")
        #expect(!pattern.usesBacktracking)
        let input = String(repeating: "a", count: 5_000) + "!"
        let start = ContinuousClock.now
        #expect(pattern.evaluate(input) == .noMatch)
        #expect(pattern.matches(String(repeating: "a", count: 40)))
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func backtrackingPatternReportsAnExceededBudget() throws {
        let pattern = try ECMAPattern("^(a+)+\\1$")
        #expect(pattern.usesBacktracking)
        let input = String(repeating: "a", count: 40) + "!"
        #expect(pattern.evaluate(input, budget: 10_000) == .budgetExceeded)
        #expect(!pattern.matches(input))  // the default budget also runs out: no match is claimed
        #expect(pattern.evaluate("aaaa", budget: 10_000) == .match)
    }

    @Test func hugeRepetitionIsRejectedInsteadOfExhaustingMemory() {
        #expect(throws: PatternSyntaxError.self) { try ECMAPattern("a{1000000}") }
    }

    @Test func deepNestingIsRejectedInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000)
        #expect(throws: PatternSyntaxError.self) { try ECMAPattern(deep) }
        #expect((try? ECMAPattern(String(repeating: "(", count: 50) + "a" + String(repeating: ")", count: 50))) != nil)
    }

    @Test func compiledPatternIsSharedAcrossThreads() async throws {
        let pattern = try ECMAPattern("^shardId-[0-9]{12}$")
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask { pattern.matches("shardId-00000000000\(index)") }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8 && results.allSatisfy { $0 })
    }

    @Test func nonASCIIInputInTheMiddleResumesCorrectly() throws {
        // The ASCII DFA hands over to the NFA at the first non-ASCII byte.
        let pattern = try ECMAPattern("^ab[^x]*z$")
        #expect(pattern.program.dfa != nil)
        #expect(pattern.matches("abcdé🐲fz"))
        #expect(!pattern.matches("abcdé🐲fzq"))
        #expect(try ECMAPattern("é$").matches("caféé"))
    }

    @Test func equalSourcesShareOneCompiledProgram() throws {
        let source = "^shardId-[0-9]{12}:cache-test$"
        let first = try ECMAPattern(source)
        let second = try ECMAPattern(source)
        #expect(first.program === second.program)
        #expect(second.matches("shardId-000000000001:cache-test"))
        #expect(!second.matches("shardId-00000000001:cache-test"))
        #expect(try ECMAPattern("^shardId-[0-9]{12}:cache-test").program !== first.program)
        // A source that fails to compile is never kept: it fails again.
        #expect(throws: PatternSyntaxError.self) { try ECMAPattern("(cache-test") }
        #expect(throws: PatternSyntaxError.self) { try ECMAPattern("(cache-test") }
    }

    @Test func errorDescriptionNamesTheOffset() {
        let error = PatternSyntaxError(offset: 3, message: "lone '}'")
        #expect(error.description == "invalid pattern at offset 3: lone '}'")
    }
}
