import Testing

@testable import StreamJSON

/// `JSONDocument.member(_:named:)` tells names apart by their length on the tape before it compares bytes, and
/// compares an escaped name by its decoded bytes. These tests hold it to one reading of the rule: the value of the
/// last member whose decoded name equals `name` byte for byte.
@Suite struct MemberLookupTests {
    /// The answer by the rule, walking the object's members and decoding every name.
    static func expectedMember(_ document: JSONDocument, _ index: Int, _ name: String) -> Int? {
        guard document.kind(index) == .object else { return nil }
        var found: Int?
        var child = index + 1
        while child < document.next(index) {
            if document.stringBytes(child) == Array(name.utf8) { found = child + 1 }
            child = document.next(child + 1)
        }
        return found
    }

    static let names = [
        "", "a", "ab", "abc", "b", "level", "Records", "records", "é", "e\u{301}", "日本", "a/b", "~", "awslogs",
        "NextShardIterator", "ContinuationSequenceNumber", "a\"b", "a\\b", "\u{1F600}", "x", "xy",
    ]

    static let objects = [
        #"{}"#,
        #"{"a":1}"#,
        #"{"a":1,"a":2}"#,
        #"{"\u0061":1}"#,
        #"{"a":1,"\u0061":2,"b":3}"#,
        #"{"\u0061b":1,"ab":2,"a\u0062":3}"#,
        #"{"\u00e9":1,"é":2,"e\u0301":3}"#,
        #"{"\u65e5\u672c":1}"#,
        #"{"a\/b":1,"a/b":2,"\u007e":3}"#,
        #"{"a\"b":1,"a\\b":2}"#,
        #"{"\ud83d\ude00":1,"x":{"x":2},"xy":[{"x":3}]}"#,
        #"{"":1,"level":"INFO","message":"m","Records":[],"records":5,"awslogs":{"data":""}}"#,
        #"{"NextShardIterator":"i","ContinuationSequenceNumber":"1","Records":[{"a":1}],"Record":0,"Recordz":1}"#,
        #"{"ab":1,"abc":2,"abcd":{"ab":3},"b":[1,2,{"b":4}],"ab":5}"#,
    ]

    @Test func everyLookupFindsTheLastMemberOfThatDecodedName() throws {
        for text in Self.objects {
            let document = try JSONDocument(parsing: text)
            for index in 0..<document.nodes.count {
                for name in Self.names {
                    #expect(
                        document.member(index, named: name) == Self.expectedMember(document, index, name),
                        "\(text) at \(index): \(name)")
                }
            }
        }
    }

    @Test func aNameOfManyBytesAndItsEscapedFormsAreFoundLikeAnyOther() throws {
        // Every name spelt plainly, then with its first byte escaped: the later (escaped) member is the one found.
        for name in Self.names
        where !name.isEmpty
            && name.utf8.first.map({ $0 < 0x80 && $0 != 0x22 && $0 != 0x5C })
                ?? false
        {
            let rest = String(decoding: name.utf8.dropFirst(), as: UTF8.self)
            let escapedRest = rest.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            let escapedFirst = "\\u00" + String(name.utf8.first ?? 0, radix: 16).leftPadded(to: 2)
            let text = #"{"\#(escapedFirst)\#(escapedRest)":0,"\#(escapedRest)":1,"\#(escapedFirst)\#(escapedRest)":2}"#
            let document = try JSONDocument(parsing: text)
            let found = try #require(document.member(0, named: name), "\(text)")
            #expect(document.numberText(found) == "2", "\(text)")
            #expect(document.member(0, named: name + "x") == nil)
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
