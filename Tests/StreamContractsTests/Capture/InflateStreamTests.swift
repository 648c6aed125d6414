import Foundation
import StreamContracts
import Testing

/// The streaming decoder against Python's encoder: any chunking gives exactly the whole-buffer result, and every
/// failure names its class and offset in the compressed input.
@Suite struct InflateStreamTests {
    private typealias Fixtures = DecodingFixtures

    @Test(arguments: DecodingFixtures.all)
    func wholeBufferDecodingGivesTheTextPythonCompressed(fixture: DecodingFixtures.Fixture) throws {
        let output = try Inflate.decompress(try fixture.bytes(), limit: 1 << 20)
        #expect(output.count == fixture.size)
        #expect(Inflate.crc32(output) == fixture.crc32)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 64, 4096])
    func streamingInChunksOfAnySizeEqualsWholeBufferDecoding(chunkSize: Int) throws {
        for fixture in DecodingFixtures.all {
            let bytes = try fixture.bytes()
            let format: CompressedStream.Format = fixture.isGzip ? .gzip : .zlib
            let whole = try Fixtures.whole(bytes, format: format).get()
            let streamed = try Fixtures.streamed(bytes, format: format, chunkSize: chunkSize).get()
            #expect(streamed == whole, "\(fixture.name) in chunks of \(chunkSize)")
            #expect(streamed.count == fixture.size, "\(fixture.name)")
        }
    }

    @Test(arguments: [1, 3, 7, 4096])
    func rawStreamSaysWhereItEndsAndHandsBackWhatItReadAhead(chunkSize: Int) throws {
        // Python's gzip.compress writes a 10-byte header without optional fields; the trailer is 8 bytes.
        let gzip = try CaptureFixtures.bytes("inflate-small.level9.gz")
        let deflate = Array(gzip[10...])
        var stream = InflateStream()
        var output: [UInt8] = []
        var rest: [UInt8] = []
        for chunk in Fixtures.chunks(deflate, size: chunkSize) {
            if stream.isFinished {
                rest += chunk
                continue
            }
            let used = try stream.feed(chunk, final: false, into: &output)
            if stream.isFinished { rest += stream.takeReadAhead() + chunk.dropFirst(used) }
        }
        #expect(stream.isFinished)
        #expect(rest == Array(gzip.suffix(8)))
        #expect(stream.inputCount == deflate.count - 8)
        #expect(output.count == 38_795)
        #expect(Inflate.crc32(output) == 0xC6E1_345B)
    }

    @Test func membersAreDecodedInOrderIncludingAnEmptyOne() throws {
        var stream = CompressedStream(format: .gzip, limit: .max)
        var output: [UInt8] = []
        try stream.feed(try CaptureFixtures.bytes("inflate-members.gz"), into: &output)
        try stream.finish(into: &output)
        #expect(stream.members == 3)
        #expect(Inflate.crc32(output) == 0xC6E1_345B)
    }

    @Test func everyOptionalGzipHeaderFieldIsSkippedAndTheHeaderCRCChecked() throws {
        // FTEXT | FHCRC | FEXTRA ("AB", 2 bytes) | FNAME "events.json" | FCOMMENT "a comment"; header CRC by Python.
        let member = [UInt8](
            try #require(
                Data(
                    base64Encoded:
                        "H4sIHwAAAAACAwYAQUICAHh5ZXZlbnRzLmpzb24AYSBjb21tZW50AHsgq1YKSk3OL0opVrKKrlZKLUvNK/F0UbJSMlSqja0FAOOD868dAAAA"
                )))
        for size in [1, 2, 5, member.count] {
            let output = try Fixtures.streamed(member, format: .gzip, chunkSize: size).get()
            #expect(String(decoding: output, as: UTF8.self) == #"{"Records":[{"eventID":"1"}]}"#)
        }
        var broken = member
        broken[40] ^= 0x01
        let error = try #require(Fixtures.error(Fixtures.whole(broken, format: .gzip)))
        #expect(error.kind == .checksum)
        #expect(error.offset == 40)
        #expect(error.message.hasPrefix("gzip header CRC mismatch"))
    }

    // MARK: - Failures and their offsets

    @Test func checksumFailuresPointAtTheTrailer() throws {
        let bytes = try CaptureFixtures.bytes("inflate-small.level9.gz")
        var badCRC = bytes
        badCRC[bytes.count - 8] ^= 0xFF
        let crc = try #require(Fixtures.error(Fixtures.whole(badCRC, format: .gzip)))
        #expect(crc.kind == .checksum)
        #expect(crc.offset == bytes.count - 8)
        #expect(crc.message.hasPrefix("CRC-32 mismatch: the trailer says 0x"))
        var badSize = bytes
        badSize[bytes.count - 4] ^= 0x01
        let size = try #require(Fixtures.error(Fixtures.whole(badSize, format: .gzip)))
        #expect(size.offset == bytes.count - 4)
        #expect(size.message == "size mismatch: the trailer says 38794 bytes, the data has 38795")
        let zlib = try CaptureFixtures.bytes("inflate-small.level6.zz")
        var badAdler = zlib
        badAdler[zlib.count - 1] ^= 0x10
        let adler = try #require(Fixtures.error(Fixtures.whole(badAdler, format: .zlib)))
        #expect(adler.kind == .checksum)
        #expect(adler.offset == zlib.count - 4)
        #expect(adler.message.hasPrefix("Adler-32 mismatch"))
    }

