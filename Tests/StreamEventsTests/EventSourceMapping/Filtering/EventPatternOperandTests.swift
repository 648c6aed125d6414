import StreamEvents
import StreamJSON
import Testing

/// Edge cases of the `wildcard` and `cidr` operands, through `EventPattern.matches(_:)` on plain values.
@Suite struct EventPatternOperandTests {
    static func matches(_ operation: String, _ value: JSONValue) throws -> Bool {
        try EventPattern(parsing: #"{"v":[\#(operation)]}"#).matches(["v": value])
    }

    @Test(arguments: [
        ("*", "", true), ("*", "anything", true), ("a*", "", false), ("a*", "a", true), ("*ab*ab", "abxabab", true),
        ("*ab*ab", "abxaba", false), ("a*b*c", "aXbYbZc", true), ("a*b*c", "aXbYbZ", false), ("abc", "abc", true),
        ("abc", "abcd", false), (#"a\\*"#, "a*", true), (#"a\\*"#, "ab", false), (#"a\\\\*"#, #"a\b"#, true),
        ("*é*", "café", true),
    ])
    func wildcardMatchesWholeStrings(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try Self.matches(#"{"wildcard":"\#(pattern)"}"#, .string(text)) == expected)
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.255.1.2", true), ("10.0.0.0/8", "11.0.0.1", false), ("0.0.0.0/0", "8.8.8.8", true),
        ("192.168.1.128/25", "192.168.1.200", true), ("192.168.1.128/25", "192.168.1.100", false),
        ("2001:db8::/32", "2001:0db8:ffff::1", true), ("2001:db8::/32", "2001:db9::1", false),
        ("::ffff:0:0/96", "::ffff:10.1.2.3", true), ("::/0", "fe80::1", true), ("10.0.0.0/8", "2001:db8::1", false),
        ("10.0.0.0/8", "10.0.0", false), ("10.0.0.0/8", "not an address", false),
    ])
    func cidrMatchesAddressesOfItsFamily(_ network: String, _ address: String, _ expected: Bool) throws {
        #expect(try Self.matches(#"{"cidr":"\#(network)"}"#, .string(address)) == expected)
    }

    @Test func cidrIgnoresNonStrings() throws {
        #expect(!(try Self.matches(#"{"cidr":"10.0.0.0/8"}"#, 10)))
    }
}
