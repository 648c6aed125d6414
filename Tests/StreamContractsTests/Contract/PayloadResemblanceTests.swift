import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct PayloadResemblanceTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Line: Sendable, CustomTestStringConvertible {
        let name: String
        let json: String
        var testDescription: String { name }
    }

    /// Ordinary JSON log lines, as the loggers and runtimes write them.
    static let noise: [Line] = [
        Line(
            name: "pino",
            json:
                #"{"level":30,"time":1709633702311,"pid":8,"hostname":"169.254.10.1","msg":"batch done","records":12}"#),
        Line(
            name: "pino child",
            json:
                #"{"level":50,"time":1709633702311,"pid":8,"hostname":"h","reqId":"r-1","err":{"type":"Error","message":"boom","stack":"Error: boom\n    at handler"},"msg":"failed"}"#
        ),
        Line(
            name: "bunyan",
            json:
                #"{"name":"orders","hostname":"ip-10-0-0-1","pid":8,"level":30,"msg":"processed","time":"2024-03-05T10:15:02.311Z","v":0}"#
        ),
        Line(
            name: "winston",
            json:
                #"{"level":"info","message":"order shipped","service":"orders","timestamp":"2024-03-05T10:15:02.311Z","orderId":"ord-1"}"#
        ),
        Line(
            name: "EMF",
            json:
                #"{"_aws":{"Timestamp":1709633702311,"CloudWatchMetrics":[{"Namespace":"orders","Dimensions":[["service"]],"Metrics":[{"Name":"ProcessedRecords","Unit":"Count"}]}]},"service":"orders","ProcessedRecords":12}"#
        ),
        Line(
            name: "platform.report",
            json:
                #"{"time":"2024-03-05T10:15:02.311Z","type":"platform.report","record":{"requestId":"7e2f1c1a-51a2-4f0e-9a43-3d7d1b0c2f11","metrics":{"durationMs":12.5,"billedDurationMs":13,"memorySizeMB":128,"maxMemoryUsedMB":70},"status":"success"}}"#
        ),
        Line(
            name: "platform.start",
            json:
                #"{"time":"2024-03-05T10:15:02.100Z","type":"platform.start","record":{"requestId":"7e2f1c1a-51a2-4f0e-9a43-3d7d1b0c2f11","version":"$LATEST"}}"#
        ),
        Line(
            name: "Powertools TypeScript",
            json:
                #"{"level":"INFO","message":"processing batch","sampling_rate":0,"service":"orders","timestamp":"2024-03-05T10:15:02.311Z","xray_trace_id":"1-65e6f0a6-5f1b2c3d4e5f6a7b8c9d0e1f","cold_start":true,"function_arn":"arn:aws:lambda:us-east-1:111122223333:function:orders","function_memory_size":"128","function_name":"orders","function_request_id":"7e2f1c1a-51a2-4f0e-9a43-3d7d1b0c2f11"}"#
        ),
        Line(
            name: "Powertools Python",
            json:
                #"{"level":"INFO","location":"handler:12","message":"processing batch","timestamp":"2024-03-05 10:15:02,311+0000","service":"orders","cold_start":false,"function_name":"orders","function_memory_size":128,"function_arn":"arn:aws:lambda:us-east-1:111122223333:function:orders","function_request_id":"7e2f1c1a","xray_trace_id":"1-65e6f0a6-5f1b2c3d4e5f6a7b8c9d0e1f"}"#
        ),
        Line(
            name: "Go slog",
            json:
                #"{"time":"2024-03-05T10:15:02.311Z","level":"INFO","msg":"processed batch","count":12,"shard":"shardId-000000000001"}"#
        ),
        Line(
            name: "Rust tracing",
            json:
                #"{"timestamp":"2024-03-05T10:15:02.311Z","level":"INFO","fields":{"message":"processed batch","records":12},"target":"orders::handler","span":{"name":"handle"},"spans":[{"name":"handle"}]}"#
        ),
        Line(name: "state string", json: #"{"state":"ok"}"#),
        Line(name: "state with a log message", json: #"{"state":"RUNNING","msg":"poller"}"#),
        Line(name: "HTTP metadata", json: #"{"metadata":{"method":"GET"}}"#),
        Line(
            name: "HTTP access log",
            json: #"{"metadata":{"method":"POST","path":"/orders","status":201},"duration":12}"#),
        Line(name: "bare Consumer", json: #"{"Consumer":"kafka-1","lag":3}"#),
        Line(name: "records as a count", json: #"{"msg":"batch","Records":12}"#),
        Line(name: "an eventID alone", json: #"{"msg":"handled","eventID":"e-1"}"#),
        Line(name: "empty object", json: #"{}"#),
        Line(name: "array of numbers", json: #"[1,2,3]"#),
        Line(name: "array of log lines", json: #"[{"level":30,"msg":"a"},{"level":30,"msg":"b"}]"#),
        Line(name: "string", json: #""hello""#),
    ]

    @Test(arguments: noise)
    func ordinaryLogLinesDoNotLookLikePayloads(_ line: Line) throws {
        let document = try JSONDocument(parsing: line.json)
        #expect(PayloadKind.detect(in: document) == nil)
        #expect(!PayloadKind.looksLikePayload(in: document, at: 0))
    }

    /// Broken or partial payloads that detection cannot place but that are plainly meant as payloads.
    static let undetectedPayloads: [Line] = [
        Line(
            name: "one Kinesis record",
            json: #"{"kinesis":{"data":"eA==","partitionKey":"p"},"eventSource":"aws:kinesis"}"#),
        Line(name: "one DynamoDB record body", json: #"{"dynamodb":{"Keys":{"pk":{"S":"1"}}}}"#),
        Line(name: "Records of unknown records", json: #"{"Records":[{"id":1}]}"#),
        Line(name: "lower-case records", json: #"{"records":[{"data":"eA=="}]}"#),
        Line(
            name: "tumbling window without ARN", json: #"{"Records":[],"window":{"start":"a","end":"b"},"shardId":"s"}"#
        ),
        Line(name: "event id and name", json: #"{"eventID":"1","eventName":"INSERT"}"#),
        Line(name: "mapping without ARNs", json: #"{"UUID":"u","BatchSize":10}"#),
        Line(name: "KubeMQ without method", json: #"{"metadata":{"stream_name":"s"},"data":null}"#),
        Line(name: "SubscribeToShard event stream", json: #"{"SubscribeToShardEvent":{"Records":[]}}"#),
        Line(name: "Kinesis API input", json: #"{"StreamName":"orders"}"#),
        Line(name: "array holding a record", json: #"[{"level":30},{"eventSource":"aws:kinesis"}]"#),
    ]

    @Test(arguments: undetectedPayloads)
    func payloadsDetectionCannotPlaceStillLookLikePayloads(_ line: Line) throws {
        let document = try JSONDocument(parsing: line.json)
        #expect(PayloadKind.detect(in: document) == nil)
        #expect(PayloadKind.looksLikePayload(in: document, at: 0))
    }

    @Test func aMemberNameWithEscapesIsRecognised() throws {
        let document = try JSONDocument(parsing: #"{"event\u0053ource":"aws:kinesis"}"#)
        #expect(PayloadKind.looksLikePayload(in: document, at: 0))
    }

    @Test func theValueAtAnIndexIsJudgedNotTheRoot() throws {
        let document = try JSONDocument(parsing: #"{"level":30,"event":{"batchItemFailures":[]}}"#)
        #expect(!PayloadKind.looksLikePayload(in: document, at: 0))
        let event = try #require(document.member(0, named: "event"))
        #expect(PayloadKind.looksLikePayload(in: document, at: event))
    }

    /// Every document of every committed fixture is detected as the kind its folder names.
    @Test func everyFixtureIsDetectedAsItsFoldersKind() throws {
        let fixtures = Self.repository.appendingPathComponent("Fixtures")
        var files = 0
        for folder in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() {
            let kind = PayloadKind(rawValue: folder)
            guard ContractSchemas.kinds.contains(kind) else { continue }
            for file in try FileManager.default.contentsOfDirectory(
                atPath: fixtures.appendingPathComponent(folder).path)
            {
                let bytes = [UInt8](
                    try Data(contentsOf: fixtures.appendingPathComponent(folder).appendingPathComponent(file)))
                let captured = CaptureReader.documents(in: bytes, source: "\(folder)/\(file)")
                #expect(!captured.isEmpty, "\(folder)/\(file)")
                files += 1
                for document in captured {
                    let parsed = try #require(document.document, "\(document)")
                    #expect(PayloadKind.detect(in: parsed) == kind, "\(document)")
                    #expect(PayloadKind.looksLikePayload(in: parsed, at: 0), "\(document)")
                }
            }
        }
        #expect(files > 0)
    }

    /// Every committed sample and every valid schema example looks like a payload — except `{}` and `null`, valid
    /// batch responses that are also everywhere in logs.
    @Test func everySampleAndValidSchemaExampleLooksLikeAPayload() throws {
        let samples = Self.repository.appendingPathComponent("Tests/StreamEventsTests/Samples")
        var files = try FileManager.default.contentsOfDirectory(atPath: samples.path).map {
            samples.appendingPathComponent($0)
        }
        let examples = Self.repository.appendingPathComponent("Schemas/examples")
        for kind in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
            let valid = examples.appendingPathComponent(kind).appendingPathComponent("valid")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: valid.path)) ?? []
            files += names.map { valid.appendingPathComponent($0) }
        }
        #expect(files.count > 100)
        for file in files where file.pathExtension == "json" {
            let document = try JSONDocument(parsing: [UInt8](try Data(contentsOf: file)))
            let isEmpty = document.kind(0) == .null || (document.kind(0) == .object && document.childCount(0) == 0)
            #expect(PayloadKind.looksLikePayload(in: document, at: 0) == !isEmpty, "\(file.lastPathComponent)")
        }
    }
}
