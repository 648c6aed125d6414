import Foundation

/// Text held back until it can be written: in memory up to `memoryLimit` bytes, then in a temporary file.
///
/// The JUnit report must open with its counts, which are known only at the end; its test cases wait here, so
/// memory stays bounded however many documents a run validates. The temporary file is removed when the spool
/// is drained or released. Should the file be impossible to create or write, the text stays in memory: the
/// report is still complete, only bigger in memory.
final class ReportSpool {
    /// Bytes held in memory before the spool moves to a temporary file.
    let memoryLimit: Int
    private var buffer: [UInt8] = []
    private var file: (url: URL, handle: FileHandle)?

    /// Creates an empty spool.
    ///
    /// - Parameter memoryLimit: bytes held in memory before moving to a file (default 1 MiB).
    init(memoryLimit: Int = 1 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit { removeFile() }

    /// Whether the text has moved to a temporary file.
    var isOnDisk: Bool { file != nil }

    /// The file the text went to once past `memoryLimit`; `nil` while it is held in memory.
    var fileURL: URL? { file?.url }

    /// Bytes held in memory now.
    var bytesInMemory: Int { buffer.count }

    /// Adds text at the end.
    func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        guard buffer.count >= memoryLimit else { return }
        if file == nil { file = Self.makeFile() }
        guard let file else { return }
        do {
            try file.handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        } catch {
            // Keep the text in memory; what reached the file is drained before it.
        }
    }

    /// Hands every byte appended so far to `write`, in order, in pieces cut between characters, then empties the
    /// spool and removes its file.
    ///
    /// - Parameter write: receives the text piece by piece.
    func drain(into write: (String) -> Void) {
        if let file {
            var carry: [UInt8] = []
            do {
                try file.handle.seek(toOffset: 0)
                while let chunk = try file.handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                    carry.append(contentsOf: chunk)
                    let cut = Self.characterBoundary(in: carry)
                    write(String(decoding: carry[..<cut], as: UTF8.self))
                    carry.removeFirst(cut)
                }
            } catch {
                // A read error leaves the rest of the file unread; the memory part follows regardless.
            }
            if !carry.isEmpty { write(String(decoding: carry, as: UTF8.self)) }
            removeFile()
        }
        if !buffer.isEmpty { write(String(decoding: buffer, as: UTF8.self)) }
        buffer = []
    }

    /// The end of the longest prefix of `bytes` that holds whole UTF-8 sequences.
    static func characterBoundary(in bytes: [UInt8]) -> Int {
        var start = bytes.count
        // Step back over at most three continuation bytes to the lead byte of the last sequence.
        while start > 0, bytes.count - start < 3, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
        guard start > 0 else { return bytes.count }
        let lead = bytes[start - 1]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return bytes.count - (start - 1) >= length ? bytes.count : start - 1
    }

    private static func makeFile() -> (url: URL, handle: FileHandle)? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stream-fixtures-report-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forUpdatingAtPath: url.path)
        else { return nil }
        return (url, handle)
    }

    private func removeFile() {
        guard let file else { return }
        try? file.handle.close()
        try? FileManager.default.removeItem(at: file.url)
        self.file = nil
    }
}
