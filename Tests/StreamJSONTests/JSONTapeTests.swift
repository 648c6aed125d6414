import Testing

@testable import StreamJSON

/// `JSONTape` writes the parser's nodes into lent storage and moves to memory of its own when that fills up. These
/// tests hold it to `Array.append`, which it replaces: the same nodes in the same order, whatever the lent room.
@Suite struct JSONTapeTests {
    static func node(_ number: Int) -> JSONNode {
        JSONNode(
            offset: UInt32(number), length: UInt32(number * 3), end: UInt32(number + 1),
            kind: JSONKind(rawValue: UInt8(number % 7)) ?? .null, flags: UInt8(number % 4))
    }

    /// Appends `count` nodes to a tape lent `room` nodes, changes every fifth one through the subscript, and returns
    /// what the tape holds (the lent part and the moved part read the same way as the parser reads them).
    static func written(count: Int, room: Int) -> (nodes: [JSONNode], moved: Bool) {
        var result: (nodes: [JSONNode], moved: Bool) = ([], false)
        _ = [JSONNode](unsafeUninitializedCapacity: room) { storage, initialized in
            var tape = JSONTape(storage: storage)
            defer { tape.release() }
            for number in 0..<count {
                tape.append(node(number))
                if number % 5 == 0 { tape[number].end = 0 }
            }
            result = ((0..<tape.count).map { tape[$0] }, tape.ownsStorage)
            #expect(tape.nodes == result.nodes)
            initialized = tape.ownsStorage ? 0 : tape.count
        }
        return result
    }

    @Test func aTapeHoldsWhatAnArrayWouldWhateverItsLentRoom() {
        for room in [0, 1, 2, 5, 16, 40] {
            for count in [0, 1, 2, 5, 15, 16, 17, 39, 40, 41, 200] {
                var expected: [JSONNode] = []
                for number in 0..<count {
                    expected.append(Self.node(number))
                    if number % 5 == 0 { expected[number].end = 0 }
                }
                let (nodes, moved) = Self.written(count: count, room: room)
                #expect(nodes == expected, "\(count) nodes in room for \(room)")
                #expect(moved == (room == 0 || count > room), "\(count) nodes in room for \(room)")
            }
        }
    }

    @Test func aDocumentReadsTheSameWhetherItsTapeMovedOrNot() throws {
        // Dense objects: about one node per 3.7 bytes, so the tape outgrows its reservation of one per 8 bytes.
        let dense = "[" + (0..<500).map { #"{"S":"\#($0)"}"# }.joined(separator: ",") + "]"
        let document = try JSONDocument(parsing: Array(dense.utf8))
        #expect(document.nodes.count == 1 + 500 * 3)
        #expect(document.root.count == 500)
        #expect(document.root[499]?["S"]?.stringValue == "499")
        // The same text inside a buffer large enough that the reservation holds it.
        let padded = Array((dense + String(repeating: " ", count: dense.utf8.count * 8)).utf8)
        let roomy = try JSONDocument(parsing: padded, from: 0, allowsTrailingContent: false)
        #expect(roomy.nodes == document.nodes)
    }
}
