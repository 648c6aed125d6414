import Foundation
import StreamContracts
import StreamJSON
import Testing

/// Inputs found by `Scripts/fuzz capture` (Scripts/Fuzz/Sources/fuzz-capture), kept so the bugs stay fixed.
@Suite struct FuzzRegressionTests {
    /// The fuzz target's small limits.
    static let smallLimits = CaptureReaderOptions(
        joinWindowLines: 3, joinWindowBytes: 256, inflateLimit: 4_096, maximumDocumentBytes: 512,
        parsing: JSONParsingOptions(maximumDepth: 8))

    /// Found by fuzz-capture (minimized): a 513-byte first line, then a broken JSON line. Fed in
    /// chunks, the too-large line was skipped without being counted, so the JSON line looked like
    /// the only line of a JSON file (`json-file`) instead of a JSON Lines entry (`json-lines`).
    static let tooLargeFirstLine: [UInt8] = Array(
        Data(
            base64Encoded:
                "eyJTdHJlYW1EZXNjcmlwdGlvblN1bW1hcnkiOnsiU3RyZWFtTmFtZSI6ImxvZ3MtcWEiLCJtQVJOIjoiYXJuOmF3czoAAAAA"
                + "AAAAAGFwLWVhc3TMAwAAAAD//zlDaGFyYWM6c3RyZWFtL2xvZ3MtcWEiLCJTdHJlYW1TdGF0dXMiOiJBQ1RJVkUiLCJTdHJl"
                + "YW1Nb2RlRGV0YWlscyI6eyJTdHJlYW1Nb2RlIjoiT05fREVNQU5EIn0s//////////////////////////9TdWJzdHJpbv//"
                + "////////////////////////////////////////ZEhvdXJzIjoyNCwiU3RyZWFtcmVuVGltZXN0YUNsb3NlZFJhMTY0NTQw"
                + "LjMzMiwiRW5oYW5jZWRNb25pdG9yaW5nIjpbeyJTaGFyZExldmVsTWV0cjpbXX1dLCJFbmNyeXB0aW9uVHlwZSI6IktNUyIs"
                + "IktleUlkIjoiYXJuOmF3czI0LCJTdHJlYXRpb25UaW1lc3RhbXAiOjE3MjYxNjQ1NDAuMzMyLCJFbmhhbmNlZE1vbml0b3Jp"
                + "bmciOlt7IlNoYXJkTGV2ZWxNZXRyNTIzMTJmZCIsIk9wZW5TaGFyZENvdW50Ijo2LCJDb25zdUludENvdW50IjpTaXplSW5L"
                + "aUI6MTAyNH19CnsiU3RyInplSW5LQiI6MQAAAAB9Cg=="
        ) ?? Data())

