import StreamJSON
import Testing

@Suite struct JSONWriterTests {
    @Test func compactOutputKeepsOrderAndDoesNotEscapeSlashesOrUnicode() {
        let value: JSONValue = ["z": "a/b é 🐲", "a": [1, true, nil], "m": ["q": "\"\\\n\u{1}"]]
        #expect(JSONWriter.string(of: value) == #"{"z":"a/b é 🐲","a":[1,true,null],"m":{"q":"\"\\\n\u0001"}}"#)
    }

    @Test func prettyOutputIndentsTwoSpacesAndCanSortKeys() {
        let value: JSONValue = ["b": [], "a": ["c": 1]]
        let expected = """
            {
              "a": {
                "c": 1
              },
              "b": []
            }
            """
        #expect(JSONWriter.string(of: value, style: .init(indent: 2, sortsKeys: true)) == expected)
    }

    @Test func writtenBytesParseBackToAnEqualValue() throws {
        let value: JSONValue = ["Records": [["n": 1.25, "s": "x\ty", "o": [:], "l": [[], [nil]]]]]
        let text = JSONWriter.string(of: value, style: .pretty)
        #expect(try JSONValue(parsing: text) == value)
    }
}
