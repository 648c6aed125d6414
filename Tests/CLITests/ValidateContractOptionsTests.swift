import Foundation
import Testing

@Suite struct ValidateContractOptionsTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sf-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    /// §A.9's minimal event; its data decodes to {"orderId":"o-1","amount":12.5}.
    static let event = #"""
        {"Records":[{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"order-1",
        "sequenceNumber":"49647888802629322072519528340475047711767296381468803122",
        "data":"eyJvcmRlcklkIjoiby0xIiwiYW1vdW50IjoxMi41fQ==","approximateArrivalTimestamp":1704153600.123},
        "eventSource":"aws:kinesis","eventVersion":"1.0",
        "eventID":"shardId-000000000003:49647888802629322072519528340475047711767296381468803122",
        "eventName":"aws:kinesis:record","invokeIdentityArn":"arn:aws:iam::111122223333:role/orders-consumer-role",
        "awsRegion":"us-east-1","eventSourceARN":"arn:aws:kinesis:us-east-1:111122223333:stream/orders"}]}
        """#

    @Test func dataSchemaChecksEachRecordsDecodedData() throws {
        let dir = try folder([
            "event.json": Self.event,
            "ok.json": #"{"type":"object","required":["orderId"]}"#,
            "strict.json": #"{"type":"object","properties":{"amount":{"type":"integer"}}}"#,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["validate", "--data-schema", "ok.json", "event.json"], in: dir).status == 0)
        let result = try CLIRunner.run(["validate", "--data-schema", "strict.json", "event.json"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[data-schema.type] /Records/0/kinesis/data: decoded data at /amount: "))
    }

    @Test func batchResponseIdentifiersMustBelongToTheEvent() throws {
        let dir = try folder([
            "event.json": Self.event,
            "good.json":
                #"{"batchItemFailures":[{"itemIdentifier":"49647888802629322072519528340475047711767296381468803122"}]}"#,
            "bad.json":
                #"{"batchItemFailures":[{"itemIdentifier":"49647888802629322072519528340475047711767296381468803199"}]}"#,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try CLIRunner.run(["validate", "--response", "good.json", "--event", "event.json"], in: dir).status == 0)
        let bad = try CLIRunner.run(["validate", "--response", "bad.json", "--event", "event.json"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("error[response.item-identifier-in-batch]"))
        #expect(try CLIRunner.run(["validate", "--response", "good.json"], in: dir).status == 64)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let dir = try folder([
            "sam.json": Self.event.replacingOccurrences(
                of: "arn:aws:kinesis:us-east-1:111122223333:stream/orders", with: "arn:aws:kinesis:EXAMPLE")
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let relaxed = try CLIRunner.run(["validate", "sam.json"], in: dir)
        #expect(relaxed.stdout.contains("warning[contract.arn-format]"))
        let strict = try CLIRunner.run(["validate", "--strict", "sam.json"], in: dir)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error[contract.arn-format]"))
    }
}
