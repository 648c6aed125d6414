import Foundation
import StreamJSON
import Testing

@Suite struct ValidateCommandTests {
    /// A scratch folder with the given files, removed afterwards by the caller.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sf-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
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
        #expect(
            report["summary"] == [
                "documents": 2, "valid": 1, "invalid": 1, "unreadable": 0, "other": 0, "skipped": 0, "errors": 1,
                "warnings": 0, "kinds": [["kind": nil, "valid": 1, "invalid": 1, "unreadable": 0]],
                "rules": [
                    [
                        "rule": "schema.type", "errors": 1, "warnings": 0, "documents": 1,
                        "example": ["source": "docs.jsonl", "line": 2, "column": 8, "pointer": "/id"],
                    ]
                ],
                "skippedFiles": [],
            ])
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
        #expect(
            result.stdout.contains("1 documents: 0 valid, 0 invalid, 1 unreadable")
                || result.stdout.contains("1 document: 0 valid, 0 invalid, 1 unreadable"))
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
        let result = try CLIRunner.run([
            "validate", "Schemas/examples/kinesis-event/valid", "Schemas/examples/dynamodb-event/valid",
        ])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 invalid, 0 unreadable; 0 errors"))
    }
}

@Suite struct ValidateNoiseAndFoldersTests {
    /// A scratch folder with the given files, removed afterwards by the caller.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sf-noise-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url
    }

    /// A Lambda log without a single event: pino, EMF, telemetry and Powertools lines.
    static let noise =
        [
            #"{"level":30,"time":1709633702311,"pid":8,"hostname":"h","msg":"batch done","records":12}"#,
            #"{"_aws":{"Timestamp":1709633702311,"CloudWatchMetrics":[{"Namespace":"orders","Dimensions":[["service"]],"Metrics":[{"Name":"Processed","Unit":"Count"}]}]},"service":"orders","Processed":12}"#,
            #"{"time":"2024-03-05T10:15:02.311Z","type":"platform.report","record":{"requestId":"r-1","metrics":{"durationMs":12.5},"status":"success"}}"#,
            #"{"level":"INFO","location":"handler:12","message":"processing","timestamp":"2024-03-05 10:15:02,311+0000","service":"orders","cold_start":false}"#,
            #"{"state":"ok"}"#,
        ].joined(separator: "\n") + "\n"

    static let event = #"{"batchItemFailures": []}"#

    @Test func aLogOfNoiseOnlyExitsSixtyFiveAndCountsItsValuesAsOther() throws {
        let dir = try folder(["app.log": Self.noise])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "app.log"], in: dir)
        #expect(result.status == 65)
        #expect(!result.stdout.contains("error["))
        #expect(result.stdout.hasPrefix("0 documents: 0 valid, 0 invalid, 0 unreadable; 0 errors, 0 warnings; "))
        #expect(result.stdout.contains(" other JSON values (not payloads; --list-other lists them)"))
    }

    @Test func eventsAmongNoiseExitZero() throws {
        let dir = try folder(["app.log": Self.noise + Self.event + "\n" + Self.noise])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "app.log"], in: dir)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("kind                 valid  invalid  unreadable\nbatch-item-failures      1"))
        #expect(result.stdout.contains("\n\n1 document: 1 valid, 0 invalid, 0 unreadable; 0 errors, 0 warnings; "))
    }

    @Test func listOtherListsEachOtherValueWhereItStarts() throws {
        let dir = try folder(["app.log": Self.event + "\n" + #"{"state":"ok"}"# + "\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try CLIRunner.run(["validate", "--list-other", "app.log"], in: dir)
        #expect(text.status == 0)
        #expect(text.stdout.contains(#"app.log:2:1: other: {"state":"ok"}"#))
        let json = try JSONValue(
            parsing: try CLIRunner.run(["validate", "--list-other", "--format", "json", "app.log"], in: dir).stdout)
        #expect(json["documents"]?[1]?["status"] == "other")
        #expect(json["summary"]?["other"] == 1)
        let unlisted = try CLIRunner.run(["validate", "app.log"], in: dir)
        #expect(!unlisted.stdout.contains("other: "))
    }

    @Test func aPayloadThatFailsDetectionIsStillAnError() throws {
        let dir = try folder(["app.log": #"{"Records": [{"id": 1}]}"# + "\n" + Self.noise])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "app.log"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("app.log:1:1: error[contract.unknown-kind]"))
    }

    @Test func junitAndGitHubWithNothingReadableFail() throws {
        let dir = try folder(["app.log": Self.noise])
        defer { try? FileManager.default.removeItem(at: dir) }
        let junit = try CLIRunner.run(["validate", "--format", "junit", "app.log"], in: dir)
        #expect(junit.status == 65)
        #expect(junit.stdout.contains("<failure "))
        #expect(junit.stdout.contains("no JSON documents found in app.log"))
        #expect(!junit.stdout.contains(#"failures="0""#))
        let github = try CLIRunner.run(["validate", "--format", "github", "app.log"], in: dir)
        #expect(github.status == 65)
        #expect(github.stdout.contains("::error "))
    }

    @Test func aFolderIsReadWholeWhateverTheFileNames() throws {
        let dir = try folder([
            "captures/events.gz": Self.event, "captures/EVENTS": Self.event, "captures/.hidden": Self.event,
            "captures/nested/deeper/notes.md": Self.event,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "--format", "json", "captures"], in: dir)
        #expect(result.status == 0, "\(result.stdout)")
        let report = try JSONValue(parsing: result.stdout)
        let sources = report["documents"]?.arrayValue?.compactMap { $0["source"]?.stringValue }
        #expect(
            sources == ["captures/.hidden", "captures/EVENTS", "captures/events.gz", "captures/nested/deeper/notes.md"])
        #expect(report["summary"]?["skipped"] == 0)
    }

    @Test func aLinkToAFileIsReadAndABrokenLinkIsListedAsSkipped() throws {
        let dir = try folder(["event.json": Self.event, "captures/plain.json": Self.event])
        defer { try? FileManager.default.removeItem(at: dir) }
        let captures = dir.appendingPathComponent("captures")
        try FileManager.default.createSymbolicLink(
            atPath: captures.appendingPathComponent("linked.json").path, withDestinationPath: "../event.json")
        try FileManager.default.createSymbolicLink(
            atPath: captures.appendingPathComponent("gone.json").path, withDestinationPath: "../missing.json")
        let result = try CLIRunner.run(["validate", "captures"], in: dir)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(
            result.stdout.contains("captures/gone.json:1:1: warning[input.skipped] /: not read: broken symbolic link"))
        #expect(
            result.stdout.hasSuffix(
                "2 documents: 2 valid, 0 invalid, 0 unreadable; 0 errors, 1 warning; 1 file skipped\n"))
        #expect(try CLIRunner.run(["validate", "--strict", "captures"], in: dir).status == 1)
    }

    @Test func schemaModeChecksEveryJSONValueAndCountsNothingAsOther() throws {
        let lines = "{\"id\": 1}\n{\"level\": 30, \"msg\": \"started\"}\n{\"state\": \"ok\"}\n7\n"
        let dir = try folder(["s.json": ValidateCommandTests.schema, "docs.jsonl": lines])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "--schema", "s.json", "docs.jsonl"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("docs.jsonl:2:1: error[schema.required]"))
        #expect(result.stdout.contains("docs.jsonl:3:1: error[schema.required]"))
        #expect(result.stdout.contains("docs.jsonl:4:1: error[schema.type]"))
        #expect(result.stdout.hasSuffix("4 documents: 1 valid, 3 invalid, 0 unreadable; 3 errors, 0 warnings\n"))
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
