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
