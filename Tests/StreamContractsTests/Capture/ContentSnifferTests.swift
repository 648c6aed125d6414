import Foundation
import StreamContracts
import Testing

/// The sniffer names binary content a user can act on and lets text through, a few invalid bytes included.
@Suite struct ContentSnifferTests {
    private static let binaries: [(name: String, bytes: [UInt8], reason: String)] = [
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "PNG image"),
        ("jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46], "JPEG image"),
        ("gif", Array("GIF89a".utf8) + [1, 0, 1, 0], "GIF image"),
        ("pdf", Array("%PDF-1.7\n%âãÏÓ\n".utf8), "PDF document"),
        ("zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0], "ZIP archive (unzip it first)"),
        ("7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4], "7z archive (not read; extract it first)"),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0, 4], "xz compressed data (not read; decompress it first)"),
        (
            "bzip2", Array("BZh9".utf8) + [0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0xAB],
            "bzip2 compressed data (not read; decompress it first)"
        ),
        ("zstd", [0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x05], "zstd compressed data (not read; decompress it first)"),
        (
            "gzip twice", [0x1F, 0x8B, 0x08, 0x00],
            "gzip compressed data inside the input (compressed twice? decompress it first)"
        ),
        ("elf", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "ELF executable"),
        ("mach-o", [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1], "Mach-O executable"),
        ("exe", Array("MZ".utf8) + [0x90, 0, 3, 0, 0, 0], "Windows executable"),
        ("sqlite", Array("SQLite format 3\0".utf8) + [0x10, 0], "SQLite database"),
        ("parquet", Array("PAR1".utf8) + [0x15, 0x04], "Parquet file"),
        ("avro", [0x4F, 0x62, 0x6A, 0x01, 0x04, 0x14], "Avro data file"),
        ("webp", Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8), "WebP image"),
        ("mp4", [0, 0, 0, 0x20] + Array("ftypisom".utf8), "MP4/QuickTime media"),
        (
            "tar", [UInt8](repeating: 0x61, count: 257) + Array("ustar".utf8) + [0, 0x30, 0x30],
            "tar archive (not read; extract it first)"
        ),
        ("nul", Array(#"{"a":1}"#.utf8) + [0, 0, 0] + Array(#"{"b":2}"#.utf8), "binary data (NUL bytes)"),
        (
            "nul by the dozen", Array([UInt8](repeating: 0x61, count: 900)) + [UInt8](repeating: 0, count: 16),
            "binary data (NUL bytes)"
        ),
        (
            "utf-16 without BOM", Array("{\"a\":1}\n".utf16).flatMap { [UInt8($0), 0] },
            "UTF-16LE text without a byte-order mark (save it as UTF-8, or as UTF-16 with a byte-order mark)"
        ),
    ]

    @Test func eachKnownBinaryFormatIsNamedWithWhatToDo() {
        for (name, bytes, reason) in Self.binaries {
            #expect(ContentSniffer.verdict(for: bytes) == .binary(reason: reason), "\(name)")
        }
    }

    @Test func bytesThatAreMostlyNotUTF8AreBinaryWithTheirShare() {
        var state: UInt32 = 7
        let noise = (0..<1_000).map { _ -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24) | 0x01
        }
        guard case .binary(let reason) = ContentSniffer.verdict(for: noise) else {
            Issue.record("random bytes were taken for text")
            return
        }
        #expect(reason.hasPrefix("binary data ("))
        #expect(reason.hasSuffix(" of the first 1000 bytes are not UTF-8 text)"))
    }

    @Test func jsonLogLinesAndMultibyteUTF8AreText() {
        let texts = [
            #"{"Records":[{"eventID":"1","eventName":"INSERT"}]}"#,
            "2024-01-02T03:04:05.678Z\tc0ffee\tINFO\t{\"a\":1}\n2024-01-02T03:04:05.679Z\tc0ffee\tERROR\tboom\n",
            "été 日本 😀 — “quoted” \u{1B}[31mred\u{1B}[0m\ttab\r\n",
            "BZh1 is not bzip2 without its block magic\n",
            "MZ is a text when no NUL byte follows\n",
            "",
        ]
        for text in texts {
            #expect(ContentSniffer.verdict(for: Array(text.utf8)) == .text, "\(text)")
        }
    }

    @Test func aFewInvalidBytesAndAMultibyteCharacterCutAtTheSampleEndAreStillText() {
        // Latin-1 "café" in a UTF-8 log: one invalid byte in 40.
        let latin1 = Array("2024-01-02 INFO caf".utf8) + [0xE9] + Array(" ordered, all fine\n".utf8)
        #expect(ContentSniffer.verdict(for: latin1) == .text)
        // 4,095 ASCII bytes then the first byte of "日": the sample ends inside the character.
        let cut = [UInt8](repeating: 0x61, count: ContentSniffer.sampleSize - 1) + Array("日本".utf8)
        #expect(ContentSniffer.verdict(for: cut) == .text)
        // A stray NUL in a log is a flaw the reader reports at its place, not a reason to skip the file.
        let stray = Array(#"{"a":1}"#.utf8) + [0x0A] + Array(#"{"b":2}"#.utf8) + [0, 0x0A] + Array(#"{"c":3}"#.utf8)
        #expect(ContentSniffer.verdict(for: stray) == .text)
        // Only the first 4,096 bytes are looked at: a NUL after them does not count.
        let late = [UInt8](repeating: 0x61, count: ContentSniffer.sampleSize) + [0]
        #expect(ContentSniffer.verdict(for: late) == .text)
    }
}
