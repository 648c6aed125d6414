import Foundation
import StreamEvents
import StreamJSON
import Testing

@testable import StreamContracts

/// Hostile captures — gzip bombs, cut-off gzip, binary junk, deep nesting, never-closing fragments, a 100 MB
/// line — each end in exact results: documents, or unreadable results with their reason and location.
@Suite(.timeLimit(.minutes(1))) struct HostileCaptureTests {
    private func read(_ bytes: [UInt8], options: CaptureReaderOptions = .init()) -> [CapturedDocument] {
        CaptureReader.documents(in: bytes, source: "hostile", options: options)
    }

    private func read(_ text: String, options: CaptureReaderOptions = .init()) -> [CapturedDocument] {
        read(Array(text.utf8), options: options)
    }

    // MARK: - gzip

    /// A gzip member whose one dynamic-Huffman block is the literal `a` followed by `matches` copies of
    /// "258 bytes at distance 1": 2 bits per 258 output bytes, the densest DEFLATE allows (≈ 1000 : 1).
    /// The trailer is left zero: a bomb is stopped by the cap before any trailer is read.
    static func gzipBomb(matches: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.bits(1, 1)  // BFINAL
        writer.bits(2, 2)  // BTYPE = dynamic
        writer.bits(29, 5)  // HLIT: 286 literal/length codes
        writer.bits(1, 5)  // HDIST: 2 distance codes
        writer.bits(14, 4)  // HCLEN: 18 code-length codes
        // Code-length code lengths in RFC 1951 order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1: 18 → 1, 2 → 2, 1 → 2.
        for length in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] { writer.bits(length, 3) }
        // Canonical codes: 18 = 0, 1 = 10, 2 = 11.
        func zeros(_ count: Int) {
            writer.code(0b0, 1)
            writer.bits(count - 11, 7)
        }
        zeros(97)  // literals 0–96
        writer.code(0b11, 2)  // 'a' (97): length 2
        zeros(138)
        zeros(20)  // 98–255
        writer.code(0b11, 2)  // 256 (end of block): length 2
        zeros(28)  // 257–284
        writer.code(0b10, 2)  // 285 (length 258): length 1
        writer.code(0b10, 2)  // distance 0: length 1
        writer.code(0b10, 2)  // distance 1: length 1
        // Literal/length codes: 285 = 0, 'a' = 10, 256 = 11. Distance codes: 0 = 0, 1 = 1.
        writer.code(0b10, 2)
        for _ in 0..<matches {
            writer.code(0, 1)
            writer.code(0, 1)
        }
        writer.code(0b11, 2)
        let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        return header + writer.bytes + [UInt8](repeating: 0, count: 8)
    }

    /// An `awslogs` subscription envelope around `compressed`.
    private func awslogs(_ compressed: [UInt8]) -> String {
        #"{"awslogs": {"data": ""# + Data(compressed).base64EncodedString() + #""}}"#
    }

    @Test func theHandMadeBombInflatesToWhatItClaims() throws {
        let bomb = Self.gzipBomb(matches: 1_000)
        #expect(bomb.count == 283)
        let inflated = try Inflate.inflateRaw(Array(bomb[10..<(bomb.count - 8)]))
        #expect(inflated.count == 1 + 258 * 1_000)
        #expect(inflated.allSatisfy { $0 == UInt8(ascii: "a") })
    }

    @Test func aGzipBombInAwslogsDataStopsAtTheDefaultCapAndNamesIt() {
        // 260,000 × 258 bytes ≈ 64 MiB + 0.3 MiB from 65 KB of gzip.
        let bomb = Self.gzipBomb(matches: 260_200)
        #expect(bomb.count < 66_000)
        let documents = read(awslogs(bomb))
        #expect(documents.map(\.summary) == ["1:22 json-file/cloudwatch-subscription decompressed-too-large @1:22"])
        #expect(
            documents.first?.unreadable?.message == "awslogs.data: inflated size exceeds 67108864 bytes (gzip bomb?)")
    }

    @Test func aGzipBombStopsAtASmallerConfiguredCap() {
        let documents = read(awslogs(Self.gzipBomb(matches: 100_000)), options: .init(inflateLimit: 1 << 20))
        #expect(
            documents.first?.unreadable?.message == "awslogs.data: inflated size exceeds 1048576 bytes (gzip bomb?)")
    }

    @Test func aTruncatedGzipIsReportedNotCrashedOn() throws {
        let bomb = Self.gzipBomb(matches: 100)
        let cases: [(cut: Int, message: String)] = [
            (5, "awslogs.data: the gzip header is cut short"),
            (40, "awslogs.data: the compressed data ends in the middle of a block"),
            (bomb.count - 4, "awslogs.data: the gzip stream ends before its CRC-32 and size trailer"),
        ]
        for (cut, message) in cases {
            let documents = read(awslogs(Array(bomb.prefix(cut))))
            #expect(documents.map(\.verdict) == ["decompression-failed"], "\(cut)")
            #expect(documents.first?.unreadable?.message == message, "\(cut)")
        }
    }

    /// Decision: whitespace inside `awslogs.data` is tolerated (text wrapped when pasted); anything else that is
    /// not base64 is named with its offset.
    @Test func awslogsDataThatIsNotBase64IsNamedAndWrappedBase64IsRead() {
        let documents = read(#"{"awslogs": {"data": "H4sI*AAA"}}"#)
        #expect(documents.map(\.verdict) == ["invalid-base64"])
        #expect(
            documents.first?.unreadable?.message
                == "awslogs.data is not valid base64: invalid base64 at offset 4: '*' is not in the base64 alphabet (A-Z a-z 0-9 + /)"
        )
        let wrapped = read(#"{"awslogs": {"data": "H4sI\nAAAA"}}"#)
        #expect(wrapped.first?.unreadable?.message == "awslogs.data: the gzip header is cut short")
    }

    // MARK: - Bytes

    @Test func binaryJunkIsOneSkippedInputWithItsReason() {
        // Every byte value, many times, in a fixed pseudo-random order (a ZIP or PNG pasted by mistake).
        var state: UInt32 = 0x1234_5678
        var junk: [UInt8] = []
        junk.reserveCapacity(1 << 20)
        for _ in 0..<(1 << 20) {
            state = state &* 1_664_525 &+ 1_013_904_223
            junk.append(UInt8(truncatingIfNeeded: state >> 24))
        }
        let documents = read(junk)
        #expect(documents.count == 1)
        #expect(documents.first?.skipped?.reason.hasPrefix("binary data") == true)
    }

    @Test func invalidUTF8InsideAJSONLineIsUnreadableWithItsLocation() {
        let bytes = Array("log line\n{\"Records\": [\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]}\nnext\n".utf8)
        let documents = read(bytes)
        #expect(documents.map(\.summary) == ["2:1 json-lines invalid-utf8 @2:15"])
    }

    @Test func nulBytesInAndAroundDocumentsAreReportedAtTheirPlace() {
        let bytes =
            Array("{\"Records\": [\"a".utf8) + [0] + Array("\"]}\n".utf8) + [0, 0] + Array("{\"Records\": []}\n".utf8)
        let documents = read(bytes)
        #expect(documents.map(\.summary) == ["1:1 json-lines invalid-json @1:16", "2:3 text-log ok"])
    }

    @Test func aByteOrderMarkIsSkippedAndCRLFOrLoneCRKeepLinesExact() {
        for end in ["\n", "\r\n", "\r"] {
            let text = "START\(end){\(end)  \"Records\": [\(end)    {\"a\": tru}\(end)  ]\(end)}\(end)"
            let documents = read([0xEF, 0xBB, 0xBF] + Array(text.utf8))
            #expect(
                documents.map(\.summary) == ["2:1 text-log/joined-lines invalid-json @4:11"], "\(end.debugDescription)")
        }
    }

    // MARK: - Nesting and size

    @Test func oneHundredThousandNestedArraysAreUnreadableAtTheDepthLimit() throws {
        let text =
            "{\"Records\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let documents = read(text)
        #expect(documents.map(\.summary) == ["1:1 json-file invalid-json @1:1012"])
        let error = try #require(documents.first?.unreadable?.syntaxError)
        #expect(error.description == "1:1012: nesting is deeper than the limit of 1000 arrays and objects")
    }

    @Test func aFragmentThatNeverClosesGivesUpAfterTheLineWindowWithItsLocation() {
        let text = "2024-01-02T00:00:00.123Z\treq\tINFO\t{\n" + String(repeating: "  \"k\": 1,\n", count: 20_000)
        let documents = read(text)
        #expect(documents.map(\.summary) == ["1:35 text-log/node-text-log/joined-lines join-window-exceeded @10000:10"])
        #expect(documents.first?.joinedLines == 10_000)
        #expect(
            documents.first?.unreadable?.message
                == "expected a member name in quotes, found end of input (gave up joining the JSON that starts at 1:35 after "
                + "10000 lines and 99992 bytes)")
    }

    @Test func aFragmentThatNeverClosesGivesUpAfterTheByteWindow() {
        let line = "  \"k\": \"" + String(repeating: "v", count: 1_000) + "\",\n"
        let text = "log\n{\n" + String(repeating: line, count: 10_000)
        let documents = read(text)
        #expect(documents.map(\.verdict) == ["join-window-exceeded"])
        #expect(documents.first?.location.description == "2:1")
        #expect((documents.first?.joinedLines ?? 0) < 8_500)
    }

    /// 4 MB on one line, built in memory: one JSON event whose only record has a 4 MB `data` string. (The parser
    /// alone reads 100 MB in one line in `HostileJSONTests`; the reader's debug build is too slow for 100 MB.)
    @Test func aFourMegabyteLineIsOneDocument() throws {
        let size = 4 << 20
        var bytes = Array(#"{"Records": [{"kinesis": {"data": ""#.utf8)
        bytes.reserveCapacity(size + 64)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "A"), count: size))
        bytes.append(contentsOf: #""}}]}"#.utf8)
        let documents = read(bytes)
        #expect(documents.map(\.summary) == ["1:1 json-file ok"])
        #expect(documents.first?.document?.root["Records"]?[0]?["kinesis"]?["data"]?.sourceText.count == size + 2)
    }
}

/// Packs bits least significant first, as DEFLATE reads them.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var used = 8

    /// Appends the low `count` bits of `value`, least significant first (header fields, extra bits).
    mutating func bits(_ value: Int, _ count: Int) {
        for bit in 0..<count { push((value >> bit) & 1) }
    }

    /// Appends a Huffman code of `count` bits, most significant first.
    mutating func code(_ value: Int, _ count: Int) {
        for bit in stride(from: count - 1, through: 0, by: -1) { push((value >> bit) & 1) }
    }

    private mutating func push(_ bit: Int) {
        if used == 8 {
            bytes.append(0)
            used = 0
        }
        bytes[bytes.count - 1] |= UInt8(bit << used)
        used += 1
    }
}
