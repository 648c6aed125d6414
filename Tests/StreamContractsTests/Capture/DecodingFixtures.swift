import Foundation
import StreamContracts
import Testing

/// Compressed captures made with Python's `gzip` and `zlib` modules (zlib 1.2.13, mtime 0), so the decoder is
/// checked against an independent encoder, with the size and CRC-32 of the text each one holds (from Python's
/// `zlib.crc32`).
///
/// The text is deterministic JSON-ish log lines (timestamp, a hex id, `INFO`, a JSON object whose message mixes
/// ASCII, `été`, `日本` and an emoji): `small` is 300 lines (38,795 bytes), `large` 1,300 lines (168,973 bytes,
/// more than the decoder's 128 KiB buffer, so its history slides). Levels 0 (stored blocks only), 1, 6 and 9;
/// `inflate-members.gz` is three members (level 1, an empty one, level 9) whose texts join to `small`.
enum DecodingFixtures {
    /// A compressed capture and what it holds.
    struct Fixture: Sendable, CustomTestStringConvertible {
        let name: String
        let size: Int
        let crc32: UInt32

        var isGzip: Bool { name.hasSuffix(".gz") }
        var testDescription: String { name }

        func bytes() throws -> [UInt8] { try CaptureFixtures.bytes(name) }
    }

    static let all: [Fixture] = [
        Fixture(name: "inflate-small.level0.gz", size: 38_795, crc32: 0xC6E1_345B),
        Fixture(name: "inflate-small.level1.gz", size: 38_795, crc32: 0xC6E1_345B),
        Fixture(name: "inflate-large.level6.gz", size: 168_973, crc32: 0xEDB4_D2EC),
        Fixture(name: "inflate-small.level9.gz", size: 38_795, crc32: 0xC6E1_345B),
        Fixture(name: "inflate-small.level0.zz", size: 5_000, crc32: 0x9793_28BF),
        Fixture(name: "inflate-small.level1.zz", size: 38_795, crc32: 0xC6E1_345B),
        Fixture(name: "inflate-small.level6.zz", size: 38_795, crc32: 0xC6E1_345B),
        Fixture(name: "inflate-small.level9.zz", size: 38_795, crc32: 0xC6E1_345B),
        Fixture(name: "inflate-members.gz", size: 38_795, crc32: 0xC6E1_345B),
    ]

    /// `bytes` cut into chunks of `size` bytes (the last one shorter).
    static func chunks(_ bytes: [UInt8], size: Int) -> [ArraySlice<UInt8>] {
        stride(from: 0, to: bytes.count, by: size).map { bytes[$0..<min($0 + size, bytes.count)] }
    }

    /// Decodes `bytes` with a `CompressedStream` fed in chunks of `size` bytes.
    static func streamed(_ bytes: [UInt8], format: CompressedStream.Format, chunkSize size: Int, limit: Int = .max)
        -> Result<[UInt8], InflateError>
    {
        var stream = CompressedStream(format: format, limit: limit)
        var output: [UInt8] = []
        do throws(InflateError) {
            for chunk in chunks(bytes, size: size) { try stream.feed(chunk, into: &output) }
            try stream.finish(into: &output)
            return .success(output)
        } catch {
            return .failure(error)
        }
    }

    /// Decodes `bytes` with the whole-buffer API.
    static func whole(_ bytes: [UInt8], format: CompressedStream.Format, limit: Int = .max)
        -> Result<[UInt8], InflateError>
    {
        do throws(InflateError) {
            switch format {
            case .gzip: return .success(try Inflate.gunzip(bytes, limit: limit))
            case .zlib: return .success(try Inflate.zlibDecompress(bytes, limit: limit))
            case .deflate: return .success(try Inflate.inflateRaw(bytes, limit: limit))
            }
        } catch {
            return .failure(error)
        }
    }

    /// The error of a failed decode, or nil.
    static func error(_ result: Result<[UInt8], InflateError>) -> InflateError? {
        if case .failure(let error) = result { return error }
        return nil
    }
}
