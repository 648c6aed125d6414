import Foundation
import StreamJSON
import Testing

@Suite struct GenerateCommandTests {
    @Test func sameSeedGivesIdenticalBytesInSeparateProcesses() throws {
        let first = try CLIRunner.run(["generate", "event-source-mappings", "--seed", "orders", "--count", "3"])
        let second = try CLIRunner.run(["generate", "event-source-mappings", "--seed", "orders", "--count", "3"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(
            try CLIRunner.run(["generate", "event-source-mappings", "--seed", "other", "--count", "3"]).stdout
                != first.stdout)
    }

    @Test func everyListedKindGeneratesDocumentsThatValidate() throws {
        let list = try CLIRunner.run(["generate", "--list"])
        let kinds = list.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.compactMap {
            $0.split(separator: " ").first
        }
        #expect(kinds.count >= 17)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sf-generate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for kind in kinds {
            let out = dir.appendingPathComponent("\(kind).jsonl").path
            let result = try CLIRunner.run([
                "generate", String(kind), "--count", "5", "--format", "jsonl", "--seed", "3", "--out", out,
            ])
            #expect(result.status == 0, "\(kind): \(result.stderr)")
        }
        let validation = try CLIRunner.run(["validate", "--format", "json", dir.path])
        let report = try JSONValue(parsing: validation.stdout)
        #expect(report["summary"]?["documents"] == .number(JSONNumber(kinds.count * 5)))
        #expect(report["summary"]?["errors"] == 0, "\(validation.stdout.prefix(2000))")
        #expect(validation.status == 0)
    }

    @Test func jsonFormatWritesOneDocumentOrAnArrayAndPrettyIndents() throws {
        let one = try CLIRunner.run(["generate", "kinesis-consumer"])
        #expect(try JSONValue(parsing: one.stdout).objectValue != nil)
        let many = try CLIRunner.run(["generate", "kinesis-consumer", "--count", "2", "--pretty"])
        #expect(try JSONValue(parsing: many.stdout).arrayValue?.count == 2)
        #expect(many.stdout.hasPrefix("[\n  {\n"))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try CLIRunner.run(["generate"]).status == 64)
        #expect(try CLIRunner.run(["generate", "no-such-kind"]).status == 64)
        #expect(try CLIRunner.run(["generate", "kinesis-consumer", "--count", "0"]).status == 64)
        #expect(try CLIRunner.run(["generate", "kinesis-consumer", "--view-type", "ALL"]).status == 64)
    }

    @Test func anOptionOutsideTheKindsLimitIsReportedByItsFlag() throws {
        let shards = try CLIRunner.run(["generate", "kinesis-event", "--shards", "1001"])
        #expect(shards.status == 64)
        #expect(shards.stderr.contains("--shards: expected 1…1000, found 1001"), "\(shards.stderr)")
        let window = try CLIRunner.run(["generate", "dynamodb-event", "--window-seconds", "901"])
        #expect(window.status == 64)
        #expect(window.stderr.contains("--window-seconds: expected 1…900, found 901"), "\(window.stderr)")
        let records = try CLIRunner.run(["generate", "event-source-mappings", "--records", "0"])
        #expect(records.status == 64)
        #expect(records.stderr.contains("--records: expected 1…10000, found 0"), "\(records.stderr)")
        let share = try CLIRunner.run(["generate", "kinesis-event", "--aggregation-share", "1.5"])
        #expect(share.stderr.contains("--aggregation-share: expected 0.0…1.0, found 1.5"), "\(share.stderr)")
        #expect(try CLIRunner.run(["generate", "kinesis-event", "--shards", "1000"]).status == 0)
    }

}
