import Foundation
import Testing
import StreamJSON

@Suite struct ValidateCommandTests {
    /// A scratch folder with the given files, removed afterwards by the caller.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sf-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    static let schema = #"{"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1}}}"#

    @Test func schemaModeChecksEachLineOfAJSONLinesFileAndExitsOneOnViolations() throws {
        let dir = try folder(["s.json": Self.schema, "docs.jsonl": "{\"id\": 1}\n{\"id\": 0}\n{\"name\": \"x\"}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "--schema", "s.json", "docs.jsonl"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("docs.jsonl:2:8: error[schema.minimum] /id: "))
        #expect(result.stdout.contains("docs.jsonl:3:1: error[schema.required] /: missing required member \"id\""))
        #expect(result.stdout.contains("3 documents: 1 valid, 2 invalid, 0 unreadable; 2 errors, 0 warnings"))
    }

    @Test func schemaModeExitsZeroWhenEveryDocumentIsValid() throws {
        let dir = try folder(["s.json": Self.schema, "one.json": "{\n  \"id\": 7\n}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "--schema", "s.json", "one.json"], in: dir)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func jsonFormatPrintsTheReportContract() throws {
        let dir = try folder(["s.json": Self.schema, "docs.jsonl": "{\"id\": 1}\n{\"id\": \"x\"}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "--schema", "s.json", "--format", "json", "docs.jsonl"], in: dir)
        #expect(result.status == 1)
        let report = try JSONValue(parsing: result.stdout)
        #expect(report["summary"] == ["documents": 2, "valid": 1, "invalid": 1, "unreadable": 0, "errors": 1, "warnings": 0])
        let diagnostic = try #require(report["documents"]?[1]?["diagnostics"]?[0])
        #expect(diagnostic["rule"] == "schema.type")
        #expect(diagnostic["pointer"] == "/id")
        #expect(diagnostic["line"] == 2 && diagnostic["column"] == 8)
        #expect(report["documents"]?[1]?["source"] == "docs.jsonl")
    }

    @Test func unreadableOnlyInputExitsSixtyFive() throws {
        let dir = try folder(["s.json": Self.schema, "broken.json": "{\"id\": 1,"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "--schema", "s.json", "broken.json"], in: dir)
        #expect(result.status == 65)
        #expect(result.stdout.contains("1 documents: 0 valid, 0 invalid, 1 unreadable") || result.stdout.contains("1 document: 0 valid, 0 invalid, 1 unreadable"))
    }

    @Test func missingFileIsReportedNotDropped() throws {
        let dir = try folder(["ok.json": #"{"batchItemFailures": []}"#])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "ok.json", "nope.json"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("nope.json:1:1: error[input.unreadable]"))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try CLIRunner.run(["validate"]).status == 64)
        #expect(try CLIRunner.run(["validate", "--format", "yaml", "x.json"]).status == 64)
        #expect(try CLIRunner.run(["validate", "--bogus", "x.json"]).status == 64)
        #expect(try CLIRunner.run(["validate", "--schema", "/nonexistent/schema.json", "x.json"]).status == 64)
        #expect(try CLIRunner.run(["validate", "--kind", "not-a-kind", "x.json"]).status == 64)
    }

    @Test func readsStandardInput() throws {
        let result = try CLIRunner.run(["validate", "-"], stdin: #"{"batchItemFailures": [{"itemIdentifier": ""}]}"#)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:1:"))
    }

    @Test func contractModeAcceptsEveryValidSchemaExample() throws {
        let result = try CLIRunner.run(["validate", "Schemas/examples/kinesis-event/valid", "Schemas/examples/dynamodb-event/valid"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 invalid, 0 unreadable; 0 errors"))
    }
}

@Suite struct ReadmeCommandTests {
    /// The README's first command: the bundled CloudWatch Logs export.
    @Test func bundledCaptureShowsWarningsAndTheUnreadableLine() throws {
        let result = try CLIRunner.run(["validate", "Fixtures/examples/cloudwatch-export.log"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("warning[dynamodb.sequence-number-length] /Records/0/dynamodb/SequenceNumber"))
        #expect(result.stdout.contains("error[capture.node-inspect]"))
        #expect(result.stdout.hasSuffix("4 documents: 3 valid, 0 invalid, 1 unreadable; 1 error, 2 warnings\n"))
    }
}
