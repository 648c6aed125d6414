import Testing

@testable import StreamJSON

/// `JSONDocument.memberCursor(of:)` walks an object's members on the tape: each name's and value's index, in document
/// order, stepping over nested containers whole.
@Suite struct TapeMemberCursorTests {
    /// Every member of the object at `index`, through the cursor.
    private func members(of index: Int, in document: JSONDocument) -> [(name: Int, value: Int)] {
        var cursor = document.memberCursor(of: index)
        var found: [(name: Int, value: Int)] = []
        while let member = cursor.next(in: document) { found.append(member) }
        return found
    }

    @Test func membersComeInDocumentOrderWithTheirValues() throws {
        let text = #"{"a":1,"b":{"x":[1,{"y":2}],"z":{}},"c":[],"d":"s","a":null}"#
        let document = try JSONDocument(parsing: Array(text.utf8))
        let members = members(of: 0, in: document)
        #expect(members.map { document.string($0.name) } == ["a", "b", "c", "d", "a"])
        #expect(members.map { document.kind($0.value) } == [.number, .object, .array, .string, .null])
        #expect(members.allSatisfy { $0.value == $0.name + 1 })
        // The nested object's own members, and an empty object's none.
        let nested = members[1].value
        #expect(self.members(of: nested, in: document).map { document.string($0.name) } == ["x", "z"])
        let empty = try #require(self.members(of: nested, in: document).last?.value)
        #expect(self.members(of: empty, in: document).isEmpty)
    }

    @Test func theWalkMatchesTheMemberLookupOfEachName() throws {
        let text = #"{"k1":{"S":"v"},"k2":[[[]]],"k3":{"M":{"a":{"N":"1"}}},"k4":true}"#
        let document = try JSONDocument(parsing: Array(text.utf8))
        let found = members(of: 0, in: document)
        for (name, value) in found {
            #expect(document.member(0, named: document.string(name)) == value)
        }
        #expect(document.childCount(0) == found.count)
    }
}