    @Test(arguments: ["inflate-small.level0.gz", "inflate-small.level9.gz", "inflate-small.level6.zz"])
    func everyCutIsTruncatedAtTheEndOfTheInputHoweverItIsChunked(name: String) throws {
        let bytes = try CaptureFixtures.bytes(name)
        let format: CompressedStream.Format = name.hasSuffix(".gz") ? .gzip : .zlib
        for length in stride(from: 0, to: bytes.count, by: name.contains("level0") ? 211 : 19) {
            let cut = Array(bytes[0..<length])
            let whole = Fixtures.error(Fixtures.whole(cut, format: format))
            #expect(whole?.kind == .truncated, "\(name) cut to \(length)")
            #expect(whole?.offset == length, "\(name) cut to \(length)")
            #expect(Fixtures.error(Fixtures.streamed(cut, format: format, chunkSize: 5)) == whole)
        }
    }

    @Test func dataAfterTheStreamIsAnErrorButZeroPaddingIsAccepted() throws {
        let bytes = try CaptureFixtures.bytes("inflate-small.level1.gz")
        let padded = bytes + [UInt8](repeating: 0, count: 512)
        #expect(try Fixtures.whole(padded, format: .gzip).get().count == 38_795)
        let garbage = try #require(Fixtures.error(Fixtures.whole(bytes + Array("junk".utf8), format: .gzip)))
        #expect(garbage.kind == .corrupt)
        #expect(garbage.offset == bytes.count)
        #expect(garbage.message == "unexpected data after the end of the gzip stream")
        let afterPadding = try #require(Fixtures.error(Fixtures.whole(padded + [0x1F, 0x8B], format: .gzip)))
        #expect(afterPadding.offset == bytes.count + 512)
        #expect(afterPadding.message == "unexpected data after the zero padding that ends the gzip stream")
        let notAMember = try #require(Fixtures.error(Fixtures.whole(bytes + [0x1F, 0x00, 0x00], format: .gzip)))
        #expect(notAMember.offset == bytes.count)
        let zlib = try CaptureFixtures.bytes("inflate-small.level1.zz")
        let afterZlib = try #require(Fixtures.error(Fixtures.whole(zlib + [0], format: .zlib)))
        #expect(afterZlib.offset == zlib.count)
        #expect(afterZlib.message == "unexpected data after the end of the zlib stream")
    }

    @Test func corruptBlocksNameTheirOffset() throws {
        // A block of type 3 right after the gzip header.
        let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        let blockType = try #require(Fixtures.error(Fixtures.whole(header + [0x07, 0x00], format: .gzip)))
        #expect(blockType.kind == .corrupt)
        #expect(blockType.offset == 10)
        #expect(blockType.message == "invalid DEFLATE block type 3")
        // A fixed-Huffman block whose first symbol is a match: nothing was written for it to reach back to.
        var writer = BitWriter()
        writer.bits(1, 1)
        writer.bits(1, 2)
        writer.code(0b000_0001, 7)  // length symbol 257: length 3
        writer.code(0b00000, 5)  // distance symbol 0: distance 1
        let farBack = try #require(Fixtures.error(Fixtures.whole(writer.bytes, format: .deflate)))
        #expect(farBack.offset == 0)
        #expect(farBack.message == "a back-reference reaches 1 bytes back but only 0 bytes were written")
        // A stored block whose length and complement disagree, after one good stored block of 3 bytes.
        let stored: [UInt8] = [0x00, 3, 0, 0xFC, 0xFF, 1, 2, 3, 0x01, 5, 0, 0, 0]
        let complement = try #require(Fixtures.error(Fixtures.whole(stored, format: .deflate)))
        #expect(complement.offset == 9)
        #expect(complement.message == "stored block length 5 does not match its complement")
    }

