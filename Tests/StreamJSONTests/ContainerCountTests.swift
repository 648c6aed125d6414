import Testing

@testable import StreamJSON

/// The parser counts a container's elements or members as it reads them (at each comma) instead of walking the
/// tape when the container closes. These tests hold the counts, the subtree ends and the duplicate names to the
/// shape of randomly built documents, with whitespace around every token.
@Suite struct ContainerCountTests {
    /// Appends a random value to `text`, and the child count of each container to `counts` in document order.
    static func value(depth: Int, _ bits: inout TestRandom, _ text: inout String, _ counts: inout [Int]) {
        let blanks = ["", " ", "\n", "\t ", "\r\n"]
        func blank() -> String { blanks[Int(bits.next() % UInt64(blanks.count))] }
        let choice = depth >= 5 ? 2 + bits.next() % 4 : bits.next() % 6
        switch choice {
        case 0, 1:
            let isObject = choice == 0
            let size = Int(bits.next() % (bits.next() % 4 == 0 ? 20 : 5))
            counts.append(size)
            text += isObject ? "{" : "["
            for position in 0..<size {
                text += blank()
                if position > 0 { text += "," + blank() }
                if isObject { text += "\"k\(bits.next() % 6)\"" + blank() + ":" + blank() }
                value(depth: depth + 1, &bits, &text, &counts)
                text += blank()
            }
            text += blank() + (isObject ? "}" : "]")
        case 2: text += "\"s\(bits.next() % 100)\""
        case 3: text += "\(Int64(bitPattern: bits.next()) % 100_000)"
        case 4: text += ["true", "false", "null"][Int(bits.next() % 3)]
        default: text += "-1.5e3"
        }
    }

    @Test func countsEndsAndDuplicatesMatchTheShapeOfRandomDocuments() throws {
        var bits = TestRandom(seed: 0x5EED_C0DE)
        for _ in 0..<3_000 {
            var text = ""
            var counts: [Int] = []
            Self.value(depth: 0, &bits, &text, &counts)
            let document = try JSONDocument(parsing: text)
            let containers = (0..<document.nodes.count).filter {
                document.kind($0) == .array || document.kind($0) == .object
            }
            #expect(containers.map { document.childCount($0) } == counts, "\(text)")
            for container in containers {
                // Walking the children by their ends finds exactly the counted children and the container's end.
                var child = container + 1
                var walked = 0
                while child < document.next(container) {
                    if document.kind(container) == .object { child += 1 }
                    child = document.next(child)
                    walked += 1
                }
                #expect(walked == document.childCount(container) && child == document.next(container), "\(text)")
                if document.kind(container) == .object {
                    // Member names are never containers: the name nodes sit at the start of each member.
                    var member = container + 1
                    var names: [String] = []
                    while member < document.next(container) {
                        let name = document.string(member)
                        if names.contains(name) { #expect(document.duplicateNameNodes.contains(member)) }
                        names.append(name)
                        member = document.next(member + 1)
                    }
                }
            }
            #expect(document.nodes.count == document.next(0))
        }
    }

    @Test func brokenContainersStillFailWhereTheyDid() {
        let cases: [(String, JSONSyntaxError.Reason, Int)] = [
            ("[1,]", .trailingComma, 3), ("{\"a\":1,}", .trailingComma, 7), ("[1 2]", .unexpectedCharacter, 3),
            ("{\"a\":1 \"b\":2}", .unexpectedCharacter, 7), ("[[1,2],[3", .unexpectedEnd, 9),
            ("{\"a\"", .unexpectedEnd, 4), ("{\"a\":[}", .unexpectedCharacter, 6), ("[{]", .unexpectedCharacter, 2),
            ("{1:2}", .unexpectedCharacter, 1),
        ]
        for (text, reason, offset) in cases {
            do {
                _ = try JSONDocument(parsing: text)
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.reason == reason && error.offset == offset, "\(text): \(error)")
            }
        }
    }
}
