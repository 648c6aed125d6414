import StreamFixtures
import Synchronization

/// One CloudWatch Logs event: what `FilterLogEvents` returns and every export is a rendering of.
struct LogEvent: Sendable {
    /// When the function wrote it.
    var timestamp: LogTimestamp
    /// The message, byte for byte (a runtime-framed record keeps its final newline).
    var message: String
    /// The 56-digit event id CloudWatch Logs assigns.
    var eventId: String

    /// When CloudWatch Logs ingested it (a fixed delay after `timestamp`).
    var ingestionTime: Int64 { timestamp.milliseconds + 187 }
}

/// What a capture holds besides the events: values that must be counted as `other` (or skipped), never as
/// documents and never as errors.
struct NoiseTally: Sendable, Hashable {
    /// JSON values that are neither events nor telemetry: application log lines, EMF metric objects.
    /// Each must count as `other`.
    var appJSON = 0
    /// `platform.*` telemetry records and CloudWatch `CONTROL_MESSAGE`s: `other`, or skipped outright.
    var telemetryJSON = 0
    /// Plain-text messages (`START`, `END`, `REPORT`, `INIT_START`): not JSON in a text log, but each a JSON value
    /// of its own (a string, counted as `other`) where a rendering writes every message as one.
    var textMessages = 0

    static func + (lhs: NoiseTally, rhs: NoiseTally) -> NoiseTally {
        NoiseTally(
            appJSON: lhs.appJSON + rhs.appJSON, telemetryJSON: lhs.telemetryJSON + rhs.telemetryJSON,
            textMessages: lhs.textMessages + rhs.textMessages)
    }

    /// The tally as a rendering that writes every message as a JSON value of its own sees it: text messages are
    /// values that are not payloads.
    var withTextMessagesAsValues: NoiseTally {
        NoiseTally(appJSON: appJSON + textMessages, telemetryJSON: telemetryJSON, textMessages: 0)
    }
}

/// The log stream of a Lambda function that logged each event of a set, one invocation per event, with the
/// platform lines and application noise real streams have around it.
///
/// An invocation is: (cold start only) `INIT_START`, `START`, the style's messages for the event, an application
/// JSON log line, an EMF metric object, `END`, `REPORT` — or the `platform.*` JSON records instead of the text
/// lines when the function uses Lambda's JSON log format.
struct LambdaLogStream: Sendable {
    /// The log group, `/aws/lambda/<function>`.
    var logGroup = "/aws/lambda/orders-consumer"
    /// The log stream, `YYYY/MM/DD/[$LATEST]<32 hex>`.
    var streamName: String
    /// The events in time order.
    var events: [LogEvent]
    /// The JSON values that are not events.
    var noise = NoiseTally()

    /// Streams already built, shared by the many renderings of one stream.
    private static let built = Mutex<[String: LambdaLogStream]>([:])

    /// The stream for `set` logged in `style`, built once.
    ///
    /// - Throws: `JSONSyntaxError` if an event is not JSON (a bug in the corpus).
    static func of(_ set: CorpusEventSet, style: LoggingStyle) throws -> LambdaLogStream {
        let key = "\(style.rawValue) \(set)"
        if let stream = built.withLock({ $0[key] }) { return stream }
        let stream = try LambdaLogStream(set, style: style)
        built.withLock { $0[key] = stream }
        return stream
    }

    /// Builds the stream for `set` logged in `style`.
    ///
    /// - Throws: `JSONSyntaxError` if an event is not JSON (a bug in the corpus).
    init(_ set: CorpusEventSet, style: LoggingStyle) throws {
        let styleIndex = LoggingStyle.allCases.firstIndex(of: style) ?? 0
        var random = SeededRandom(seed: set.seed.derived(index: 2_000 + styleIndex))
        streamName = "2024/05/01/[$LATEST]" + Self.hex(&random, digits: 32)
        events = []
        var time = LogTimestamp.corpusStart
        func log(_ message: String) {
            events.append(LogEvent(timestamp: time, message: message, eventId: Self.eventId(&random)))
            time = time.adding(milliseconds: Int64(random.int(in: 0...3)))
        }
        for (index, event) in set.events.enumerated() {
            let requestId = Self.requestId(&random)
            if style.usesJSONLogFormat {
                if index == 0 {
                    log(
                        "{\"time\":\"\(time.isoMillisZ)\",\"type\":\"platform.initStart\",\"record\":{"
                            + "\"initializationType\":\"on-demand\",\"phase\":\"init\","
                            + "\"runtimeVersion\":\"nodejs:20.v22\"}}\n"
                    )
                    noise.telemetryJSON += 1
                }
                log(
                    "{\"time\":\"\(time.isoMillisZ)\",\"type\":\"platform.start\",\"record\":{"
                        + "\"requestId\":\"\(requestId)\",\"version\":\"$LATEST\"}}\n")
                noise.telemetryJSON += 1
            } else {
                if index == 0 {
                    log(
                        "INIT_START Runtime Version: nodejs:20.v22\tRuntime Version ARN: "
                            + "arn:aws:lambda:us-east-1::runtime:0123456789abcdef0123456789abcdef\n")
                    noise.textMessages += 1
                }
                log("START RequestId: \(requestId) Version: $LATEST\n")
                noise.textMessages += 1
            }
            for message in try style.messages(for: event, requestId: requestId, at: time) { log(message) }
            log("{\"level\":\"info\",\"msg\":\"ok\",\"handled\":\(index + 1)}")
            log(
                "{\"_aws\":{\"Timestamp\":\(time.milliseconds),\"CloudWatchMetrics\":[{\"Namespace\":\"Orders\","
                    + "\"Dimensions\":[[\"Service\"]],\"Metrics\":[{\"Name\":\"Processed\",\"Unit\":\"Count\"}]}]},"
                    + "\"Service\":\"orders\",\"Processed\":\(index + 1)}")
            noise.appJSON += 2
            if style.usesJSONLogFormat {
                log(
                    "{\"time\":\"\(time.isoMillisZ)\",\"type\":\"platform.report\",\"record\":{"
                        + "\"requestId\":\"\(requestId)\",\"metrics\":{\"durationMs\":2.56,\"billedDurationMs\":3,"
                        + "\"memorySizeMB\":128,\"maxMemoryUsedMB\":38},\"status\":\"success\"}}\n")
                noise.telemetryJSON += 1
            } else {
                log("END RequestId: \(requestId)\n")
                log(
                    "REPORT RequestId: \(requestId)\tDuration: 2.56 ms\tBilled Duration: 3 ms\tMemory Size: 128 MB\t"
                        + "Max Memory Used: 38 MB\t\n")
                noise.textMessages += 2
            }
            time = LogTimestamp(milliseconds: (time.milliseconds / 1000 + 1) * 1000)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ random: inout SeededRandom, digits: Int) -> String {
        String(decoding: (0..<digits).map { _ in hexDigits[random.int(in: 0...15)] }, as: UTF8.self)
    }

    private static func requestId(_ random: inout SeededRandom) -> String {
        [8, 4, 4, 4, 12].map { hex(&random, digits: $0) }.joined(separator: "-")
    }

    private static func eventId(_ random: inout SeededRandom) -> String {
        "3" + String(decoding: (0..<55).map { _ in hexDigits[random.int(in: 0...9)] }, as: UTF8.self)
    }
}
