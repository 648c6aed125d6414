import Testing

@testable import StreamJSON

/// The parser finds the first byte of a string that needs attention a word or a sixteen-byte block at a time
/// (`JSONParser.firstSpecialByte`). These tests pin the word test and the scan against a byte-by-byte reading of the
/// rule (plain: 0x20 ..< 0x80 other than `"` and `\`) and put every kind of special byte at every offset around the
/// word and block boundaries.
@Suite struct JSONStringScanTests {
    /// The rule, byte by byte: printable ASCII other than `"` and `\` needs no attention.
    static let isPlain: [Bool] = (0..<256).map { byte in
        byte >= 0x20 && byte < 0x80 && byte != 0x22 && byte != 0x5C
    }

    /// What the byte loop decides for a word: some byte is not plain.
    static func byteLoopNeedsAttention(_ word: UInt64) -> Bool {
        (0..<8).contains { !isPlain[Int(word >> (8 * UInt64($0)) & 0xFF)] }
    }

    /// The first byte of a word that is not plain, by the byte loop (8 when there is none).
    static func byteLoopFirstSpecial(_ word: UInt64) -> Int {
        (0..<8).first { !isPlain[Int(word >> (8 * UInt64($0)) & 0xFF)] } ?? 8
    }

    /// What `firstSpecialByte` must return: the first byte at or after `start` that is not plain, or the end.
    static func byteLoopFirstSpecial(_ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex { !isPlain[Int($0)] } ?? bytes.count
    }

