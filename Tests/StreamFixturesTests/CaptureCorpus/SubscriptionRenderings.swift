import Foundation
import StreamJSON

extension LogRendering {
    /// Log events per `DATA_MESSAGE` (CloudWatch Logs batches a stream's events; a message may end in the next).
    static let eventsPerDataMessage = 8

    /// The Lambda event a subscription filter sends: `{"awslogs":{"data":base64(gzip(DATA_MESSAGE))}}`
    /// (EventContract §E.6).
    static let subscriptionPayload = LogRendering(
        name: "cloudwatch-subscription", family: .jsonValues, fileExtension: "json"
    ) { stream in
        let data = Data(Gzip.member(dataMessage(stream, events: stream.events[...]))).base64EncodedString()
        return Array("{\"awslogs\":{\"data\":\"\(data)\"}}\n".utf8)
    }

    /// Decompressed Firehose records: a `CONTROL_MESSAGE`, then `DATA_MESSAGE`s glued with no separator (`}{`).
    static let dataMessagesConcatenated = LogRendering(
        name: "data-messages-concatenated", family: .jsonValues, fileExtension: "json",
        addedNoise: NoiseTally(telemetryJSON: 1)
    ) { stream in
        Array(controlMessage.utf8) + dataMessages(stream).joined()
    }

    /// Decompressed Firehose records with Firehose's newline delimiter: one record per line.
    static let dataMessagesPerLine = LogRendering(
        name: "data-messages-per-line", family: .lines, fileExtension: "jsonl",
        addedNoise: NoiseTally(telemetryJSON: 1)
    ) { stream in
        ([Array(controlMessage.utf8)] + dataMessages(stream)).flatMap { $0 + [0x0A] }
    }

    /// A Firehose S3 object: gzip members back to back, each holding records glued together; the first starts
    /// with the `CONTROL_MESSAGE` (formats.md §4).
    static let firehoseObject = LogRendering(
        name: "firehose-object", family: .standalone, fileExtension: "",
        addedNoise: NoiseTally(telemetryJSON: 1)
    ) { stream in
        let records = [Array(controlMessage.utf8)] + dataMessages(stream)
        let members = stride(from: 0, to: records.count, by: 2).map { records[$0..<min($0 + 2, records.count)] }
        return Gzip.members(members.map { Array($0.joined()) })
    }

    /// The health check CloudWatch Logs sends when a subscription is created: not a document.
    static let controlMessage =
        "{\"messageType\":\"CONTROL_MESSAGE\",\"owner\":\"CloudwatchLogs\",\"logGroup\":\"\",\"logStream\":\"\","
        + "\"subscriptionFilters\":[],\"logEvents\":[{\"id\":\"\",\"timestamp\":1714564800000,"
        + "\"message\":\"CWL CONTROL MESSAGE: Checking health of destination Firehose.\"}]}"

    /// The stream's events as compact `DATA_MESSAGE`s of at most ``eventsPerDataMessage`` events each.
    static func dataMessages(_ stream: LambdaLogStream) -> [[UInt8]] {
        stride(from: 0, to: stream.events.count, by: eventsPerDataMessage).map {
            dataMessage(stream, events: stream.events[$0..<min($0 + eventsPerDataMessage, stream.events.count)])
        }
    }

    /// One compact `DATA_MESSAGE`, members in the order AWS sends them.
    static func dataMessage(_ stream: LambdaLogStream, events: ArraySlice<LogEvent>) -> [UInt8] {
        let logEvents = events.map { event in
            JSONValue.members([
                "id": .string(event.eventId), "timestamp": .int(event.timestamp.milliseconds),
                "message": .string(event.message),
            ])
        }
        return JSONWriter.bytes(
            of: .members([
                "messageType": .string("DATA_MESSAGE"), "owner": .string("123456789012"),
                "logGroup": .string(stream.logGroup), "logStream": .string(stream.streamName),
                "subscriptionFilters": .array([.string("events")]), "logEvents": .array(logEvents),
            ]))
    }
}