    @Test func chunkedAndWholeBufferDecodingAgreeOnCorruptedInput() throws {
        for name in ["inflate-small.level9.gz", "inflate-small.level1.zz"] {
            let bytes = try CaptureFixtures.bytes(name)
            let format: CompressedStream.Format = name.hasSuffix(".gz") ? .gzip : .zlib
            var state: UInt64 = 0x2545_F491_4F6C_DD1D
            for position in stride(from: 0, to: bytes.count, by: 41) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                var broken = bytes
                broken[position] ^= UInt8(truncatingIfNeeded: state >> 56) | 1
                let whole = Fixtures.whole(broken, format: format, limit: 1 << 20)
                let streamed = Fixtures.streamed(broken, format: format, chunkSize: 7, limit: 1 << 20)
                #expect(whole == streamed, "\(name): byte \(position)")
                #expect(Fixtures.error(whole) != nil, "\(name): byte \(position) changed, yet it decoded")
            }
        }
    }

    // MARK: - History and limits

    /// Three 60,000-byte stored blocks (so the 128 KiB buffer slides), then a fixed-Huffman block that copies 258
    /// bytes from exactly 32,768 bytes back, DEFLATE's farthest reach.
    @Test(arguments: [1, 1000, 65_536, 1 << 20])
    func aMatchReachesExactly32KiBBackAfterTheBufferSlid(chunkSize: Int) throws {
        var text: [UInt8] = []
        var deflate: [UInt8] = []
        for block in 0..<3 {
            let data = (0..<60_000).map { UInt8(truncatingIfNeeded: ($0 * 7 + block) % 251) }
            deflate += [0x00, 0x60, 0xEA, 0x9F, 0x15] + data  // LEN 60,000 = 0xEA60
            text += data
        }
        var writer = BitWriter()
        writer.bits(1, 1)
        writer.bits(1, 2)
        writer.code(0b1100_0101, 8)  // length symbol 285: 258
        writer.code(0b11101, 5)  // distance symbol 29: base 24,577, 13 extra bits
        writer.bits(32_768 - 24_577, 13)
        writer.code(0, 7)  // end of block
        deflate += writer.bytes
        text += text[(text.count - 32_768)..<(text.count - 32_768 + 258)]
        let output = try Fixtures.streamed(deflate, format: .deflate, chunkSize: chunkSize).get()
        #expect(output.count == text.count)
        #expect(output == text)
    }

    @Test func theLimitStopsDecodingWithTooLargeAndTheOutputNeverPassesIt() throws {
        let bytes = try CaptureFixtures.bytes("inflate-large.level6.gz")
        for limit in [0, 1, 100_000, 168_972] {
            var stream = CompressedStream(format: .gzip, limit: limit)
            var output: [UInt8] = []
            do throws(InflateError) {
                for chunk in Fixtures.chunks(bytes, size: 4096) { try stream.feed(chunk, into: &output) }
                try stream.finish(into: &output)
                Issue.record("limit \(limit) was not enforced")
            } catch {
                #expect(error.kind == .tooLarge)
                #expect(error.message == "inflated size exceeds \(limit) bytes (gzip bomb?)")
                #expect((10..<bytes.count).contains(error.offset))
                #expect(output.count <= limit && output.count > limit - 258)
            }
        }
        #expect(try Inflate.gunzip(bytes, limit: 168_973).count == 168_973)
    }

    @Test func aGigabyteBombStopsAtTheLimitInPiecesOfTheOutputBudget() {
        // 4,200,000 matches of 258 bytes: 1,083,600,001 bytes from about 1 MB of gzip, fed as one chunk.
        let bomb = HostileCaptureTests.gzipBomb(matches: 4_200_000)
        #expect(bomb.count < 1_100_000)
        let limit = 64 << 20
        let budget = 1 << 20
        var stream = CompressedStream(format: .gzip, limit: limit)
        var used = 0
        var handedOut = 0
        var largestCall = 0
        var calls = 0
        var failure: InflateError?
        while used < bomb.count && failure == nil {
            var output: [UInt8] = []
            do throws(InflateError) {
                used += try stream.feed(bomb[used...], into: &output, outputBudget: budget)
            } catch {
                failure = error
            }
            handedOut += output.count
            largestCall = max(largestCall, output.count)
            calls += 1
        }
        #expect(failure?.kind == .tooLarge)
        #expect(failure?.message == "inflated size exceeds 67108864 bytes (gzip bomb?)")
        #expect(handedOut <= limit && handedOut > limit - 258)
        #expect(stream.outputCount == handedOut)
        // No call hands out more than the budget and one buffer (128 KiB): memory does not grow with the output.
        #expect(largestCall <= budget + (1 << 17))
        #expect(calls >= limit / (budget + (1 << 17)))
        #expect(stream.inputCount < bomb.count / 10)
    }

    @Test(arguments: [1, 1_000, 300_000])
    func feedingTheRestAfterTheBudgetStopsGivesTheWholeText(budget: Int) throws {
        for name in ["inflate-large.level6.gz", "inflate-small.level0.gz", "inflate-members.gz"] {
            let bytes = try CaptureFixtures.bytes(name)
            var stream = CompressedStream(format: .gzip, limit: .max)
            var output: [UInt8] = []
            var used = 0
            var calls = 0
            while used < bytes.count {
                let before = output.count
                used += try stream.feed(bytes[used...], into: &output, outputBudget: budget)
                #expect(output.count - before <= max(1, budget) + (1 << 17))
                calls += 1
            }
            try stream.finish(into: &output)
            #expect(output == (try Inflate.gunzip(bytes)), "\(name), budget \(budget)")
            #expect(calls >= 1)
        }
    }
}
