import Testing

@testable import StreamJSON

/// The parser reserves its tape from the size of the rest of the buffer, capped, so a value parsed at an offset of a
/// large buffer (one line of a JSON Lines file) does not reserve memory for the whole rest of the file.
@Suite struct JSONParserCapacityTests {
    @Test func reservationFollowsTheRestOfTheBufferBetweenItsBounds() {
        #expect(JSONParser.initialNodeCapacity(remainingBytes: 0) == 16)
        #expect(JSONParser.initialNodeCapacity(remainingBytes: 8 * 100) == 100)
        #expect(
            JSONParser.initialNodeCapacity(remainingBytes: 71_000_000) == JSONParser.maximumInitialNodeCapacity)
    }

    @Test func aLineOfALargeBufferParsesAsItDoesAlone() throws {
        let line = #"{"a":[1,2,{"b":"c"}],"d":null}"#
        let padding = String(repeating: #"{"x":1}"# + "\n", count: 20_000)
        let bytes = Array((line + "\n" + padding).utf8)
        let inBuffer = try JSONDocument(parsing: bytes, from: 0, allowsTrailingContent: true)
        let alone = try JSONDocument(parsing: Array(line.utf8), from: 0, allowsTrailingContent: false)
        #expect(inBuffer.nodes == alone.nodes)
        #expect(inBuffer.endOffset == line.utf8.count + 1)
        #expect(inBuffer.nodes.capacity < JSONParser.maximumInitialNodeCapacity * 2)
    }

    @Test func aDocumentLargerThanTheReservationGrowsItsTape() throws {
        let count = JSONParser.maximumInitialNodeCapacity * 3
        let text = "[" + (0..<count).map(String.init).joined(separator: ",") + "]"
        let document = try JSONDocument(parsing: Array(text.utf8), from: 0, allowsTrailingContent: false)
        #expect(document.nodes.count == count + 1)
        #expect(document.root.count == count)
        #expect(document.root.elements.last?.numberValue == JSONNumber(count - 1))
    }
}
