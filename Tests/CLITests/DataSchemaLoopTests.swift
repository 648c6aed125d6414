import Foundation
import StreamJSON
import Testing

/// One schema file drives generation and validation: what `generate --data-schema S` (or `--item-schema S`)
/// writes, `validate --data-schema S` accepts, for every kind that carries user data.
@Suite struct DataSchemaLoopTests {
    static let schemas = "Tests/StreamFixturesTests/DataSchemas/"

    struct Loop: Sendable, CustomTestStringConvertible {
        var kind: String
        var flag: String
        var schema: String
        var testDescription: String { "\(kind) \(flag) \(schema)" }
    }

    static let loops = [
        Loop(kind: "kinesis-event", flag: "--data-schema", schema: "order.schema.json"),
        Loop(kind: "kinesis-event", flag: "--data-schema", schema: "tree.schema.json"),
        Loop(kind: "put-records-request", flag: "--data-schema", schema: "telemetry.schema.json"),
        Loop(kind: "dynamodb-event", flag: "--item-schema", schema: "customer-item.schema.json"),
    ]

    @Test(arguments: DataSchemaLoopTests.loops)
    func generatedEventsPassValidationAgainstTheSameSchema(loop: Loop) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sf-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("\(loop.kind).jsonl").path
        let schema = Self.schemas + loop.schema
        let generated = try CLIRunner.run(
            [
                "generate", loop.kind, loop.flag, schema, "--count", "4", "--records", "25", "--seed", "loop",
                "--format", "jsonl", "--out", out,
            ])
        #expect(generated.status == 0, "\(generated.stderr)")
        let validation = try CLIRunner.run(["validate", "--format", "json", "--data-schema", schema, out])
        let report = try JSONValue(parsing: validation.stdout)
        #expect(report["summary"]?["documents"] == 4)
        #expect(report["summary"]?["errors"] == 0, "\(validation.stdout.prefix(2000))")
        #expect(validation.status == 0)
        // The check is real: another contract rejects the same capture.
        let other = loop.schema == "telemetry.schema.json" ? "order.schema.json" : "telemetry.schema.json"
        let mismatch = try CLIRunner.run(["validate", "--format", "json", "--data-schema", Self.schemas + other, out])
        #expect(mismatch.status == 1, "\(mismatch.stdout.prefix(500))")
    }

    @Test func theSameSeedAndSchemaGiveTheSameBytes() throws {
        let arguments = [
            "generate", "kinesis-event", "--data-schema", Self.schemas + "order.schema.json", "--seed", "7",
        ]
        let first = try CLIRunner.run(arguments)
        #expect(first.status == 0)
        #expect(try CLIRunner.run(arguments).stdout == first.stdout)
    }

    @Test func aKindWithoutDataRejectsADataSchema() throws {
        let result = try CLIRunner.run(
            ["generate", "event-source-mapping", "--data-schema", Self.schemas + "order.schema.json"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--data-schema"))
    }

    @Test func anUnsatisfiableSchemaIsAUsageErrorNamingTheKeyword() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sf-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("never.schema.json").path
        try Data(
            #"{"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "minimum": 3, "maximum": 2}}}"#
                .utf8
        )
        .write(to: URL(fileURLWithPath: path))
        let result = try CLIRunner.run(["generate", "kinesis-event", "--data-schema", path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("maximum at /properties/n/maximum"), "\(result.stderr)")
    }
}
