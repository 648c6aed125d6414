import Foundation
import StreamContracts
import Testing

/// Plain UTF-8 input goes from the caller's chunk straight into the reader (the decoder hands the chunk out without
/// copying it); a compressed input takes the general path (inflated into arrays of the decoder's own). Both must read
/// as the whole input does however it is cut: lines spanning chunks, CR LF cut between CR and LF, a line longer than
/// the reader's 64 KiB compaction step, a byte order mark cut in two.
@Suite struct CapturePassThroughTests {
    /// Runtime log lines with payloads, platform lines, a JSON line, text, CR LF and LF ends, no final line end.
    static let short = Array(
        ("\u{FEFF}START RequestId: 1 Version: $LATEST\r\n"
            + "2024-01-15T10:30:45.123Z\tabc-123\tINFO\t{\"Records\":[{\"eventSource\":\"aws:kinesis\"}]}\r\n"
            + "{\"eventID\":\"1\",\"eventName\":\"INSERT\"}\n"
            + "not json {\"at\": all\r\n"
            + "2024-01-15T10:30:46.000Z\tabc-124\tINFO\t{\"Records\":[\r\n  {\"x\": 1}\r\n]}\n"
            + "END RequestId: 1\n{\"a\": [1, 2]}").utf8)

    /// Where `long` adds its long line to `short`: after the second line.
    static let insertion = short.indices.filter { short[$0] == 0x0A }[1] + 1

    /// `short` with a payload line of about 80 KiB after its second line.
    static let long: [UInt8] = {
        let payload =
            "2024-01-15T10:30:47.000Z\tabc-125\tINFO\t{\"Records\":[],\"pad\":\""
            + String(repeating: "é-x", count: 20_000) + "\"}\r\n"
        return Array(short[..<insertion]) + Array(payload.utf8) + Array(short[insertion...])
    }()

    /// Reads `bytes` fed in two chunks cut at `cut`.
    static func read(_ bytes: [UInt8], cut: Int) -> [CapturedDocument] {
        var reader = CaptureReader(source: "t")
        return reader.feed(bytes[..<cut]) + reader.feed(bytes[cut...]) + reader.finish()
    }

    /// The results of a gzip input without their leading `gzip` container, to compare with the plain input's.
    static func withoutGzip(_ results: [CapturedDocument]) -> [CapturedDocument] {
        results.map { result in
            var result = result
            if result.containers.first == .gzip { result.containers.removeFirst() }
            return result
        }
    }

    @Test func plainAndGzipCutAtEveryPositionReadAsTheWholeInput() {
        let whole = CaptureReader.documents(in: Self.short, source: "t")
        #expect(whole.filter { $0.document != nil }.count >= 3)
        #expect(whole.contains { $0.unreadable != nil })
        let gzip = GzipStored.compress(Self.short)
        #expect(Self.withoutGzip(CaptureReader.documents(in: gzip, source: "t")) == whole)
        for cut in 0...Self.short.count {
            #expect(Self.read(Self.short, cut: cut) == whole, "plain cut at \(cut)")
        }
        for cut in 0...gzip.count {
            #expect(Self.withoutGzip(Self.read(gzip, cut: cut)) == whole, "gzip cut at \(cut)")
        }
    }

    @Test func aLineLongerThanTheCompactionStepReadsTheSameHoweverItIsCut() {
        let whole = CaptureReader.documents(in: Self.long, source: "t")
        #expect(whole.count == CaptureReader.documents(in: Self.short, source: "t").count + 1)
        let lineStart = Self.insertion
        let lineEnd = Self.long.count - (Self.short.count - Self.insertion)
        // Around the long line's start and end, around 64 KiB into it (where the reader compacts), and across it.
        var cuts = Array(0...300) + Array(lineStart - 50...lineStart + 50) + Array(lineEnd - 50...Self.long.count)
        cuts += Array(stride(from: lineStart, to: lineEnd, by: 4_099)) + Array((1 << 16) - 20...(1 << 16) + 20)
        for cut in cuts {
            #expect(Self.read(Self.long, cut: cut) == whole, "plain cut at \(cut)")
        }
        let gzip = GzipStored.compress(Self.long)
        for size in [1 << 16, 4_093, 65_537, 1 << 20] {
            #expect(
                CaptureFixtures.readInChunks(Self.long, size: size, source: "t") == whole, "plain chunks of \(size)")
            #expect(
                Self.withoutGzip(CaptureFixtures.readInChunks(gzip, size: size, source: "t")) == whole,
                "gzip chunks of \(size)")
        }
    }
}
