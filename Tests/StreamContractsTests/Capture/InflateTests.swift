import Foundation
import Testing

@testable import StreamContracts

/// Blobs made with Python's `gzip` and `zlib` modules (mtime 0), so the decoder is checked against
/// an independent encoder.
@Suite struct InflateTests {
    private func bytes(_ base64: String) throws -> [UInt8] {
        [UInt8](try #require(Data(base64Encoded: base64)))
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    // gzip.compress(b'{"Records":[{"eventID":"stored block"}]}', compresslevel=0)
    private let stored = "H4sIAAAAAAAEAwEoANf/eyJSZWNvcmRzIjpbeyJldmVudElEIjoic3RvcmVkIGJsb2NrIn1dfVudQSgoAAAA"
    // gzip.compress(b'hello hello hello world', compresslevel=9): one fixed-Huffman block
    private let fixed = "H4sIAAAAAAACA8tIzcnJV8hAIsvzi3JSACbmWoEXAAAA"
    // 40 Kinesis-like JSON lines, 4,070 bytes: one dynamic-Huffman block
    private let dynamic =
        "H4sIAAAAAAACA73WOw6CQBCA4d5jTK0JM+OTxAOgnZ4AcYsVBQP4IMS7a2NtY/52M5m/+jI7SBmr0MZW0kGuedPFLtbVNvSSSt0cQzNJZCzHvMs/D6Hf3IvL7lyU5zI71fHQJ8+sStbyGku4h6rb17emCJ/J/NGm38Wv0fAzokTEiIgTkSkRmRGRORFZEJElEVkhGBnyiHlF0CuiXhH2irhXBL4i8hWhr4h9Q+wbc+8R+4bYN8S+IfYNsW+IfUPsG2LfEfuO2Hfms4/Yd8S+I/Ydse+IfUfs+x/svwHqXf8z5g8AAA=="
    // zlib.compress(b'hello hello hello world', 9)
    private let zlib = "eNrLSM3JyVfIQCLL84tyUgBofQjF"

    @Test func storedBlockIsCopiedAndChecked() throws {
        let data = try bytes(stored)
        #expect((data[10] >> 1) & 3 == 0)
        #expect(text(try Inflate.gunzip(data)) == #"{"Records":[{"eventID":"stored block"}]}"#)
    }

    @Test func fixedHuffmanBlockDecodes() throws {
        let data = try bytes(fixed)
        #expect((data[10] >> 1) & 3 == 1)
        #expect(text(try Inflate.gunzip(data)) == "hello hello hello world")
    }

    @Test func dynamicHuffmanBlockDecodesWithBackReferences() throws {
        let data = try bytes(dynamic)
        #expect((data[10] >> 1) & 3 == 2)
        let output = try Inflate.gunzip(data)
        #expect(output.count == 4_070)
        #expect(Inflate.crc32(output) == 872_373_738)
        let lines = text(output).split(separator: "\n")
        #expect(lines.count == 40)
        #expect(
            lines[39]
                == #"{"kinesis":{"partitionKey":"order-39","data":"eyJvcmRlcklkIjoiby0xIn0="},"eventSource":"aws:kinesis"}"#
        )
    }

    @Test func zlibStreamDecodesAndGzipOrZlibIsDetected() throws {
        #expect(text(try Inflate.zlibDecompress(try bytes(zlib))) == "hello hello hello world")
        #expect(text(try Inflate.decompress(try bytes(zlib))) == "hello hello hello world")
        #expect(text(try Inflate.decompress(try bytes(fixed))) == "hello hello hello world")
    }

    @Test func gzipHeaderWithFileNameAndSeveralMembers() throws {
        // GzipFile(filename='events.json') sets FNAME.
        let named = try bytes("H4sICAAAAAAC/2V2ZW50cy5qc29uAKtWSlSyMqwFAK+sG1YHAAAA")
        #expect(text(try Inflate.gunzip(named)) == #"{"a":1}"#)
        let members = try bytes("H4sIAAAAAAACA0vLLCouUQAA/HrxHAYAAAAfiwgAAAAAAAIDK05Nzs9LAQBpER+2BgAAAA==")
        #expect(text(try Inflate.gunzip(members)) == "first second")
    }

    @Test func crcMismatchIsReported() throws {
        var data = try bytes(fixed)
        data[data.count - 8] ^= 0xFF
        #expect(throws: InflateError.self) { try Inflate.gunzip(data) }
        do {
            _ = try Inflate.gunzip(data)
        } catch {
            #expect(error.kind == .checksum)
            #expect(error.message.hasPrefix("CRC-32 mismatch"))
        }
    }

    @Test func adlerMismatchIsReported() throws {
        let data = try bytes("eNrLSM3JyVfIQCLL84tyUgBofQjE")
        do {
            _ = try Inflate.zlibDecompress(data)
            Issue.record("expected an Adler-32 error")
        } catch {
            #expect(error.kind == .checksum)
        }
    }

    @Test func truncatedStreamsAreReportedAtEveryLength() throws {
        let data = try bytes(dynamic)
        for length in 0..<data.count {
            do {
                _ = try Inflate.gunzip(Array(data[0..<length]))
                Issue.record("a gzip stream cut to \(length) bytes was accepted")
            } catch {
                #expect(error.kind == .truncated || error.kind == .corrupt || error.kind == .checksum)
            }
        }
    }

    @Test func corruptBlockTypeAndGarbageAreReported() throws {
        // BFINAL=1, BTYPE=3.
        #expect(throws: InflateError.self) { try Inflate.inflateRaw([0x07, 0x00]) }
        do {
            _ = try Inflate.decompress(Array("plain text".utf8))
            Issue.record("expected not-compressed")
        } catch {
            #expect(error.kind == .notCompressed)
        }
        // A stored block whose length does not match its complement.
        #expect(throws: InflateError.self) { try Inflate.inflateRaw([0x01, 0x05, 0x00, 0x00, 0x00]) }
    }

    @Test func inflatedSizeIsCapped() throws {
        // gzip.compress(b'\0' * 1 MiB, 9): 1,051 bytes that inflate to 1,048,576.
        let bomb = try bytes(
            "H4sIAAAAAAACA+3BMQEAAADCoPVPbQhfoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPgMc6jinAAAQAA=="
        )
        #expect(bomb.count == 1_051)
        #expect(try Inflate.gunzip(bomb, limit: 1 << 20).count == 1 << 20)
        do {
            _ = try Inflate.gunzip(bomb, limit: 65_536)
            Issue.record("expected the cap to stop the bomb")
        } catch {
            #expect(error.kind == .tooLarge)
            #expect(error.message == "inflated size exceeds 65536 bytes (gzip bomb?)")
        }
    }

    @Test func randomBytesNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var data: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]
            for _ in 0..<64 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                data.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            _ = try? Inflate.gunzip(data, limit: 1 << 16)
        }
    }
}
