import Foundation
import StreamContracts
import Testing

/// The input decoder finds gzip, zlib, UTF-16 and the UTF-8 byte-order mark from content, however the input is
/// chunked, and hands out the decoded prefix of a broken input with a failure that says where it broke.
@Suite struct InputDecoderTests {
    /// Feeds `bytes` in chunks of `size` and finishes.
    private func decode(_ bytes: [UInt8], chunkSize size: Int, limit: Int = InputDecoder.defaultInflateLimit)
        -> (output: [UInt8], decoder: InputDecoder)
    {
        var decoder = InputDecoder(inflateLimit: limit)
        var output: [UInt8] = []
        for chunk in DecodingFixtures.chunks(bytes, size: size) { output += decoder.feed(chunk) }
        output += decoder.finish()
        return (output, decoder)
    }

    private static let sample = #"{"message":"café 日本 😀"}"# + "\r\n2024-01-02 INFO done\r\n"

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        let units = [0xFEFF] + Array(text.utf16)
        return units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: 1...7)
    func plainTextPassesThroughUnchanged(chunkSize: Int) {
        let bytes = Array(Self.sample.utf8)
        let (output, decoder) = decode(bytes, chunkSize: chunkSize)
        #expect(output == bytes)
        #expect(decoder.layers.isEmpty)
        #expect(decoder.failure == nil)
        #expect(decoder.outputCount == bytes.count)
    }

    @Test(arguments: 1...7)
    func utf8ByteOrderMarkIsNotedAndPassedOnForTheReaderToSkip(chunkSize: Int) {
        let (output, decoder) = decode([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8), chunkSize: chunkSize)
        #expect(output == [0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
        #expect(decoder.layers == [.utf8ByteOrderMark])
    }

    @Test(arguments: 1...7)
    func utf16WithEitherByteOrderIsTranscodedWithSurrogatePairsSplitAnywhere(chunkSize: Int) {
        for bigEndian in [false, true] {
            let (output, decoder) = decode(utf16(Self.sample, bigEndian: bigEndian), chunkSize: chunkSize)
            #expect(String(decoding: output, as: UTF8.self) == Self.sample)
            #expect(output == Array(Self.sample.utf8))
            #expect(decoder.layers == [bigEndian ? .utf16BigEndian : .utf16LittleEndian])
            #expect(decoder.replacementCount == 0)
        }
    }

    @Test func unpairedSurrogatesAndAnOddLastByteBecomeReplacementCharactersAndAreCounted() {
        // BOM, "a", a lone low surrogate, a high surrogate followed by "b", "c", a high surrogate at the end, and
        // one odd byte.
        let units: [UInt16] = [0xFEFF, 0x61, 0xDC00, 0xD83D, 0x62, 0x63, 0xD83D]
        let bytes = units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] } + [0x41]
        for size in 1...7 {
            let (output, decoder) = decode(bytes, chunkSize: size)
            #expect(
                String(decoding: output, as: UTF8.self) == "a\u{FFFD}\u{FFFD}bc\u{FFFD}\u{FFFD}", "chunks of \(size)")
            #expect(decoder.replacementCount == 4)
            #expect(decoder.firstReplacementOffset == 4)
        }
    }

    @Test(arguments: [1, 2, 3, 7, 4096])
    func gzipMembersAndZlibAreDecompressed(chunkSize: Int) throws {
        let cases: [(name: String, layers: [InputEncoding])] = [
            ("inflate-members.gz", [.gzip(members: 3)]),
            ("inflate-small.level9.gz", [.gzip(members: 1)]),
            ("inflate-small.level6.zz", [.zlib]),
        ]
        for (name, layers) in cases {
            let bytes = try CaptureFixtures.bytes(name)
            let (output, decoder) = decode(bytes, chunkSize: chunkSize)
            #expect(output.count == 38_795, "\(name)")
            #expect(Inflate.crc32(output) == 0xC6E1_345B, "\(name)")
            #expect(decoder.layers == layers, "\(name)")
            #expect(decoder.failure == nil, "\(name)")
            #expect(decoder.inputCount == bytes.count)
        }
    }

    @Test(arguments: 1...7)
    func gzipHoldingUTF16GoesThroughBothLayers(chunkSize: Int) throws {
        // gzip.compress(('\ufeff' + sample).encode('utf-16-le'), 9, mtime=0)
        let bytes = [UInt8](
            try #require(
                Data(
                    base64Encoded:
                        "H4sIAAAAAAACA/v/r5pBiSGXIZWhGAgTGdKBLCUGKyBOBvLSGF4yKDA8TdVJV2CwvcFwT4mhloGXgYvBiMEAiE0YdIG0IZg0AqrzZPBjcGPwB7JSGPIZ8oAmgdQCABLLG+FiAAAA"
                )))
        let (output, decoder) = decode(bytes, chunkSize: chunkSize)
        #expect(String(decoding: output, as: UTF8.self) == Self.sample)
        #expect(decoder.layers == [.gzip(members: 1), .utf16LittleEndian])
        #expect(decoder.layers.map(\.description) == ["gzip (1 member)", "UTF-16LE"])
    }

    @Test func layersDescribeThemselvesForReports() {
        #expect(InputEncoding.gzip(members: 3).description == "gzip (3 members)")
        #expect(InputEncoding.zlib.description == "zlib")
        #expect(InputEncoding.utf16BigEndian.description == "UTF-16BE")
        #expect(InputEncoding.utf8ByteOrderMark.description == "UTF-8 with BOM")
    }

    @Test func emptyAndOneByteInputsAreText() {
        #expect(decode([], chunkSize: 1).output.isEmpty)
        #expect(decode([], chunkSize: 1).decoder.layers.isEmpty)
        #expect(decode([0x1F], chunkSize: 1).output == [0x1F])
        #expect(decode([0xFF, 0xFE], chunkSize: 1).decoder.layers == [.utf16LittleEndian])
    }

    /// Decision: a text that starts with "x^" (78 5E, a zlib header) is taken for zlib; it then fails as corrupt
    /// after whatever its bits decoded to, and the failure names the layer, so the user sees why the text was not
    /// read.
    @Test func textThatLooksLikeAZlibHeaderIsNamedAsBrokenZlib() {
        let (output, decoder) = decode(Array("x^2 + y^2 = z^2\n".utf8), chunkSize: 4096)
        #expect(decoder.failure?.decodedByteCount == output.count)
        #expect(decoder.layers == [.zlib])
        #expect(decoder.failure?.kind == .corrupt)
        #expect(decoder.failure?.layer == .zlib)
    }

    // MARK: - Failures

    @Test(arguments: [1, 7, 4096])
    func aCutGzipHandsOutItsDecodedPrefixAndNamesWhereItEnds(chunkSize: Int) throws {
        let bytes = try CaptureFixtures.bytes("inflate-large.level6.gz")
        let text = try Inflate.gunzip(bytes)
        let cut = Array(bytes.prefix(20_000))
        let (output, decoder) = decode(cut, chunkSize: chunkSize)
        let failure = try #require(decoder.failure)
        #expect(failure.kind == .truncated)
        #expect(failure.offset == 20_000)
        #expect(failure.member == 1)
        #expect(failure.message == "the compressed data ends in the middle of a block")
        #expect(failure.decodedByteCount == output.count)
        #expect(output.count > 60_000)
        #expect(Array(text.prefix(output.count)) == output)
        #expect(failure.description.hasPrefix("gzip member 1, byte 20000: the compressed data ends"))
    }

    @Test(arguments: [1, 5, 4096])
    func aBadChecksumInTheSecondMemberStopsBeforeTheThird(chunkSize: Int) throws {
        let members = try CaptureFixtures.bytes("inflate-members.gz")
        // The second member is empty: 10-byte header, 2 bytes of DEFLATE, CRC-32 0, size 0; find it after the first.
        let second = try #require(
            (10..<members.count).first { members[$0] == 0x1F && members[$0 + 1] == 0x8B })
        var broken = members
        broken[second + 12] = 0x01
        let (output, decoder) = decode(broken, chunkSize: chunkSize)
        let failure = try #require(decoder.failure)
        #expect(failure.kind == .checksum)
        #expect(failure.member == 2)
        #expect(failure.offset == second + 12)
        #expect(output.count == 10_000)
        #expect(decoder.layers == [.gzip(members: 2)])
    }

    @Test func dataAfterTheLastMemberIsAFailureAfterTheWholeText() throws {
        let bytes = try CaptureFixtures.bytes("inflate-members.gz")
        let (output, decoder) = decode(bytes + Array("trailing text".utf8), chunkSize: 4096)
        #expect(output.count == 38_795)
        #expect(decoder.failure?.offset == bytes.count)
        #expect(decoder.failure?.member == 3)
        #expect(decoder.failure?.message == "unexpected data after the end of the gzip stream")
        // A stray 1F that is not followed by 8B does not start a fourth member.
        let stray = decode(bytes + [0x1F, 0x00], chunkSize: 1).decoder
        #expect(stray.failure?.offset == bytes.count)
        #expect(stray.failure?.member == 3)
        #expect(stray.layers == [.gzip(members: 3)])
    }

    @Test func piecesStayNearThePieceSizeHoweverMuchAChunkInflates() {
        // 100,000 matches of 258 bytes (25.8 MB) from 25 KB, fed as one chunk.
        let bomb = HostileCaptureTests.gzipBomb(matches: 100_000)
        var decoder = InputDecoder(inflateLimit: 1 << 30)
        var pieces: [Int] = []
        decoder.feed(bomb) { piece in pieces.append(piece.count) }
        let inflated = 1 + 258 * 100_000
        let total: Int = pieces.reduce(0, +)
        #expect(total == inflated)
        #expect(pieces.allSatisfy { $0 > 0 && $0 <= InputDecoder.pieceSize + (1 << 17) })
        #expect(decoder.outputCount == inflated)
        // The bomb's trailer is left zero, so finishing reports its CRC-32.
        #expect(decoder.finish().isEmpty)
        #expect(decoder.failure?.kind == .checksum)
        #expect(decoder.failure?.decodedByteCount == inflated)
    }

    @Test func aBombStopsAtTheInflateLimitAndLaterInputYieldsNothing() {
        let bomb = HostileCaptureTests.gzipBomb(matches: 4_200_000)
        var decoder = InputDecoder(inflateLimit: 32 << 20)
        var handedOut = 0
        var callsAfterFailure = 0
        for chunk in DecodingFixtures.chunks(bomb, size: 65_536) {
            let output = decoder.feed(chunk)
            handedOut += output.count
            if decoder.failure != nil {
                callsAfterFailure += 1
                if callsAfterFailure > 1 { #expect(output.isEmpty) }
            }
        }
        handedOut += decoder.finish().count
        #expect(decoder.failure?.kind == .tooLarge)
        #expect(decoder.failure?.message == "inflated size exceeds 33554432 bytes (gzip bomb?)")
        #expect(decoder.failure?.decodedByteCount == handedOut)
        #expect(handedOut <= 32 << 20)
        #expect(callsAfterFailure > 1)
    }
}
