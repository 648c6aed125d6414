import Foundation
import StreamContracts
import StreamJSON
import Testing

/// `validate` on captures as teams hold them: gzip exports, Firehose objects, UTF-16 files, binary files in a
/// folder — read by content whatever their names, from files, folders and standard input.
@Suite struct ValidateEncodedInputTests {
    /// A Kinesis event AWS cannot send: its record's `eventSource` is not `aws:kinesis`.
    static let invalidEvent =
        #"{"Records":[{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"k","sequenceNumber":"49590338271490256608559692538361571095921575989136588898","data":"aGk=","approximateArrivalTimestamp":1545084650.987},"eventSource":"aws:sqs","eventVersion":"1.0","eventID":"shardId-000000000006:49590338271490256608559692538361571095921575989136588898","eventName":"aws:kinesis:record","invokeIdentityArn":"arn:aws:iam::123456789012:role/lambda-role","awsRegion":"us-east-2","eventSourceARN":"arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream"}]}"#

    static var validEvent: String { invalidEvent.replacingOccurrences(of: "aws:sqs", with: "aws:kinesis") }

    /// A CloudWatch Logs export line per event: `<timestamp> <runtime line>`.
    static func export(_ events: [String]) -> String {
        events.map { "2024-03-05T10:15:02.311Z 2024-03-05T10:15:02.311Z\tr-1\tINFO\t\($0)\n" }.joined()
    }

    private func folder(_ files: [String: [UInt8]]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sf-encoded-\(UUID().uuidString)")
        for (name, bytes) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        return url
    }

    @Test func aGzipExportInAFolderIsReadAndItsInvalidEventFailsTheRun() throws {
        let export = Array(Self.export([Self.validEvent, Self.invalidEvent]).utf8)
        let dir = try folder(["exportedlogs/task/stream/000000.gz": GzipStored.compress(export)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "."], in: dir)
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("2 documents: 1 valid, 1 invalid"))
        let json = try JSONValue(parsing: try CLIRunner.run(["validate", "--format", "json", "."], in: dir).stdout)
        #expect(json["summary"]?["invalid"] == 1)
    }

    @Test func aFirehoseObjectOfGzipMembersIsReadFromStandardInput() throws {
        let escaped = Self.validEvent.replacingOccurrences(of: "\"", with: "\\\"")
        let record =
            #"{"messageType":"DATA_MESSAGE","owner":"1","logGroup":"/aws/lambda/f","logStream":"s","subscriptionFilters":["f"],"logEvents":[{"id":"1","timestamp":1,"message":"\#(escaped)"}]}"#
        let object = (0..<3).flatMap { _ in GzipStored.compress(Array((record + record).utf8)) }
        let result = try CLIRunner.run(["validate", "-"], stdinBytes: object)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\n\n6 documents: 6 valid"))
    }

    @Test func utf16WithAByteOrderMarkIsTranscoded() throws {
        let text = Self.export([Self.invalidEvent])
        let littleEndian: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let dir = try folder(["powershell-capture.txt": littleEndian])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "powershell-capture.txt"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 document: 0 valid, 1 invalid"))
    }

    @Test func aBinaryFileIsSkippedWithItsReasonAndNeverHidesAFailure() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        let dir = try folder(["screenshot.png": png, "capture.log": Array(Self.export([Self.invalidEvent]).utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "."], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("screenshot.png:1:1: warning[input.skipped]"))
        #expect(result.stdout.contains("PNG image"))
        let alone = try CLIRunner.run(["validate", "screenshot.png"], in: dir)
        #expect(alone.status == 65)
    }

    @Test func aCutGzipReportsWhatFollowsTheCutAsUnreadable() throws {
        let whole = GzipStored.compress(Array(Self.export([Self.validEvent, Self.validEvent]).utf8))
        let dir = try folder(["cut.gz": Array(whole.dropLast(6))])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "cut.gz"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[capture.decompression-failed]"))
        // The two events before the cut are read; the cut itself is one unreadable result.
        #expect(result.stdout.contains("3 documents: 2 valid, 0 invalid, 1 unreadable"))
    }
}
