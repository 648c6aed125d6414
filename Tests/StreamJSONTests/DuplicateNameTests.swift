import Testing

@testable import StreamJSON

/// The parser finds repeated member names four ways: objects of 2–4 members whose names have no escapes by length and
/// bytes, straight from the tape; objects of up to 16 such members by length and first eight bytes (then the rest);
/// small objects with an escaped name by decoded bytes; and larger objects with a hash set. These tests hold each to one reading of the rule: a name is a duplicate when its decoded
/// bytes equal those of an earlier name of the same object (so `"a"` and `"\u0061"` are the same name, while `"é"` and
/// `"e\u0301"` are not).
@Suite struct DuplicateNameTests {
    /// The tape indexes of the names that repeat an earlier name of their object, by decoded bytes, for every object
    /// of `document`.
    static func expectedDuplicates(_ document: JSONDocument) -> [Int] {
        var result: [Int] = []
        for index in 0..<document.nodes.count where document.kind(index) == .object {
            var seen: [[UInt8]] = []
            var child = index + 1
            while child < document.next(index) {
                let name = document.stringBytes(child)
                if seen.contains(name) { result.append(child) } else { seen.append(name) }
                child = document.next(child + 1)
            }
        }
        return result.sorted()
    }

    /// An object of `members` members named `n0`, `n1`, … except the first, named `first`, and the last, `last`.
    static func object(first: String, last: String, members: Int) -> String {
        var names = (0..<members).map { "n\($0)" }
        names[0] = first
        names[members - 1] = last
        return object(names)
    }

    static func object(_ names: [String]) -> String {
        "{" + names.enumerated().map { "\"\($0.element)\":\($0.offset)" }.joined(separator: ",") + "}"
    }

    /// Distinct names of the lengths around the eight-byte head: empty, short, 7–9, 15–17 and long.
    static let distinctNames: [String] = [
        "", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
        "eventSourceARN", "kinesis", "b", "abcdefgX", "abcdefghX", "Xbcdefghijklmnop", "abcdefghijklmnoX",
        "a-long-member-name-of-thirty-two", "awsRegion", "eventID", "data", "c", "d",
    ]

