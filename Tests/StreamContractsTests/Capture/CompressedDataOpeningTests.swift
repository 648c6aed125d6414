import Testing

@testable import StreamContracts

/// Kinesis record data is decoded to look for CloudWatch Logs only when its base64 starts like a gzip (`H4sI`) or
/// zlib (`eJ`, `eN`, `eF`, `eA`) stream. The byte-by-byte check is pinned against the prefixes themselves.
@Suite struct CompressedDataOpeningTests {
    static let openings = ["H4sI", "eJ", "eN", "eF", "eA"]

    @Test func agreesWithThePrefixesOnEveryShortText() {
        // Every text of up to four bytes over the bytes of the openings and a few others.
        let alphabet = Array("H4sIeJNFAxj=".utf8)
        var texts: [[UInt8]] = [[]]
        var level: [[UInt8]] = [[]]
        for _ in 0..<4 {
            level = level.flatMap { text in alphabet.map { text + [$0] } }
            texts += level
        }
        for text in texts + [Array("H4sIAAAA".utf8), Array("eJzz".utf8), Array("H4sJ".utf8)] {
            // As a slice that does not start at index 0, as record data inside a document does.
            let padded = Array(#"{"data":""#.utf8) + text
            let slice = padded[(padded.count - text.count)...]
            let expected = Self.openings.contains { text.starts(with: $0.utf8) }
            #expect(
                CaptureClassifier.opensCompressedBase64(slice) == expected, "\(String(decoding: text, as: UTF8.self))")
        }
        #expect(texts.count > 20_000)
    }
}
