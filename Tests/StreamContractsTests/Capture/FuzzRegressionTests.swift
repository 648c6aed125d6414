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
    static let tooLargeFirstLine: [UInt8] = Array(Data(base64Encoded:
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
        let bytes = Self.tooLargeFirstLine
        #expect(bytes.count == 535)
        let whole = CaptureReader.documents(in: bytes, source: "fuzz", options: Self.smallLimits)
        #expect(whole.count == 2)
        #expect(whole.last?.container == .jsonLines)
        for size in [1, 11, 14] {
            let chunked = CaptureFixtures.readInChunks(bytes, size: size, source: "fuzz", options: Self.smallLimits)
            #expect(chunked == whole, "chunks of \(size)")
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
