import Testing

@testable import StreamJSON

/// `JSONDocument.tapeMembers(of:)` walks an object's members on the tape: each name's and value's index, in document
/// order, stepping over nested containers whole.
@Suite struct TapeMembersTests {
    @Test func membersComeInDocumentOrderWithTheirValues() throws {
        let text = #"{"a":1,"b":{"x":[1,{"y":2}],"z":{}},"c":[],"d":"s","a":null}"#
        let document = try JSONDocument(parsing: Array(text.utf8))
        let members = Array(document.tapeMembers(of: 0))
        #expect(members.map { document.string($0.name) } == ["a", "b", "c", "d", "a"])
        #expect(members.map { document.kind($0.value) } == [.number, .object, .array, .string, .null])
        #expect(members.allSatisfy { $0.value == $0.name + 1 })
        // The nested object's own members, and an empty object's none.
        let nested = members[1].value
        #expect(Array(document.tapeMembers(of: nested)).map { document.string($0.name) } == ["x", "z"])
        let empty = try #require(Array(document.tapeMembers(of: nested)).last?.value)
        #expect(Array(document.tapeMembers(of: empty)).isEmpty)
    }

    @Test func theWalkMatchesTheMemberLookupOfEachName() throws {
        let text = #"{"k1":{"S":"v"},"k2":[[[]]],"k3":{"M":{"a":{"N":"1"}}},"k4":true}"#
        let document = try JSONDocument(parsing: Array(text.utf8))
        for (name, value) in document.tapeMembers(of: 0) {
            #expect(document.member(0, named: document.string(name)) == value)
        }
        #expect(document.childCount(0) == Array(document.tapeMembers(of: 0)).count)
    }
}
