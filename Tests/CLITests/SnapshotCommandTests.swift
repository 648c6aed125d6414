import Foundation
import StreamJSON
import Testing

/// `stream-fixtures snapshot`: the fixtures in `Fixtures/` match their recipes, drift is reported with a
/// diff and a pointer, and regeneration is byte-stable across processes.
@Suite struct SnapshotCommandTests {
    /// A scratch copy of the fixtures folder (manifest and every fixture) to edit.
    static func copyOfFixtures() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sf-snapshot-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Fixtures"), to: dir)
        return dir
    }

    @Test func checkPassesOnTheCommittedFixtures() throws {
        let result = try CLIRunner.run(["snapshot", "--check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("fixtures from Fixtures/fixtures.json:"))
        #expect(result.stdout.contains(" match"))
        #expect(!result.stdout.contains("differ"))
    }

    @Test func checkOnAnEditedCopyExitsOneWithTheDiffAndThePointer() throws {
        let dir = try Self.copyOfFixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("kinesis-event/small.json")
        let original = try String(contentsOf: file, encoding: .utf8)
        let document = try JSONValue(parsing: original)
        let partitionKey = try #require(document["Records"]?[1]?["kinesis"]?["partitionKey"]?.stringValue)
        let edited = original.replacingOccurrences(
            of: "\"partitionKey\": \"\(partitionKey)\"", with: "\"partitionKey\": \"edited-by-hand\"")
        #expect(edited != original)
        try edited.write(to: file, atomically: true, encoding: .utf8)

        let manifest = dir.appendingPathComponent("fixtures.json").path
        let result = try CLIRunner.run(["snapshot", "--check", "--manifest", manifest])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "kinesis-event/small.json: differs from what its recipe (kinesis-event, seed \"kinesis-small\") generates"
            ))
        #expect(
            result.stdout.contains("first difference at /Records/1/kinesis/partitionKey: expected \"edited-by-hand\""))
        #expect(
            result.stdout.contains(
                "--- \(dir.path)/kinesis-event/small.json\n+++ \(dir.path)/kinesis-event/small.json (regenerated)\n@@ ")
        )
        #expect(
            result.stdout.contains(
                "\n-        \"partitionKey\": \"edited-by-hand\",\n+        \"partitionKey\": \"\(partitionKey)\",\n"))
        #expect(result.stdout.contains("1 differ"))
        #expect(result.stdout.contains("Run 'stream-fixtures snapshot' to regenerate them"))
        // --check writes nothing.
        #expect(try String(contentsOf: file, encoding: .utf8) == edited)
    }

    @Test func snapshotRestoresTheEditedFileAndRecreatesAMissingOne() throws {
        let dir = try Self.copyOfFixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        let edited = dir.appendingPathComponent("dynamodb-event/keys-only.json")
        let original = try Data(contentsOf: edited)
        try Data("{}\n".utf8).write(to: edited)
        let removed = dir.appendingPathComponent("event-source-mapping/cli-v2.jsonl")
        let removedBytes = try Data(contentsOf: removed)
        try FileManager.default.removeItem(at: removed)
        let manifest = dir.appendingPathComponent("fixtures.json").path

        let check = try CLIRunner.run(["snapshot", "--check", "--manifest", manifest])
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "event-source-mapping/cli-v2.jsonl: missing; its recipe (event-source-mapping, seed \"esm-v2\")"))
        #expect(check.stdout.contains("1 differ, 1 missing"))

        let write = try CLIRunner.run(["snapshot", "--manifest", manifest])
        #expect(write.status == 0, "\(write.stderr)")
        #expect(write.stdout.contains("updated \(dir.path)/dynamodb-event/keys-only.json"))
        #expect(write.stdout.contains("created \(dir.path)/event-source-mapping/cli-v2.jsonl"))
        #expect(try Data(contentsOf: edited) == original)
        #expect(try Data(contentsOf: removed) == removedBytes)
        #expect(try CLIRunner.run(["snapshot", "--check", "--manifest", manifest]).status == 0)
    }

    @Test func fixturesRegeneratedInTwoProcessesAreIdenticalBytes() throws {
        let first = try Self.copyOfFixtures()
        let second = try Self.copyOfFixtures()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for dir in [first, second] {
            // Start from nothing: every fixture is created by its own process run.
            for entry in try FileManager.default.contentsOfDirectory(atPath: dir.path) where entry != "fixtures.json" {
                try FileManager.default.removeItem(at: dir.appendingPathComponent(entry))
            }
            let result = try CLIRunner.run(["snapshot", "--manifest", dir.appendingPathComponent("fixtures.json").path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("67 created") || result.stdout.contains(" created"))
        }
        let committed = CLIRunner.packageRoot.appendingPathComponent("Fixtures")
        let paths = try #require(FileManager.default.subpaths(atPath: first.path)).filter {
            $0.hasSuffix(".json") || $0.hasSuffix(".jsonl")
        }.sorted()
        #expect(paths.count > 60)
        for path in paths {
            let a = try Data(contentsOf: first.appendingPathComponent(path))
            let b = try Data(contentsOf: second.appendingPathComponent(path))
            let c = try Data(contentsOf: committed.appendingPathComponent(path))
            #expect(a == b, "\(path) differs between two processes")
            #expect(a == c, "\(path) differs from the committed fixture")
        }
    }

    @Test func onlyTheNamedFixturesAreChecked() throws {
        let dir = try Self.copyOfFixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("[]\n".utf8).write(to: dir.appendingPathComponent("kubemq-kinesis-request/small.json"))
        let manifest = dir.appendingPathComponent("fixtures.json").path
        let other = try CLIRunner.run(["snapshot", "--check", "--manifest", manifest, "kinesis-event"])
        #expect(other.status == 0)
        #expect(other.stdout.contains("6 fixtures from"))
        let named = try CLIRunner.run([
            "snapshot", "--check", "--manifest", manifest, "kubemq-kinesis-request/small.json",
        ])
        #expect(named.status == 1)
        #expect(named.stdout.contains("first difference at the root: expected [], found an object with 2 member(s)"))
        let none = try CLIRunner.run(["snapshot", "--check", "--manifest", manifest, "no-such-kind/"])
        #expect(none.status == 64)
    }

    @Test func aManifestErrorNamesTheLineColumnAndMemberAndExits65() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sf-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("fixtures.json")
        try Data(
            """
            {"fixtures": [
              {"path": "a.json", "kind": "kinesis-consumer", "records": 3}
            ]}
            """.utf8
        ).write(to: manifest)
        let result = try CLIRunner.run(["snapshot", "--manifest", manifest.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "fixtures.json:2:61: /fixtures/0/records: kind \"kinesis-consumer\" does not use \"records\""))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("a.json").path))
    }
}
