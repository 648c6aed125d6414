import Foundation
import StreamJSON
import Testing

/// `validate --format jsonl` on parts of a run, merged by `report merge`, must print what one run prints.
@Suite struct ReportMergeCommandTests {
    /// Validates each file of the folder on its own as JSON Lines, in the folder's order, and keeps the reports.
    private func partReports(of dir: URL, into reports: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        var parts: [String] = []
        for (index, file) in try CaptureFolder.files(in: dir).enumerated() {
            let part = try CLIRunner.run(["validate", "--format", "jsonl", file])
            let path = reports.appendingPathComponent(String(format: "part-%04d.jsonl", index)).path
            try part.stdout.write(toFile: path, atomically: true, encoding: .utf8)
            parts.append(path)
        }
        return parts
    }

    @Test func mergedPartReportsEqualOneRunOverTheFolderInEveryFormat() throws {
        let dir = try CaptureFolder.make()
        let reports = FileManager.default.temporaryDirectory.appendingPathComponent("sf-parts-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: reports)
        }
        let parts = try partReports(of: dir, into: reports)
        for format in ["text", "json", "junit", "github", "jsonl"] {
            let whole = try CLIRunner.run(["validate", "--format", format, dir.path])
            let merged = try CLIRunner.run(["report", "merge", "--format", format] + parts)
            #expect(merged.status == whole.status, "\(format): exit \(merged.status), one run \(whole.status)")
            #expect(merged.stdout == whole.stdout, "\(format): the merged report differs from one run's")
        }
    }

    @Test func jsonlPrintsALinePerDocumentThenTheSummary() throws {
        let result = try CLIRunner.run(
            ["validate", "--format", "jsonl", "Tests/StreamContractsTests/Capture/Captures/mixed.jsonl"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 2)
        for line in lines.dropLast() { #expect(try JSONValue(parsing: line)["source"] != nil) }
        let summary = try #require(try JSONValue(parsing: lines[lines.count - 1])["summary"])
        #expect(summary["documents"]?.numberValue?.int64Value == Int64(lines.count - 1))
    }

    @Test func aPartWithoutItsSummaryLineIsUnreadableNotASmallerReport() throws {
        let report = try CLIRunner.run(
            ["validate", "--format", "jsonl", "Tests/StreamContractsTests/Capture/Captures/mixed.jsonl"])
        let cut = report.stdout.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sf-cut-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: path) }
        try cut.write(to: path, atomically: true, encoding: .utf8)
        let merged = try CLIRunner.run(["report", "merge", path.path])
        #expect(merged.status == 65)
        #expect(merged.stderr.contains("no summary line"))
    }

    @Test func aPartWhoseLinesDoNotAddUpToItsSummaryIsRejected() throws {
        let report = try CLIRunner.run(
            ["validate", "--format", "jsonl", "Tests/StreamContractsTests/Capture/Captures/mixed.jsonl"])
        var lines = report.stdout.split(separator: "\n").map(String.init)
        lines.remove(at: 0)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sf-edit-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: path) }
        try (lines.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        let merged = try CLIRunner.run(["report", "merge", path.path])
        #expect(merged.status == 65)
        #expect(merged.stderr.contains("do not add up"))
    }
}
