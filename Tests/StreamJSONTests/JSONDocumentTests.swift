import StreamJSON
import Testing

@Suite struct JSONDocumentTests {
    @Test func keepsMemberOrderKindsAndLocations() throws {
        let text = """
            {
              "b": [1, "two", true, false, null],
              "a": {"x": -0.5e10}
            }
            """
        let document = try JSONDocument(parsing: text)
        let root = document.root
        #expect(root.kind == .object)
        #expect(root.members.map { $0.name.stringValue } == ["b", "a"])
        let b = try #require(root["b"])
        #expect(b.elements.map(\.kind) == [.number, .string, .true, .false, .null])
        #expect(b.location == TextLocation(offset: 9, line: 2, column: 8))
        let x = try #require(root["a"]?["x"])
        #expect(x.numberValue?.text == "-0.5e10")
        #expect(x.location.line == 3 && x.location.column == 14)
        #expect(x.pointer.description == "/a/x")
        #expect(root["b"]?[1]?.pointer.description == "/b/1")
    }

    @Test func numbersKeepTheirExactText() throws {
        let numbers = [
            "49647888802629322072519528340475047711767296381468803122", "1.578648338E9", "1e400", "-0", "0.10",
            "123456789012345678901234567890.000000000000000000001", "1E-130",
        ]
        let document = try JSONDocument(parsing: "[" + numbers.joined(separator: ",") + "]")
        #expect(document.root.elements.compactMap { $0.numberValue?.text } == numbers)
        let written = JSONWriter.string(of: document.root.value)
        #expect(written == "[" + numbers.joined(separator: ",") + "]")
    }

    @Test func duplicateMemberNamesAreReportedNotMerged() throws {
        let document = try JSONDocument(parsing: #"{"a": 1, "b": 2, "\u0061": 3, "c": {"d": 1, "d": 2}}"#)
        let duplicates = document.duplicateMemberNames
        #expect(duplicates.map { $0.stringValue } == ["a", "d"])
        #expect(duplicates.map(\.pointer.description) == ["/a", "/c/d"])
        #expect(document.root.members.count == 4)
        // Lookup by name returns the last value, as JSONSerialization does.
        #expect(document.root["a"]?.numberValue == JSONNumber(3))
    }

    @Test func duplicateNamesInLargeObjectsAreFoundToo() throws {
        var members = (0..<100).map { "\"k\($0)\": \($0)" }
        members.append("\"k42\": 0")
        let document = try JSONDocument(parsing: "{" + members.joined(separator: ",") + "}")
        #expect(document.duplicateMemberNames.map { $0.stringValue } == ["k42"])
    }

    @Test func escapesDecodeToTheirCharacters() throws {
        let document = try JSONDocument(parsing: #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC\uD83D\uDC32"]"#)
        #expect(document.root[0]?.stringValue == "a\"b\\c/d\u{8}\u{C}\n\r\t")
        #expect(document.root[1]?.stringValue == "é€🐲")
    }

    @Test func sourceTextIsTheExactSpan() throws {
        let document = try JSONDocument(parsing: #"{"a": [1, {"b": [ ]} ] , "c": "x"}"#)
        #expect(document.root["a"]?.sourceText == #"[1, {"b": [ ]} ]"#)
        #expect(document.root["c"]?.sourceText == #""x""#)
    }

    @Test func pointerResolvesEscapedNamesAndIndexes() throws {
        let document = try JSONDocument(parsing: #"{"a/b": {"m~n": [10, 20]}}"#)
        let pointer = try #require(JSONPointer("/a~1b/m~0n/1"))
        #expect(document.root[pointer]?.numberValue == JSONNumber(20))
        #expect(document.root[pointer]?.pointer == pointer)
        #expect(JSONPointer("a") == nil)
        #expect(JSONPointer("/~2") == nil)
        #expect(JSONPointer.root.appending("a/b").appending(0).description == "/a~1b/0")
        #expect(document.root.value[pointer] == .number(JSONNumber(20)))
    }

    @Test func pointerTextEscapesTildeBeforeSlashAndRoundTrips() throws {
        let cases: [(String, String)] = [
            ("", "/"), ("plain", "/plain"), ("~", "/~0"), ("/", "/~1"), ("~1", "/~01"), ("~0", "/~00"),
            ("/0", "/~10"), ("a~/b", "/a~0~1b"), ("//~~", "/~1~1~0~0"), ("é/~ü🐲", "/é~1~0ü🐲"),
            ("x~y/z~", "/x~0y~1z~0"),
        ]
        for (name, text) in cases {
            let pointer = JSONPointer(tokens: [.member(name)])
            #expect(pointer.description == text, "\(name.debugDescription)")
            #expect(try #require(JSONPointer(text)).tokens == [.member(name)])
        }
        let pointer = JSONPointer(tokens: [.member("a/b"), .index(3), .member("~"), .member("")])
        #expect(pointer.description == "/a~1b/3/~0/")
    }
}