    static func firstSpecialByte(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { JSONParser.firstSpecialByte($0, from: start, count: bytes.count) } ?? start
        }
    }

    /// The lowest flagged byte of `attentionFlags`, as the scan reads it.
    static func lowestFlagged(_ word: UInt64) -> Int {
        let flags = JSONParser.attentionFlags(word)
        return flags == 0 ? 8 : flags.trailingZeroBitCount >> 3
    }

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    @Test func wordTestAgreesWithTheByteTableForEveryByteAtEveryPosition() {
        for filler in [UInt8(ascii: "a"), 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x7E] {
            for position in 0..<8 {
                for byte in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(byte)
                    let word = Self.word(bytes)
                    #expect(
                        JSONParser.needsAttention(word) == Self.byteLoopNeedsAttention(word),
                        "byte 0x\(String(byte, radix: 16)) at \(position) among 0x\(String(filler, radix: 16))")
                    #expect(Self.lowestFlagged(word) == Self.byteLoopFirstSpecial(word))
                }
            }
        }
    }

    @Test func wordTestAgreesWithTheByteTableOnRandomWords() {
        // Bytes drawn mostly from the edges of the classes (0x1F/0x20, '"'/'#', '\'/']', 0x7F/0x80), so the
        // borrows between neighbouring bytes are exercised, plus fully random words.
        let edges: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xFF, 0x41, 0x41]
        var bits = TestRandom(seed: 0x5EED_0001)
        for round in 0..<200_000 {
            let word: UInt64
            if round % 2 == 0 {
                word = bits.next()
            } else {
                let draw = bits.next()
                word = Self.word((0..<8).map { edges[Int(draw >> (UInt64($0) * 8) & 0xFF) % edges.count] })
            }
            #expect(
                JSONParser.needsAttention(word) == Self.byteLoopNeedsAttention(word),
                "word 0x\(String(word, radix: 16))")
            #expect(Self.lowestFlagged(word) == Self.byteLoopFirstSpecial(word), "word 0x\(String(word, radix: 16))")
        }
    }

    @Test func scanStopsAtTheFirstSpecialByteOfRandomBuffers() {
        var bits = TestRandom(seed: 0x5EED_0002)
        for round in 0..<20_000 {
            let count = Int(bits.next() % 100)
            // Sparse special bytes (long plain runs cross blocks and words), dense ones, and none at all.
            let density: UInt64 = round % 3 == 0 ? 64 : round % 3 == 1 ? 6 : 0
            let bytes: [UInt8] = (0..<count).map { _ in
                let draw = bits.next()
                return density != 0 && draw % density == 0
                    ? UInt8(truncatingIfNeeded: draw >> 8) : UInt8(ascii: "a") + UInt8((draw >> 8) % 26)
            }
            let start = count == 0 ? 0 : Int(bits.next() % UInt64(count + 1))
            #expect(
                Self.firstSpecialByte(bytes, from: start) == Self.byteLoopFirstSpecial(bytes, from: start),
                "\(bytes) from \(start)")
        }
    }

    @Test func scanFindsEverySpecialByteAtEveryPositionOfABuffer() {
        // Every byte value at every position of plain buffers of 0–48 bytes, scanned from every start before it:
        // the block, the word and the byte loop each see it, at every alignment and at the very end.
        for count in 0...48 {
            for position in 0..<max(1, count) {
                for byte in 0...255 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: count)
                    if position < count { bytes[position] = UInt8(byte) }
                    for start in stride(from: 0, through: position, by: 3) {
                        let expected = Self.byteLoopFirstSpecial(bytes, from: start)
                        let found = Self.firstSpecialByte(bytes, from: start)
                        if found != expected {
                            Issue.record("byte 0x\(String(byte, radix: 16)) at \(position) of \(count) from \(start)")
                        }
                    }
                }
            }
        }
    }

    // MARK: - Special bytes at every offset of a string

    /// `[`, `pad` spaces, then a string whose body is `k` letters followed by `special` and `tail`; the string's
    /// body starts at document offset `pad + 2`, so every alignment of the special byte within a word is covered.
    static func document(pad: Int, offset k: Int, special: [UInt8], tail: String = "bcdefghijklmnopq\"]") -> [UInt8] {
        Array("[".utf8) + [UInt8](repeating: 0x20, count: pad) + Array("\"".utf8)
            + (0..<k).map { UInt8(ascii: "a") + UInt8($0 % 26) } + special + Array(tail.utf8)
    }

    static func failure(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONDocument(parsing: bytes)
            return nil
        } catch {
            return error
        }
    }

    static func string(_ bytes: [UInt8]) throws -> String? {
        guard case .array(let elements) = try JSONValue(parsing: bytes), case .string(let text) = elements.first
        else { return nil }
        return text
    }

    static func letters(_ k: Int) -> String {
        String(decoding: (0..<k).map { UInt8(ascii: "a") + UInt8($0 % 26) }, as: UTF8.self)
    }

    @Test func quoteEndsTheStringAtEveryOffset() throws {
        for pad in 0..<8 {
            for k in 0...40 {
                let bytes = Self.document(pad: pad, offset: k, special: Array("\"".utf8), tail: "]")
                #expect(try Self.string(bytes) == Self.letters(k), "pad \(pad), offset \(k)")
                // A second string right after, so the quote that ends one is not at the end of the input.
                let two = Self.document(pad: pad, offset: k, special: Array("\",\"".utf8) + Array(Self.letters(k).utf8))
                let value = try JSONValue(parsing: two)
                #expect(value == .array([.string(Self.letters(k)), .string(Self.letters(k) + "bcdefghijklmnopq")]))
            }
        }
    }

    @Test func escapesAreDecodedAndInvalidOnesRejectedAtEveryOffset() throws {
        for pad in 0..<8 {
            for k in 0...40 {
                let body = pad + 2 + k
                let newline = Self.document(pad: pad, offset: k, special: Array(#"\n"#.utf8))
                #expect(try Self.string(newline) == Self.letters(k) + "\nbcdefghijklmnopq")
                let unicode = Self.document(pad: pad, offset: k, special: Array(#"\u00e9\ud83d\udc32\\\""#.utf8))
                #expect(try Self.string(unicode) == Self.letters(k) + "é🐲\\\"bcdefghijklmnopq")
                let invalid = try #require(
                    Self.failure(Self.document(pad: pad, offset: k, special: Array(#"\x"#.utf8))))
                #expect(invalid.reason == .invalidEscape && invalid.offset == body, "pad \(pad), offset \(k)")
                let lone = try #require(
                    Self.failure(Self.document(pad: pad, offset: k, special: Array(#"\udc00"#.utf8))))
                #expect(lone.reason == .loneSurrogate && lone.offset == body)
            }
        }
    }

    @Test func everyControlCharacterIsRejectedAtEveryOffset() throws {
        for pad in 0..<8 {
            for k in 0...40 {
                for control in UInt8(0)..<0x20 {
                    let error = try #require(Self.failure(Self.document(pad: pad, offset: k, special: [control])))
                    #expect(error.reason == .controlCharacter && error.offset == pad + 2 + k, "0x\(control) at \(k)")
                }
                // The bytes just above the thresholds are plain.
                for plain: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7E, 0x7F] {
                    let bytes = Self.document(pad: pad, offset: k, special: [plain])
                    #expect(
                        try Self.string(bytes) == Self.letters(k) + String(UnicodeScalar(plain)) + "bcdefghijklmnopq")
                }
            }
        }
    }

    @Test func nonASCIICharactersAreKeptAtEveryOffset() throws {
        for pad in 0..<8 {
            for k in 0...40 {
                for character in ["é", "€", "🐲", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}", "é€🐲"] {
                    let bytes = Self.document(pad: pad, offset: k, special: Array(character.utf8))
                    #expect(try Self.string(bytes) == Self.letters(k) + character + "bcdefghijklmnopq")
                    let value = try JSONDocument(parsing: bytes)
                    #expect(value.nodes[1].flags & JSONNode.hasNonASCII != 0)
                }
            }
        }
    }

    @Test func invalidUTF8IsRejectedWhereverItFallsAcrossWords() throws {
        // Each sequence is invalid at its first byte: a lone continuation, bytes that never start a character,
        // overlongs, a surrogate, a value above U+10FFFF, and characters cut short by an ASCII byte (the tail
        // starts with 'b'), whose missing bytes fall in the next word for offsets near 8 and 16.
        let sequences: [[UInt8]] = [
            [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE],
            [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x90], [0xE2], [0xF0, 0x9F],
        ]
        for pad in 0..<8 {
            for k in 0...40 {
                for sequence in sequences {
                    let error = try #require(Self.failure(Self.document(pad: pad, offset: k, special: sequence)))
                    #expect(error.reason == .invalidUTF8 && error.offset == pad + 2 + k, "\(sequence) at \(k)")
                }
                // Truncated by the end of the input.
                let cut = Array("[\"".utf8) + (0..<k).map { _ in UInt8(ascii: "a") } + [0xF0, 0x9F, 0x90]
                let error = try #require(Self.failure(cut))
                #expect(error.reason == .invalidUTF8 && error.offset == 2 + k)
            }
        }
    }

    @Test func unterminatedStringsFailAtTheirOpeningQuoteForEveryLength() throws {
        for pad in 0..<8 {
            for k in 0...48 {
                let bytes =
                    Array("[".utf8) + [UInt8](repeating: 0x20, count: pad) + Array("\"".utf8)
                    + Array(Self.letters(k).utf8)
                let error = try #require(Self.failure(bytes))
                #expect(error.reason == .unexpectedEnd && error.offset == pad + 1, "pad \(pad), length \(k)")
            }
        }
    }
}
