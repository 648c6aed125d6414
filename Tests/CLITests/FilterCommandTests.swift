import Foundation
import Testing

/// `stream-fixtures filter`: which records a mapping's filter criteria deliver, and its exit codes.
@Suite struct FilterCommandTests {
    /// A Kinesis record JSON with `data` (text) under sequence number suffix `n`.
    static func record(_ n: Int, _ data: String) -> String {
        let sequence = "4964788880262932207251952834047504771176729638146880312\(n)"
        return #"""
            {"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"p\#(n)","sequenceNumber":"\#(sequence)",
             "data":"\#(Data(data.utf8).base64EncodedString())","approximateArrivalTimestamp":1704153600.123},
             "eventSource":"aws:kinesis","eventVersion":"1.0","eventID":"shardId-000000000003:\#(sequence)",
             "eventName":"aws:kinesis:record","invokeIdentityArn":"arn:aws:iam::111122223333:role/consumer",
             "awsRegion":"us-east-1","eventSourceARN":"arn:aws:kinesis:us-east-1:111122223333:stream/orders"}
            """#
    }

    static let event =
        #"{"Records":[\#(record(1, #"{"kind":"order"}"#)),\#(record(2, #"{"kind":"refund"}"#)),"#
        + #"\#(record(3, "plain text"))]}"#

    static func mapping(_ pattern: String) -> String {
        let escaped = pattern.replacingOccurrences(of: "\"", with: "\\\"")
        return
            #"{"UUID":"6d9a1f2c-3b4e-4f5a-8b6c-7d8e9f0a1b2c","FilterCriteria":{"Filters":[{"Pattern":"\#(escaped)"}]}}"#
    }

    /// Writes `files` into a fresh folder and runs the CLI there.
    static func run(_ arguments: [String], files: [String: String], stdin: String? = nil) throws -> CLIRunner.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return try CLIRunner.run(arguments, stdin: stdin, in: folder)
    }

    @Test func printsWhichRecordsAreDeliveredAndWhichDropped() throws {
        let result = try Self.run(
            ["filter", "--mapping", "mapping.json", "events.json"],
            files: ["mapping.json": Self.mapping(#"{"data":{"kind":["order"]}}"#), "events.json": Self.event])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true)
        }
        #expect(lines.map { $0.first.map(String.init) } == ["deliver", "drop", "drop"])
        #expect(lines.map { $0.count > 2 ? String($0[2]) : "" } == ["Records/0", "Records/1", "Records/2"])
        #expect(lines.first?.last?.hasSuffix("803121") == true)
        #expect(result.stderr.contains("1 of 3 records delivered, 2 dropped"))
    }

    @Test func readsEventsFromStandardInputAndGetEventSourceMappingOutput() throws {
        let output =
            #"{"UUID":"6d9a1f2c-3b4e-4f5a-8b6c-7d8e9f0a1b2c","BatchSize":100,"State":"Enabled","#
            + #""FilterCriteria":{"Filters":[{"Pattern":"{\"partitionKey\":[{\"anything-but\":\"p2\"}]}"}]}}"#
        let result = try Self.run(
            ["filter", "--mapping", "mapping.json", "-"], files: ["mapping.json": output], stdin: Self.event)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").map { $0.prefix(7) } == ["deliver", "drop   ", "deliver"])
    }

    @Test func aMalformedPatternExitsOneWithItsPointer() throws {
        let result = try Self.run(
            ["filter", "--mapping", "mapping.json", "events.json"],
            files: ["mapping.json": Self.mapping(#"{"data":{"kind":"order"}}"#), "events.json": Self.event])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("error: /FilterCriteria/Filters/0/Pattern at /data/kind (value-not-array): "))
    }

    @Test func aDocumentThatIsNotAnEventExitsSixtyFive() throws {
        let mapping = Self.mapping(#"{"data":{"kind":["order"]}}"#)
        let result = try Self.run(
            ["filter", "--mapping", "mapping.json", "mapping.json"], files: ["mapping.json": mapping])
        #expect(result.status == 65)
        #expect(result.stderr.contains("is not a Kinesis or DynamoDB Streams event"))
    }

    @Test func encryptedCriteriaCannotBeEvaluated() throws {
        let result = try Self.run(
            ["filter", "--mapping", "mapping.json", "events.json"],
            files: ["mapping.json": #"{"FilterCriteria":null}"#, "events.json": Self.event])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
    }

    @Test func withoutCriteriaEveryRecordIsDelivered() throws {
        let result = try Self.run(
            ["filter", "--mapping", "mapping.json", "events.json"],
            files: ["mapping.json": #"{"BatchSize":10}"#, "events.json": Self.event])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("deliver") })
    }

    @Test func missingOperandsAreUsageErrors() throws {
        #expect(try CLIRunner.run(["filter", "events.json"]).status == 64)
        #expect(try CLIRunner.run(["filter", "--mapping", "m.json"]).status == 64)
        #expect(try CLIRunner.run(["filter", "--mapping", "m.json", "--max-filters", "11", "e.json"]).status == 64)
    }
}
