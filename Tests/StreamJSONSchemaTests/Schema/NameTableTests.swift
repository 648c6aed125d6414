// The member-name table's word-at-a-time hash (equal names hash equally; equality is the one ByteEquality) and the
// validator's guessed lookup, held to the plain byte-by-byte answers (every length 0–40, a difference at every
// position, every guess); its quick entries (first byte, last byte, length) held to the hash for shared and sole keys.

import StreamJSON
import Testing

@testable import StreamJSONSchema

@Suite struct NameTableTests {
    /// Deterministic bytes for name `n` of `count` bytes (xorshift, no randomness between runs).
    static func bytes(_ n: Int, count: Int) -> [UInt8] {
        var state = UInt64(n &* 2_654_435_761 &+ count &+ 1)
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in ByteEquality.equal(x, y) } }
    }

    static func hash(_ a: [UInt8]) -> Int { a.withUnsafeBufferPointer { NameTable.hash($0) } }

    static func lookup(_ name: [UInt8], _ keywords: ObjectKeywords, guess: Int32) -> Int32? {
        name.withUnsafeBufferPointer { keywords.table.lookup($0, in: keywords.names, guess: guess) }
    }

    @Test func equalAgreesWithByteComparisonAtEveryLengthAndPosition() {
        for count in 0...40 {
            let name = Self.bytes(count, count: count)
            #expect(Self.equal(name, name))
            #expect(Self.equal(name, Array(name)))
            #expect(Self.hash(name) == Self.hash(Array(name)))
            for position in 0..<count {
                for flip: UInt8 in [0x01, 0x80, 0xFF] {
                    var other = name
                    other[position] ^= flip
                    #expect(!Self.equal(name, other), "length \(count), byte \(position) ^ \(flip)")
                    #expect(!Self.equal(other, name))
                }
            }
            // A prefix or an extension is a different name.
            if count > 0 { #expect(!Self.equal(name, Array(name.dropLast()))) }
            #expect(!Self.equal(name, name + [name.last ?? 0]))
        }
    }

    @Test func equalReadsOnlyTheBuffersItIsGiven() {
        // Slices of one larger buffer: the bytes beyond each slice differ and must not count.
        let storage = Self.bytes(7, count: 64)
        storage.withUnsafeBufferPointer { all in
            for count in 0...24 {
                let a = UnsafeBufferPointer(rebasing: all[0..<count])
                var copy = Array(all[0..<count]) + [0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x11, 0x22]
                copy.withUnsafeMutableBufferPointer { buffer in
                    let b = UnsafeBufferPointer(rebasing: buffer[0..<count])
                    #expect(ByteEquality.equal(a, b))
                    #expect(NameTable.hash(a) == NameTable.hash(b))
                }
            }
        }
    }

    @Test func lookupFindsEveryNameWithEveryGuessAndRejectsNearMisses() {
        var keywords = ObjectKeywords()
        var names: [[UInt8]] = []
        for n in 0..<40 {
            let name = Self.bytes(n, count: n % 19)
            if names.contains(name) { continue }
            names.append(name)
            _ = keywords.id(of: String(decoding: name, as: UTF8.self))
        }
        let stored = keywords.names.map(\.bytes)
        let guesses: [Int32] =
            [-1, Int32(stored.count), Int32(stored.count + 5)] + (0..<Int32(stored.count)).map { $0 }
        for (expected, name) in stored.enumerated() {
            for guess in guesses {
                #expect(Self.lookup(name, keywords, guess: guess) == Int32(expected))
            }
            var nearMisses: [[UInt8]] = [name + [0x61]]
            if !name.isEmpty {
                nearMisses.append(Array(name.dropLast()))
                var changed = name
                changed[changed.count - 1] ^= 0x01
                nearMisses.append(changed)
            }
            for miss in nearMisses where !stored.contains(miss) {
                for guess in guesses {
                    #expect(Self.lookup(miss, keywords, guess: guess) == nil)
                }
            }
        }
    }

    /// The table's quick key of `name` (nil for the empty name, which has none).
    static func quickKey(_ name: String) -> Int? {
        Array(name.utf8).withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { NameTable.quickKey($0, bytes.count) }
        }
    }

    /// Names made to share a `quick` entry (first byte, last byte and length alike) and names alone in theirs: each
    /// is found, and a name that shares an entry with a stored one without being it (a changed middle byte) is not
    /// found, whichever guess the validator gives.
    @Test func quickEntriesAgreeWithTheHashForSharedAndSoleKeys() {
        var keywords = ObjectKeywords()
        // "axz"/"ayz" share a key; "S", "N", "NS", "NULL" and "eventName" stand alone; "" has no entry.
        let stored = ["axz", "ayz", "S", "N", "NS", "NULL", "eventName", "", "aqqz"]
        for name in stored { _ = keywords.id(of: name) }
        let guesses: [Int32] = [-1, 0, 3, Int32(stored.count)]
        for (expected, name) in stored.enumerated() {
            for guess in guesses {
                #expect(Self.lookup(Array(name.utf8), keywords, guess: guess) == Int32(expected), "\(name)")
            }
        }
        // Same key as a stored name, different bytes: a sole entry's comparison and a shared entry's hash say nil.
        for miss in ["awz", "a z", "M", "SS", "NX", "NOLL", "eventNome", "aqrz", "Saqqz"] {
            for guess in guesses {
                #expect(Self.lookup(Array(miss.utf8), keywords, guess: guess) == nil, "\(miss)")
            }
        }
        // The keys the test relies on: a shared one, and sole ones with misses in them.
        #expect(Self.quickKey("axz") == Self.quickKey("ayz"))
        #expect(Self.quickKey("axz") == Self.quickKey("awz"))
        #expect(Self.quickKey("NULL") == Self.quickKey("NOLL"))
        #expect(Self.quickKey("eventName") == Self.quickKey("eventNome"))
        #expect(Self.quickKey("aqqz") == Self.quickKey("aqrz"))
        #expect(Set(["S", "N", "NS", "NULL", "eventName", "aqqz", "axz"].compactMap(Self.quickKey)).count == 7)
    }

    static let schema: JSONValue = [
        "type": "object",
        "required": ["alpha", "beta", "gamma"],
        "properties": [
            "alpha": ["type": "string"], "beta": ["type": "integer"], "gamma": ["type": "boolean"],
            "alphabet": ["type": "null"],
        ],
        "additionalProperties": ["type": "string"],
    ]

    /// Member orders the guess gets right, wrong and half right give the validity and diagnostics the order alone
    /// decides (the same members in any order are the same object).
    @Test func memberOrderDoesNotChangeTheVerdictOrTheDiagnostics() throws {
        let schema = try JSONSchema(compiling: Self.schema)
        let members = [#""alpha": "a""#, #""beta": 1"#, #""gamma": true"#, #""alphabet": null"#, #""alph": "x""#]
        let orders: [[Int]] = [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 0, 3, 2, 4], [2, 4, 0, 3, 1]]
        for order in orders {
            let text = "{" + order.map { members[$0] }.joined(separator: ", ") + "}"
            #expect(schema.isValid(try JSONDocument(parsing: text)), "\(text)")
        }
        // Rejected: a wrong type under each name, a missing required member, an additional non-string.
        let broken = [#""alpha": 1"#, #""beta": "1""#, #""gamma": null"#, #""alphabet": 0"#, #""alph": 2"#]
        for (index, bad) in broken.enumerated() {
            for order in orders {
                var parts = order.map { members[$0] }
                parts[order.firstIndex(of: index) ?? 0] = bad
                let document = try JSONDocument(parsing: "{" + parts.joined(separator: ", ") + "}")
                #expect(!schema.isValid(document))
                let result = schema.validate(document)
                #expect(result.diagnostics.count == 1)
                let name = String(bad.split(separator: "\"")[0])
                #expect(result.diagnostics.first?.instanceLocation == JSONPointer(tokens: [.member(name)]))
            }
        }
        let missing = try JSONDocument(parsing: #"{"gamma": true, "alpha": "a"}"#)
        #expect(!schema.isValid(missing))
        #expect(schema.validate(missing).diagnostics.map(\.message) == [#"missing required member "beta""#])
    }
}
