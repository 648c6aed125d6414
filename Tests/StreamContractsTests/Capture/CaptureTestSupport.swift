import Foundation
import StreamContracts
import StreamJSON
import Testing

/// Loads capture fixtures and condenses reader results for assertions.
enum CaptureFixtures {
    /// The names of every capture file, sorted.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { !$0.hasPrefix(".") }.sorted()
    }

    static var directory: URL {
        Bundle.module.url(forResource: "Captures", withExtension: nil) ?? URL(fileURLWithPath: "/nonexistent")
    }

    /// The bytes of capture `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The seed documents (`Tests/StreamContractsTests/Seeds/`, a resource of the test target).
    static var seeds: URL {
        Bundle.module.url(forResource: "Seeds", withExtension: nil) ?? URL(fileURLWithPath: "/nonexistent")
    }

    /// The bytes of the seed document whose name starts with `prefix`.
    static func seed(_ prefix: String) throws -> [UInt8] {
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        let name = try #require(files.first { $0.hasPrefix(prefix) })
        return [UInt8](try Data(contentsOf: seeds.appendingPathComponent(name)))
    }

    static func read(_ name: String, options: CaptureReaderOptions = .init()) throws -> [CapturedDocument] {
        CaptureReader.documents(in: try bytes(name), source: name, options: options)
    }

    /// Feeds `bytes` to an incremental reader in chunks of `size` bytes.
    static func readInChunks(_ bytes: [UInt8], size: Int, source: String, options: CaptureReaderOptions = .init())
        -> [CapturedDocument]
    {
        readInChunks(bytes, sizes: [size], source: source, options: options)
    }

    /// Feeds `bytes` to an incremental reader in chunks whose sizes cycle through `sizes`.
    static func readInChunks(
        _ bytes: [UInt8], sizes: [Int], source: String, options: CaptureReaderOptions = .init()
    ) -> [CapturedDocument] {
        var reader = CaptureReader(source: source, options: options)
        var result: [CapturedDocument] = []
        var start = 0
        var turn = 0
        while start < bytes.count {
            let end = min(start + max(1, sizes[turn % sizes.count]), bytes.count)
            result += reader.feed(bytes[start..<end])
            start = end
            turn += 1
        }
        return result + reader.finish()
    }
}

/// Counts of a result list.
struct CaptureCounts: Equatable, CustomStringConvertible {
    var found: Int
    var readable: Int
    var unreadable: Int

    init(_ documents: [CapturedDocument]) {
        found = documents.count
        readable = documents.filter { $0.document != nil }.count
        unreadable = documents.filter { $0.unreadable != nil }.count
    }

    init(found: Int, readable: Int, unreadable: Int) {
        self.found = found
        self.readable = readable
        self.unreadable = unreadable
    }

    var description: String { "\(found) found, \(readable) readable, \(unreadable) unreadable" }
}

extension CapturedDocument {
    /// `line:column`.
    var at: String { location.description }
    /// Container raw values joined with `/`.
    var path: String { containers.map(\.rawValue).joined(separator: "/") }
    /// The unreadable reason's raw value, or `ok`.
    var verdict: String { unreadable?.reason.rawValue ?? "ok" }
    /// One line for debugging and summary assertions.
    var summary: String {
        "\(at) \(path) \(verdict)" + (unreadable.map { " @\($0.location)" } ?? "")
    }
}
