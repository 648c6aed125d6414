import Foundation
import StreamEvents
import Testing

@Suite struct Base64Tests {
    @Test func encodesLikeFoundationForEveryLengthUpTo100() {
        var random = TestRandom(seed: 0xB64)
        for count in 0...100 {
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString(), "length \(count)")
        }
    }

    @Test func decodeInvertsEncodeForEveryLengthUpTo100() throws {
        var random = TestRandom(seed: 0x64B)
        for count in 0...100 {
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(try Base64.decode(Base64.encode(bytes)) == bytes, "length \(count)")
        }
    }

    @Test func decodesKnownText() throws {
        #expect(try Base64.decode("aGVsbG8gd29ybGQ=") == Array("hello world".utf8))
        #expect(try Base64.decode("") == [])
        #expect(try Base64.decode("YQ==") == [0x61])
        #expect(try Base64.decode("YWI=") == [0x61, 0x62])
        #expect(try Base64.decode("+/+/") == [0xFB, 0xFF, 0xBF])
        #expect(try Base64.decode(utf8: Array("YWJj".utf8)) == Array("abc".utf8))
    }

    @Test(arguments: [
        ("====", 0, Base64.DecodingError.Problem.misplacedPadding),
        ("YW=j", 2, .misplacedPadding),
        ("YQ", 0, .incompleteGroup(length: 2)),
        ("YR==", 1, .nonZeroTrailingBits),
        ("YWJ=", 2, .nonZeroTrailingBits),
        ("Y===", 1, .misplacedPadding),
        ("YQ==YQ==", 2, .misplacedPadding),
        ("YWJj\n", 4, .invalidCharacter(0x0A)),
        ("YW Jj", 2, .invalidCharacter(0x20)),
        ("YWJjZA", 4, .incompleteGroup(length: 6)),
        ("YWJjZ!", 5, .invalidCharacter(UInt8(ascii: "!"))),
        ("YWJj-_==", 4, .invalidCharacter(UInt8(ascii: "-"))),
        ("YQ=", 0, .incompleteGroup(length: 3)),
    ])
    func rejectsNonCanonicalTextWithOffset(text: String, offset: Int, problem: Base64.DecodingError.Problem) {
        #expect(throws: Base64.DecodingError(offset: offset, problem: problem)) { try Base64.decode(text) }
        #expect(!Base64.isCanonical(text))
    }

    /// The decoder reads two groups per step. For every byte value at every position of texts of one to seven
    /// groups, it must give what reading one group at a time gives: the bytes, or the first bad group's error at
    /// its offset in the text.
    @Test func decodesPairsOfGroupsLikeOneGroupAtATime() {
        var random = TestRandom(seed: 0x2B64)
        for groups in 1...7 {
            let bytes = (0..<(groups * 3 - random.below(3))).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let text = Array(Base64.encode(bytes).utf8)
            #expect(Self.decoded(text) == .success(bytes))
            for position in text.indices {
                for byte in 0...255 {
                    var mutated = text
                    mutated[position] = UInt8(byte)
                    #expect(Self.decoded(mutated) == Self.decodedByGroup(mutated), "\(mutated) \(position)")
                }
            }
        }
    }

    static func decoded(_ text: [UInt8]) -> Result<[UInt8], Base64.DecodingError> {
        Result { () throws(Base64.DecodingError) in try Base64.decode(utf8: text) }
    }

    /// One group at a time: a group before the last may hold no `=` and no byte outside the alphabet (the first
    /// such byte is the error); the last is decoded on its own.
    static func decodedByGroup(_ text: [UInt8]) -> Result<[UInt8], Base64.DecodingError> {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var bytes: [UInt8] = []
        for start in stride(from: 0, to: text.count, by: 4) {
            let group = Array(text[start..<(start + 4)])
            if start + 4 < text.count, let bad = group.firstIndex(where: { !alphabet.contains($0) }) {
                let problem: Base64.DecodingError.Problem =
                    group[bad] == UInt8(ascii: "=") ? .misplacedPadding : .invalidCharacter(group[bad])
                return .failure(Base64.DecodingError(offset: start + bad, problem: problem))
            }
            switch decoded(group) {
            case .success(let part): bytes += part
            case .failure(let error):
                return .failure(Base64.DecodingError(offset: start + error.offset, problem: error.problem))
            }
        }
        return .success(bytes)
    }

    @Test func foundationAcceptsWhatWeReject() {
        // The reason this type exists: Foundation takes non-canonical text.
        #expect(Data(base64Encoded: "YR==") != nil)
        #expect(throws: Base64.DecodingError.self) { try Base64.decode("YR==") }
    }

    @Test func errorMessageSaysWhereAndWhat() {
        let error = Base64.DecodingError(offset: 2, problem: .misplacedPadding)
        #expect(
            error.description
                == "invalid base64 at offset 2: padding '=' may only appear as the last one or two characters")
        let bad = Base64.DecodingError(offset: 0, problem: .invalidCharacter(0xC3))
        #expect(bad.description.contains("byte 0xC3"))
    }
}
