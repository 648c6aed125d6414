import Foundation
import StreamContracts
import Testing

/// The incremental API must give exactly what the in-memory API gives, however the input is cut.
@Suite struct CaptureIncrementalTests {
    @Test(arguments: [1, 7, 4096])
    func chunkedFeedingMatchesInMemoryOnEveryCapture(chunkSize: Int) throws {
        #expect(CaptureFixtures.names.count >= 15)
        for name in CaptureFixtures.names {
            let bytes = try CaptureFixtures.bytes(name)
            let whole = CaptureReader.documents(in: bytes, source: name)
            let chunked = CaptureFixtures.readInChunks(bytes, size: chunkSize, source: name)
            #expect(chunked == whole, "\(name) in chunks of \(chunkSize)")
        }
    }

    @Test(arguments: [1, 7, 4096])
    func chunkedFeedingMatchesInMemoryOnTheSeeds(chunkSize: Int) throws {
        for seed in ["000", "003"] {
            let bytes = try CaptureFixtures.seed(seed)
            #expect(
                CaptureFixtures.readInChunks(bytes, size: chunkSize, source: seed)
                    == CaptureReader.documents(in: bytes, source: seed), "seed \(seed)")
        }
    }

    @Test func lineEndsCutAtEveryPositionGiveTheSameDocuments() {
        // CR, LF, CRLF and CR CR LF line ends, a line longer than some chunks, and no final line end: every cut,
        // including one between a CR and its LF, must read as the whole input does.
        let text = "{\"a\": 1}\r\n{\"b\": [1, 2, 3, 4, 5, 6, 7, 8, 9]}\r\r\n\n\r{\"c\": \"x\"}\rnot json\n{\"d\": {}}"
        let bytes = Array(text.utf8)
        let whole = CaptureReader.documents(in: bytes, source: "line-ends")
        #expect(whole.count >= 4)
        for size in 1...bytes.count {
            #expect(CaptureFixtures.readInChunks(bytes, size: size, source: "line-ends") == whole, "chunks of \(size)")
        }
    }

    @Test func largeStreamedExportKeepsItsResultsAcrossBufferCompaction() {
        // A filter-log-events output of 600 events (~120 KB, past the 64 KiB compaction threshold)
        // and a text log of the same messages.
        var json = #"{"events": ["#
        var text = ""
        for index in 0..<600 {
            let message =
                index % 10 == 9
                ? "2024-01-02T00:00:00.123Z\treq-\(index)\tINFO\t{ Records: [ [Object] ] }"
                : "2024-01-02T00:00:00.123Z\treq-\(index)\tINFO\t{\"Records\":[{\"eventID\":\"\(index)\",\"pad\":\"\(String(repeating: "x", count: 100))\"}]}"
            let escaped = message.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\""
            )
            .replacingOccurrences(of: "\t", with: "\\t")
            json +=
                (index == 0 ? "" : ",\n")
                + #"  {"logStreamName": "s", "timestamp": \#(index), "message": "\#(escaped)\n"}"#
            text += message + "\n"
        }
        json += "\n]}\n"
        for (name, input) in [("export.json", json), ("export.log", text)] {
            let bytes = Array(input.utf8)
            let whole = CaptureReader.documents(in: bytes, source: name)
            #expect(CaptureCounts(whole) == CaptureCounts(found: 600, readable: 540, unreadable: 60), "\(name)")
            #expect(whole.last?.location.line == 600)
            for size in [1, 4096] {
                #expect(CaptureFixtures.readInChunks(bytes, size: size, source: name) == whole, "\(name) / \(size)")
            }
        }
    }

    @Test func fileHandleReadingMatchesInMemory() throws {
        let bytes = try CaptureFixtures.bytes("node-text.log")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("capture-\(UInt32(bytes.count)).log")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var read: [CapturedDocument] = []
        try CaptureReader.read(handle, source: "node-text.log", chunkSize: 5) { read.append($0) }
        #expect(read == CaptureReader.documents(in: bytes, source: "node-text.log"))
    }

    @Test func aFailingReadIsThrownNotTakenForTheEndOfTheInput() throws {
        // A directory opens for reading, and every read(2) of it fails (EISDIR): the reader must say so, not report an
        // empty input.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "capture-folder-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let handle = try #require(FileHandle(forReadingAtPath: folder.path))
        defer { try? handle.close() }
        var results = 0
        let error = #expect(throws: POSIXError.self) {
            try CaptureReader.read(handle, source: "folder") { _ in results += 1 }
        }
        #expect(error?.code == .EISDIR)
        #expect(results == 0)
    }

    @Test func pseudoRandomInputNeverCrashesAndIsChunkIndependent() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let alphabet = Array(#"{}[]":, \n\r\t"abc01-eE.truefalsenull\{'Records'R"#.utf8) + [0xFF, 0xC3, 0xA9]
        for round in 0..<200 {
            var bytes: [UInt8] = round % 3 == 0 ? Array(#"{"events":["#.utf8) : []
            for _ in 0..<(64 + round) {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                bytes.append(alphabet[Int(state % UInt64(alphabet.count))])
            }
            let whole = CaptureReader.documents(in: bytes, source: "fuzz")
            #expect(CaptureFixtures.readInChunks(bytes, size: 3, source: "fuzz") == whole, "round \(round)")
        }
    }
}
