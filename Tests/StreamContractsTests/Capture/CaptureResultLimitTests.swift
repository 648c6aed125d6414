import Foundation
import Testing

@testable import StreamContracts

/// A reader that stops at `resultLimit` results and is resumed gives exactly what an unlimited reader gives, in the
/// same order; that is what keeps memory flat on a one-line list of 200,000 elements read from a file.
@Suite struct CaptureResultLimitTests {
    /// Feeds `bytes` in chunks of `size`, stopping every `limit` results and resuming until each chunk is read.
    private func readLimited(_ bytes: [UInt8], size: Int, limit: Int, source: String) -> (
        results: [CapturedDocument], largestBatch: Int
    ) {
        var reader = CaptureReader(source: source)
        reader.resultLimit = limit
        var results: [CapturedDocument] = []
        var largest = 0
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            var batch = reader.feed(bytes[start..<end])
            while !batch.isEmpty {
                largest = max(largest, batch.count)
                results += batch
                batch = reader.resume()
            }
            start = end
        }
        return (results + reader.finish(), largest)
    }

    /// A top-level list of `count` small objects on one line, with or without a final line break.
    private func oneLineList(_ count: Int, lineBreak: Bool) -> [UInt8] {
        let elements = (0..<count).map { #"{"id":\#($0),"name":"x"}"# }
        return Array(("[" + elements.joined(separator: ",") + "]" + (lineBreak ? "\n" : "")).utf8)
    }

    @Test(arguments: [1, 3, 256])
    func aLimitedReaderGivesWhatAnUnlimitedOneGivesOnEveryCapture(limit: Int) throws {
        for name in CaptureFixtures.names {
            let bytes = try CaptureFixtures.bytes(name)
            let whole = CaptureReader.documents(in: bytes, source: name)
            for size in [7, 4096, bytes.count + 1] {
                #expect(
                    readLimited(bytes, size: size, limit: limit, source: name).results == whole,
                    "\(name) in chunks of \(size), limit \(limit)")
            }
        }
    }

    @Test(arguments: [false, true])
    func aOneLineListIsHandedOutInBatchesOfTheLimit(lineBreak: Bool) {
        let bytes = oneLineList(2_000, lineBreak: lineBreak)
        let whole = CaptureReader.documents(in: bytes, source: "list.json")
        #expect(whole.count == 2_000)
        let limited = readLimited(bytes, size: bytes.count, limit: 50, source: "list.json")
        #expect(limited.results == whole)
        // One element is one result here, so no batch holds more than the limit.
        #expect(limited.largestBatch == 50)
    }

    @Test func readingAFileGivesWhatReadingItInMemoryGivesForAOneLineList() throws {
        let bytes = oneLineList(3_000, lineBreak: true)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("list-\(UInt32(bytes.count)).json")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var read: [CapturedDocument] = []
        try CaptureReader.read(handle, source: "list.json", chunkSize: bytes.count) { read.append($0) }
        #expect(read == CaptureReader.documents(in: bytes, source: "list.json"))
    }
    @Test func aOneLineListPastAMebibyteIsReadElementByElementHoweverItIsCut() {
        // About 1.4 MB on one line, broken after its last element: read as a list from its first mebibyte on, so
        // its elements are values and the break is one unreadable fragment, whatever the chunk size.
        var bytes = oneLineList(60_000, lineBreak: false)
        bytes.removeLast()
        bytes += Array(#",{"broken": tru}]"#.utf8) + [0x0A]
        #expect(bytes.count > CaptureReader.listProbeLimit)
        let whole = CaptureReader.documents(in: bytes, source: "list.json")
        #expect(CaptureCounts(whole) == CaptureCounts(found: 60_001, readable: 60_000, unreadable: 1))
        for size in [4096, 100_003] {
            #expect(CaptureFixtures.readInChunks(bytes, size: size, source: "list.json") == whole, "chunks of \(size)")
            #expect(readLimited(bytes, size: size, limit: 256, source: "list.json").results == whole)
        }
    }
}
