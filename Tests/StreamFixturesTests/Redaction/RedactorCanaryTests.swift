import Foundation
import StreamContracts
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// Planted secrets ("canaries") in every place redaction promises to reach must be gone from the output: from its
/// bytes, from every base64 value decoded, and from gzip inside Kinesis data.
@Suite struct RedactorCanaryTests {
    static let account = "739201846153"
    static let canaries = [
        account, "canarystream", "canary-consumer-role", "canary-function",
        "f3b2c1d0-9a8b-4c7d-8e6f-5a4b3c2d1e0f", "198.51.100.203", "jane.canary@canary-mail.example", "canary-mail",
        "Canary Quentin Person", "canary-secret-note", "5566778899",
    ]
    static let dynamoDBCanaries = [
        account, "CanaryOrdersTable", "jane.canary@canary-mail.example", "canary-mail", "Canary Quentin Person",
        "canary-secret-note", "5566778899", "198.51.100.203",
    ]

    /// Three sequence numbers of one shard in the version-2 layout, in order.
    static let sequenceNumbers = (0..<3).map { index in
        KinesisSequenceNumber(
            shardCreationSeconds: 1_700_000_000, shardIndex: 0, sequenceIndex: 9_000_000 + UInt64(index),
            arrivalSeconds: 1_704_067_205
        ).decimal
    }

    static func base64(_ text: String) -> String { Base64.encode(Array(text.utf8)) }

    /// A Kinesis event whose records carry the canaries in ARNs, in JSON data, in gzip JSON data and in text data.
    static var kinesisEvent: String {
        let json = """
            {"customer":{"name":"Canary Quentin Person","email":"jane.canary@canary-mail.example"},\
            "sourceIp":"198.51.100.203","requestId":"f3b2c1d0-9a8b-4c7d-8e6f-5a4b3c2d1e0f",\
            "note":"canary-secret-note","phone":5566778899,\
            "handler":"arn:aws:lambda:us-east-1:\(account):function:canary-function"}
            """
        let gzip = Base64.encode(GzipStored.compress(Array(json.utf8)))
        let text = base64("user jane.canary@canary-mail.example from 198.51.100.203 account \(account)")
        func record(_ data: String, _ sequence: String) -> String {
            """
            {"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"customer-17","sequenceNumber":"\(sequence)",\
            "data":"\(data)","approximateArrivalTimestamp":1704067205.016},"eventSource":"aws:kinesis",\
            "eventVersion":"1.0","eventID":"shardId-000000000000:\(sequence)","eventName":"aws:kinesis:record",\
            "invokeIdentityArn":"arn:aws:iam::\(account):role/canary-consumer-role","awsRegion":"us-east-1",\
            "eventSourceARN":"arn:aws:kinesis:us-east-1:\(account):stream/canarystream"}
            """
        }
        return """
            {"Records":[\(record(base64(json), sequenceNumbers[0])),\(record(gzip, sequenceNumbers[1])),\
            \(record(text, sequenceNumbers[2]))]}
            """
    }

    /// A DynamoDB event whose images carry the canaries.
    static let dynamoDBEvent = """
        {"Records":[{"eventID":"c4ca4238a0b923820dcc509a6f75849b","eventName":"INSERT","eventVersion":"1.1",\
        "eventSource":"aws:dynamodb","awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1704067200,\
        "Keys":{"email":{"S":"jane.canary@canary-mail.example"}},"NewImage":{"email":{"S":"jane.canary@canary-mail.example"},\
        "customer":{"M":{"name":{"S":"Canary Quentin Person"},"note":{"S":"canary-secret-note"}}},\
        "ips":{"SS":["198.51.100.203","192.0.2.1"]},"phone":{"N":"5566778899"}},\
        "SequenceNumber":"111100000000000000001","SizeBytes":151,"StreamViewType":"NEW_IMAGE"},\
        "eventSourceARN":"arn:aws:dynamodb:us-east-1:\(account):table/CanaryOrdersTable/stream/2024-01-01T00:00:00.000"}]}
        """

    /// The output and everything decodable inside it: base64 strings, and gzip inside those.
    static func searchable(_ bytes: [UInt8]) throws -> [[UInt8]] {
        var buffers = [bytes]
        func visit(_ value: JSONValue) {
            switch value {
            case .string(let text):
                guard let decoded = try? Base64.decode(text) else { return }
                buffers.append(decoded)
                if let inflated = try? Inflate.gunzip(decoded) { buffers.append(inflated) }
            case .array(let elements): elements.forEach(visit)
            case .object(let object):
                for member in object { visit(member.value) }
            default: break
            }
        }
        visit(try JSONDocument(parsing: bytes).root.value)
        return buffers
    }

    static func leaks(_ output: [UInt8], of canaries: [String] = canaries) throws -> [String] {
        let buffers = try searchable(output)
        return canaries.filter { canary in
            let needle = Array(canary.utf8)
            return buffers.contains { buffer in
                buffer.count >= needle.count
                    && (0...(buffer.count - needle.count)).contains { start in
                        buffer[start..<(start + needle.count)].elementsEqual(needle)
                    }
            }
        }
    }

    @Test func theCanariesAreFoundBeforeRedaction() throws {
        #expect(try Self.leaks(Array(Self.kinesisEvent.utf8)).sorted() == Self.canaries.sorted())
        #expect(
            try Self.leaks(Array(Self.dynamoDBEvent.utf8), of: Self.dynamoDBCanaries).sorted()
                == Self.dynamoDBCanaries.sorted())
    }

    @Test func noCanarySurvivesInKinesisDataJSONGzipOrText() throws {
        let redactor = try Redactor(seed: "canary", fields: ["name", "note", "/phone"])
        let output = try redactor.redact(json: Array(Self.kinesisEvent.utf8))
        #expect(try Self.leaks(output) == [])
    }

    @Test func noCanarySurvivesInDynamoDBImages() throws {
        let redactor = try Redactor(seed: "canary", fields: ["/customer/name", "note", "phone"])
        let output = try redactor.redact(json: Array(Self.dynamoDBEvent.utf8))
        #expect(try Self.leaks(output, of: Self.dynamoDBCanaries) == [])
    }

    @Test func redactedCanaryEventsStayValid() throws {
        let validator = try ContractValidator()
        let redactor = try Redactor(seed: "canary", fields: ["name", "note", "phone"], redactsKeys: true)
        for event in [Self.kinesisEvent, Self.dynamoDBEvent] {
            let before = validator.check(try JSONDocument(parsing: event)).diagnostics.map(\.rule)
            let output = try redactor.redact(json: Array(event.utf8))
            let after = validator.check(try JSONDocument(parsing: output)).diagnostics.map(\.rule)
            #expect(after == before)
        }
    }

    @Test func gzipDataStaysGzipAndBase64StaysCanonical() throws {
        let output = try Redactor(seed: 1).redact(json: Array(Self.kinesisEvent.utf8))
        let root = try JSONDocument(parsing: output).root.value
        let data = try #require(root["Records"]?[1]?["kinesis"]?["data"]?.stringValue)
        #expect(Base64.isCanonical(data))
        let decoded = try Base64.decode(data)
        #expect(decoded.starts(with: [0x1F, 0x8B]))
        let inner = try JSONDocument(parsing: try Inflate.gunzip(decoded)).root.value
        #expect(inner["customer"]?["email"]?.stringValue?.hasSuffix(".example") == true)
        #expect(inner["customer"]?["email"]?.stringValue != "jane.canary@canary-mail.example")
    }
}
