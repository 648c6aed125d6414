import Foundation
import StreamJSON
import Testing

/// `stream-fixtures extract`: captured payloads become canonical fixture files, byte-stable across runs, recorded in
/// a manifest whose entries `snapshot --check` extracts again and whose findings it holds to.
@Suite struct ExtractCommandTests {
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sf-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every file under `dir`, relative, with its bytes.
    static func files(_ dir: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = dir.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// A one-line capture of two Kinesis events: the committed small fixture, and the same with a broken eventID.
    static func twoEventCapture(in dir: URL) throws -> URL {
        let fixture = CLIRunner.packageRoot.appendingPathComponent("Fixtures/kinesis-event/small.json")
        let event = try JSONValue(parsing: String(contentsOf: fixture, encoding: .utf8))
        let valid = JSONWriter.string(of: event)
        let eventID = try #require(event["Records"]?[0]?["eventID"]?.stringValue)
        let invalid = valid.replacingOccurrences(
            of: "\"eventID\":\"\(eventID)\"", with: "\"eventID\":\"shardId-000000000000:1\"")
        #expect(invalid != valid)
        let capture = dir.appendingPathComponent("orders.jsonl")
        try (valid + "\n" + invalid + "\n" + valid + "\n").write(to: capture, atomically: true, encoding: .utf8)
        return capture
    }

    @Test func extractOnTheBundledExportWritesTheExpectedFilesAndTheSameBytesTwice() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let arguments = [
            "extract", "Fixtures/examples/cloudwatch-export.log", "--out", dir.appendingPathComponent("captured").path,
            "--manifest", dir.appendingPathComponent("fixtures.json").path, "--redact", "--redact-seed", "readme",
            "--redact-field", "customerId",
        ]
        let first = try CLIRunner.run(arguments)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let written = try Self.files(dir)
        #expect(
            written.keys.sorted() == [
                "captured/dynamodb-event/cloudwatch-export-24.json", "captured/kinesis-event/cloudwatch-export-2.json",
                "captured/kinesis-event/cloudwatch-export-4.json", "fixtures.json",
            ])
        #expect(first.stderr.contains("3 fixtures in "))
        #expect(first.stderr.contains("cloudwatch-export.log:25:68: unreadable: "))
        // The same files as the committed ones, which Fixtures/fixtures.json records with the same options.
        for path in written.keys where path.hasPrefix("captured/") {
            let committed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Fixtures/" + path))
            #expect(written[path] == committed, "\(path)")
        }
        let second = try CLIRunner.run(arguments)
        #expect(second.status == 0)
        #expect(!second.stdout.contains("created") && !second.stdout.contains("updated"))
        #expect(try Self.files(dir) == written)

        let check = try CLIRunner.run([
            "snapshot", "--check", "--manifest", dir.appendingPathComponent("fixtures.json").path,
        ])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("3 fixtures from ") && check.stdout.contains(": 3 match"))
    }

    @Test func redactedFixturesKeepNoAccountOrResourceNameOfTheCapture() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run([
            "extract", "Fixtures/examples/cloudwatch-export.log", "--out", dir.path, "--redact", "--redact-keys",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for (path, data) in try Self.files(dir) {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["111122223333", "notifications-records", "invoices-consumer-prod", "sensor-4001-35"] {
                #expect(!text.contains(secret), "\(path) keeps \(secret)")
            }
        }
        let validate = try CLIRunner.run(["validate", dir.path])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("3 documents: 3 valid"))
    }

    @Test func invalidDocumentsAreExtractedWithTheirFindingsUnlessValidOnly() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let capture = try Self.twoEventCapture(in: dir)
        let manifest = dir.appendingPathComponent("fixtures.json")
        let all = try CLIRunner.run([
            "extract", capture.path, "--out", dir.appendingPathComponent("all").path, "--manifest", manifest.path,
        ])
        #expect(all.status == 0, "\(all.stdout)\(all.stderr)")
        #expect(all.stderr.contains("2 fixtures in ") && all.stderr.contains("1 duplicate"))
        let files = try Self.files(dir.appendingPathComponent("all")).keys.sorted()
        #expect(files == ["kinesis-event/orders-1.json", "kinesis-event/orders-2.json"])
        let entries = try #require(
            try JSONValue(parsing: String(contentsOf: manifest, encoding: .utf8))["captured"]?.arrayValue)
        #expect(entries.map { $0["findings"]?.arrayValue?.count } == [0, 1])
        #expect(
            entries.last?["findings"]?[0]?.stringValue
                == "error[kinesis.event-id-matches-sequence-number] /Records/0/eventID")
        let check = try CLIRunner.run(["snapshot", "--check", "--manifest", manifest.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let validOnly = try CLIRunner.run([
            "extract", capture.path, "--out", dir.appendingPathComponent("valid").path, "--valid-only",
        ])
        #expect(validOnly.status == 0)
        #expect(try Self.files(dir.appendingPathComponent("valid")).keys.sorted() == ["kinesis-event/orders-1.json"])

        let otherKind = try CLIRunner.run([
            "extract", capture.path, "--out", dir.appendingPathComponent("none").path, "--kind", "dynamodb-event",
        ])
        #expect(otherKind.status == 0)
        #expect(try Self.files(dir.appendingPathComponent("none")).isEmpty)
    }

    @Test func snapshotCheckFailsWhenACapturedFixtureNoLongerHasItsRecordedFindings() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let capture = try Self.twoEventCapture(in: dir)
        let manifest = dir.appendingPathComponent("fixtures.json")
        let extract = try CLIRunner.run(["extract", capture.path, "--out", dir.path, "--manifest", manifest.path])
        #expect(extract.status == 0)
        let text = try String(contentsOf: manifest, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "\"findings\":[\"error[kinesis.event-id-matches-sequence-number] /Records/0/eventID\"]",
            with: "\"findings\":[]")
        #expect(edited != text)
        try edited.write(to: manifest, atomically: true, encoding: .utf8)
        // The capture is gone (as a production capture would be): only the findings can be checked.
        try FileManager.default.removeItem(at: capture)
        let check = try CLIRunner.run(["snapshot", "--check", "--manifest", manifest.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("kinesis-event/orders-2.json: the contract's findings changed"))
        #expect(check.stdout.contains("+ error[kinesis.event-id-matches-sequence-number] /Records/0/eventID (new)"))
        #expect(check.stdout.contains("is not here; checking its findings only"))
    }

    @Test func redactionOptionsWithoutRedactAreAUsageError() throws {
        let result = try CLIRunner.run([
            "extract", "Fixtures/examples/cloudwatch-export.log", "--out", "/tmp/unused", "--redact-field", "email",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("need --redact"))
        #expect(try CLIRunner.run(["extract", "Fixtures/examples/cloudwatch-export.log"]).status == 64)
    }
}
