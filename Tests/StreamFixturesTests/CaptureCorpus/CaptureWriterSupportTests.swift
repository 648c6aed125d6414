import Foundation
import StreamContracts
import StreamJSON
import Testing

/// The corpus's own encoders write exactly what the real tools write; otherwise a reader failure could be the
/// corpus's fault.
@Suite struct CaptureWriterSupportTests {
    @Test func gzipMembersInflateBackToTheirBytes() throws {
        var random = SystemRandomNumberGenerator()
        for size in [0, 1, 65_535, 65_536, 200_000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
            #expect(try Inflate.gunzip(Gzip.member(bytes)) == bytes, "\(size) bytes")
            #expect(
                try Inflate.gunzip(Gzip.member(bytes, blockSize: Gzip.maximumStoredBlock)) == bytes, "\(size) bytes")
        }
        let parts = [Array("{\"a\":1}".utf8), [], Array("{\"b\":2}".utf8)]
        #expect(try Inflate.gunzip(Gzip.members(parts)) == parts.flatMap { $0 })
    }

    @Test func storedBlocksHoldAtMost65535BytesEach() {
        let member = Gzip.member([UInt8](repeating: 0x41, count: 65_536), blockSize: 100_000)
        // Header (10), block 1 (5 + 65,535), block 2 (5 + 1), CRC-32 and ISIZE (8).
        #expect(member.count == 10 + 5 + 65_535 + 5 + 1 + 8)
        #expect(member[10] == 0x00 && member[10 + 5 + 65_535] == 0x01)
    }

    @Test func noEventSurvivesVerbatimInTheCorpusGzip() throws {
        let set = try #require(try CorpusEventSet.corpus.get().first)
        let member = Gzip.member(try CaptureWriter.jsonLines.write(set).bytes)
        for event in set.events { #expect(member.firstRange(of: event) == nil) }
    }

    @Test func crc32MatchesTheStandardCheckValueAndTheInflater() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        let text = Array("The quick brown fox jumps over the lazy dog".utf8)
        #expect(CRC32.checksum(text) == Inflate.crc32(text))
    }

    @Test func pythonJSONWritesWhatJsonDumpsWrites() throws {
        let input = #"{"a":[1,2.50,"é😀\u0001"],"b":{},"c":[],"d":1714564800.000}"#
        let value = try JSONValue(parsing: Array(input.utf8))
        #expect(
            PythonJSON().dumps(value)
                == #"{"a": [1, 2.5, "\u00e9\ud83d\ude00\u0001"], "b": {}, "c": [], "d": 1714564800.0}"#)
        #expect(
            PythonJSON(indent: 2, ensureASCII: false).dumps(value) == """
                {
                  "a": [
                    1,
                    2.5,
                    "é😀\\u0001"
                  ],
                  "b": {},
                  "c": [],
                  "d": 1714564800.0
                }
                """)
        #expect(
            PythonJSON(ensureASCII: false, compactSeparators: true).dumps(value)
                == #"{"a":[1,2.5,"é😀\u0001"],"b":{},"c":[],"d":1714564800.0}"#)
    }

    @Test func goQuoteEscapesAsStrconvQuote() {
        #expect(GoQuote.quote(#"{"a":"b c\d"}"#) == #""{\"a\":\"b c\\d\"}""#)
        #expect(GoQuote.quote("é\u{7}\u{7F}\u{200B}\u{1F600}\u{10FFFD}") == #""é\a\x7f\u200b😀\U0010fffd""#)
        #expect(GoQuote.needsQuoting("a=b") && GoQuote.needsQuoting("") && !GoQuote.needsQuoting(#"a\b"#))
    }

    @Test func timestampsPrintAsEachToolPrintsThem() {
        let time = LogTimestamp.corpusStart.adding(milliseconds: 123)
        #expect(time.isoMillisZ == "2024-05-01T12:00:00.123Z")
        #expect(time.isoMicrosOffset == "2024-05-01T12:00:00.123000+00:00")
        #expect(LogTimestamp.corpusStart.pythonIsoformat == "2024-05-01T12:00:00+00:00")
        #expect(time.insights == "2024-05-01 12:00:00.123")
        #expect(time.powertoolsPython == "2024-05-01 12:00:00,123+0000")
        #expect(LogTimestamp.corpusStart.adding(milliseconds: 120).rfc3339Nano == "2024-05-01T12:00:00.12Z")
        #expect(LogTimestamp(milliseconds: 951_782_400_000).isoSecondsZ == "2000-02-29T00:00:00Z")
    }

    @Test func utf16EncodingsDecodeBackToTheText() {
        let text = "{\"a\":\"é😀\"}\n"
        let little = TextEncoding.utf16LittleEndianWithBOM(Array(text.utf8))
        let big = TextEncoding.utf16BigEndianWithBOM(Array(text.utf8))
        #expect(Array(little.prefix(2)) == [0xFF, 0xFE] && Array(big.prefix(2)) == [0xFE, 0xFF])
        #expect(String(data: Data(little.dropFirst(2)), encoding: .utf16LittleEndian) == text)
        #expect(String(data: Data(big.dropFirst(2)), encoding: .utf16BigEndian) == text)
    }

    @Test func everyWriterHasAUniqueName() {
        let names = CaptureWriter.all.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
