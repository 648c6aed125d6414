import Foundation
import StreamEvents
import StreamFixtures
import StreamFixturesTesting

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("StreamFixturesTestingTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    func file(_ name: String) -> String { path + "/" + name }

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Events and values the snapshot tests record.
enum SnapshotSamples {
    /// A valid Kinesis event with two records.
    static var kinesisEvent: KinesisEvent {
        KinesisEvent.generate(KinesisOptions(count: 1, records: 2), seed: 7)[0]
    }

    /// The same event with an eventID that does not match its sequence number and shard.
    static var invalidKinesisEvent: KinesisEvent {
        var event = kinesisEvent
        event.records[0].eventID = "shardId-000000000000:1"
        return event
    }

    /// A user's own type, whose kind nothing can detect.
    struct Order: Codable {
        var orderId: String
        var amount: Int
        var tags: [String]
    }
}