    @Test func aRepeatIsFoundAtEveryPairOfPositionsInObjectsOfEverySize() throws {
        for size in 2...20 {
            for first in 0..<size {
                for second in (first + 1)..<size {
                    for repeated in [0, 2, 3, 4, 7, 15] {
                        var names = Array(Self.distinctNames.filter { $0 != Self.distinctNames[repeated] }.prefix(size))
                        names[first] = Self.distinctNames[repeated]
                        names[second] = Self.distinctNames[repeated]
                        let document = try JSONDocument(parsing: Self.object(names))
                        #expect(
                            document.duplicateMemberNames.map(\.pointer.description)
                                == ["/" + Self.distinctNames[repeated]],
                            "size \(size), positions \(first) and \(second)")
                        #expect(document.duplicateNameNodes == [1 + 2 * second])
                    }
                }
            }
        }
    }

    @Test func nearDuplicatesAreNotDuplicates() throws {
        // Same length, same first eight bytes, one byte apart anywhere; prefixes of each other.
        let pairs: [(String, String)] = [
            ("abcdefgh", "abcdefgX"), ("abcdefghi", "abcdefghX"), ("abcdefghijklmnop", "abcdefghijklmnoX"),
            ("abcdefghijklmnop", "Xbcdefghijklmnop"), ("abcdefgh", "abcdefghi"), ("", "a"), ("a", "A"),
            ("abcdefghijklmnopqrstuvwxyz0123456", "abcdefghijklmnopqrstuvwxyz0123457"), ("é", "e\\u0301"),
            ("a\\u0062", "a\\u0063"), ("\\u0061", "b"), ("ab", "a\\u00620"),
        ]
        for (a, b) in pairs {
            for size in [2, 5, 16, 17, 30] {
                let document = try JSONDocument(parsing: Self.object(first: a, last: b, members: size))
                #expect(document.duplicateNameNodes.isEmpty, "\(a) / \(b) in \(size) members")
            }
        }
    }

    @Test func escapedSpellingsOfOneNameAreDuplicates() throws {
        let spellings: [(String, String)] = [
            ("a", "\\u0061"), ("ab", "a\\u0062"), ("/", "\\/"), ("\\\"", "\\u0022"), ("é", "\\u00e9"),
            ("🐲", "\\ud83d\\udc32"), ("abcdefghi", "abcdefgh\\u0069"), ("\\n", "\\u000a"), ("\\u0041", "\\u0041"),
        ]
        for (a, b) in spellings {
            for size in [2, 5, 16, 17, 30] {
                let document = try JSONDocument(parsing: Self.object(first: a, last: b, members: size))
                #expect(document.duplicateNameNodes == [1 + 2 * (size - 1)], "\(a) / \(b) in \(size) members")
            }
        }
    }

    @Test func randomObjectsAgreeWithTheDecodedReading() throws {
        // Names from a small alphabet, so that repeats and near-repeats are common; some letters escaped; objects of
        // 1–24 members nested in an array, and the last name of the input close to its end.
        var bits = TestRandom(seed: 0x5EED_D0B1)
        let letters: [String] = ["a", "b", "\\u0061", "\\u0062", "é", "\\u00e9", "ab"]
        for _ in 0..<3_000 {
            var objects: [String] = []
            for _ in 0..<(1 + Int(bits.next() % 3)) {
                let size = 1 + Int(bits.next() % 24)
                let names = (0..<size).map { _ -> String in
                    let length = Int(bits.next() % 12)
                    return (0..<length).map { _ in letters[Int(bits.next() % UInt64(letters.count))] }.joined()
                }
                objects.append(Self.object(names))
            }
            let text = bits.next() % 2 == 0 ? objects[0] : "[" + objects.joined(separator: ",") + "]"
            let document = try JSONDocument(parsing: text)
            #expect(document.duplicateNameNodes == Self.expectedDuplicates(document), "\(text)")
        }
    }

    @Test func objectsOfTwoToSixMembersWithNestedValuesAgreeWithTheDecodedReading() throws {
        // The direct comparison of 2–4 members walks from name to name over each member's value: values here are
        // nested objects and arrays (with repeats of their own) as well as scalars, and names repeat, differ by one
        // byte, or are escaped spellings of each other.
        var bits = TestRandom(seed: 0xD1_2EC7)
        let names: [String] = ["a", "\\u0061", "b", "ab", "aB", "abcdefghijk", "abcdefghijX", "", "é", "\\u00e9"]
        func value(_ depth: Int) -> String {
            switch bits.next() % (depth > 2 ? 2 : 5) {
            case 0: return "1"
            case 1: return "\"x\""
            case 2: return "[" + (0..<Int(bits.next() % 3)).map { _ in value(depth + 1) }.joined(separator: ",") + "]"
            default: return object(depth + 1)
            }
        }
        func object(_ depth: Int) -> String {
            let size = 2 + Int(bits.next() % 5)
            let members = (0..<size).map { _ in
                "\"\(names[Int(bits.next() % UInt64(names.count))])\":\(value(depth))"
            }
            return "{" + members.joined(separator: ",") + "}"
        }
        for _ in 0..<4_000 {
            let text = object(0)
            let document = try JSONDocument(parsing: text)
            #expect(document.duplicateNameNodes == Self.expectedDuplicates(document), "\(text)")
        }
    }

    @Test func theHeadOfANameNearTheEndOfTheBufferIsReadByteByByte() {
        let bytes = Array("\"abcdefghij\"".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for body in 1..<bytes.count {
                for length in 0...(bytes.count - 1 - body) {
                    var expected: UInt64 = 0
                    for position in 0..<min(length, 8) {
                        expected |= UInt64(bytes[body + position]) << UInt64(8 * position)
                    }
                    #expect(JSONParser.head(base, body: body, length: length, count: bytes.count) == expected)
                }
            }
        }
    }
}