    @Test func tooLargeLineCountsAsALineWhenFedInChunks() {
        // The fuzzer's input is mostly bytes that are not UTF-8 (now skipped as binary, however it is cut); the
        // same shape in text — a 513-byte first line, then a broken JSON line — keeps the original bug pinned.
        let found = Self.tooLargeFirstLine
        #expect(found.count == 535)
        let skipped = CaptureReader.documents(in: found, source: "fuzz", options: Self.smallLimits)
        #expect(skipped.map { $0.skipped != nil } == [true])
        let text = Array(String(repeating: "x", count: 513).utf8) + [0x0A] + Array(#"{"Records":[1,]}"#.utf8)
        let whole = CaptureReader.documents(in: text, source: "fuzz", options: Self.smallLimits)
        #expect(whole.count == 2)
        #expect(whole.last?.container == .jsonLines)
        for (bytes, expected) in [(found, skipped), (text, whole)] {
            for size in [1, 11, 14] {
                let chunked = CaptureFixtures.readInChunks(bytes, size: size, source: "fuzz", options: Self.smallLimits)
                #expect(chunked == expected, "chunks of \(size)")
            }
        }
    }

    @Test func jsonLineAfterTooLargeLineIsJSONLinesHoweverTheInputIsCut() {
        let options = CaptureReaderOptions(maximumDocumentBytes: 16)
        let bytes = Array((String(repeating: "x", count: 20) + "\n" + #"{"a":1}"# + "\n").utf8)
        let whole = CaptureReader.documents(in: bytes, source: "t", options: options)
        #expect(whole.map(\.container) == [.textLog, .jsonLines])
        #expect(CaptureFixtures.readInChunks(bytes, size: 1, source: "t", options: options) == whole)
    }
}

extension FuzzRegressionTests {
    /// Found by fuzz-capture: a lone `{` line (a pretty-printed event's start), lines longer than the
    /// document limit, then `}`. Read whole, the reader joined `{` and `}` around the skipped lines into a
    /// `{}` that is not in the input; fed in chunks, it dropped the join. Now a too-large line ends the
    /// join in both (a lone `{` is not reported: it is not a payload).
    @Test func abandonedJoinBeforeATooLargeLineIsReportedHoweverTheInputIsCut() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/Fuzz/regressions/capture-join-around-too-large-line")
        let bytes = [UInt8](try Data(contentsOf: path))
        let whole = CaptureReader.documents(in: bytes, source: "fuzz", options: Self.smallLimits)
        let sizes = bytes.suffix(4).map { Int($0 & 0x0F) + 1 }.reversed().map { $0 }
        let chunked = CaptureFixtures.readInChunks(bytes, sizes: sizes, source: "fuzz", options: Self.smallLimits)
        #expect(
            whole.map(\.description) == [
                "fuzz:2:1 text-log unreadable[document-too-large] 2:1: the JSON value or line starting here is larger than 512 bytes",
                "fuzz:3:1 text-log unreadable[document-too-large] 3:1: the JSON value or line starting here is larger than 512 bytes",
            ])
        #expect(chunked == whole, "whole: \(whole.map(\.description))\nchunked: \(chunked.map(\.description))")
        for size in [1, 3, 11, 14] {
            #expect(CaptureFixtures.readInChunks(bytes, size: size, source: "fuzz", options: Self.smallLimits) == whole)
        }
    }
}

extension FuzzRegressionTests {
    @Test func aJoinedEventInterruptedByATooLargeLineIsReportedWhereItStarts() {
        let options = CaptureReaderOptions(maximumDocumentBytes: 64)
        let text = "start of log\n{\"Records\": [\n" + String(repeating: "x", count: 100) + "\n]}\n"
        let bytes = Array(text.utf8)
        let whole = CaptureReader.documents(in: bytes, source: "t", options: options)
        #expect(whole.count == 2)
        #expect(whole.first?.location.description == "2:1")
        #expect(
            whole.first?.unreadable?.message.hasSuffix(
                "(the JSON that starts at 2:1 was still open when a line too large to read followed)") == true)
        #expect(whole.last?.location.description == "3:1")
        for size in [1, 5, 17] {
            #expect(CaptureFixtures.readInChunks(bytes, size: size, source: "t", options: options) == whole)
        }
    }

    /// Every capture input kept under `Scripts/Fuzz/regressions/`, read whole and fed in chunks of 1 to 7 bytes
    /// and in the fuzz target's cuts, with default and small limits: the results never depend on the cuts.
    @Test func everyKeptCaptureInputReadsTheSameHoweverItIsCut() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Scripts/Fuzz/regressions").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("capture-") }
        #expect(names.count >= 5)
        for name in names.sorted() {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            for options in [CaptureReaderOptions(), Self.smallLimits] {
                let whole = CaptureReader.documents(in: bytes, source: "fuzz", options: options)
                let steered = bytes.suffix(4).map { Int($0 & 0x0F) + 1 }
                for sizes in (1...7).map({ [$0] }) + [steered, steered.reversed()] {
                    let chunked = CaptureFixtures.readInChunks(bytes, sizes: sizes, source: "fuzz", options: options)
                    #expect(chunked == whole, "\(name), chunks of \(sizes)")
                }
            }
        }
    }
}
