import Foundation
import StreamEvents
import StreamJSON

/// The parts of an ARN, `arn:<partition>:<service>:<region>:<account>:<resource>`.
struct ARNParts: Hashable, Sendable {
    var partition: String
    var service: String
    var region: String
    var account: String
    var resource: String

    /// Splits an ARN at its first five colons; `nil` when it has fewer or does not start with `arn:`.
    init?(_ arn: String) {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn" else { return nil }
        partition = String(parts[1])
        service = String(parts[2])
        region = String(parts[3])
        account = String(parts[4])
        resource = String(parts[5])
    }

    /// The environment the ARN lives in, or `fallback` when it names no region or a malformed account.
    func environment(fallback: AWSEnvironment) -> AWSEnvironment {
        guard !region.isEmpty, account.utf8.count == 12, account.utf8.allSatisfy({ $0 &- 48 < 10 }) else {
            return fallback
        }
        return AWSEnvironment(
            partition: AWSPartition(rawValue: partition), region: AWSRegion(rawValue: region),
            accountID: account)
    }
}

/// What the Lambda response generators need to know about one delivered batch, whatever its source.
struct StreamBatchFacts: Sendable {
    /// The source kind of the batch.
    enum Source: Sendable { case kinesis, dynamoDB }

    var source: Source
    /// Per record, in batch order: the item identifier Lambda expects back (the sequence number).
    var identifiers: [String]
    /// Per record, in batch order: when it arrived, in milliseconds since 1970.
    var arrivals: [Int64]
    /// The shard of the batch, when the event names it.
    var shardID: String?
    /// The stream ARN of the batch.
    var streamARN: String
    /// The previous window state, when the event carries one.
    var state: JSONValue?
    /// Whether this is the last invoke of its tumbling window.
    var isFinalInvokeForWindow: Bool?

    init(_ event: KinesisEvent) {
        source = .kinesis
        identifiers = event.records.map(\.kinesis.sequenceNumber)
        arrivals = event.records.map { StreamBatchFacts.milliseconds($0.kinesis.approximateArrivalTimestamp) }
        let eventIDShard = event.records.first.flatMap { record in
            record.eventID.split(separator: ":", maxSplits: 1).first.map(String.init)
        }
        shardID = event.shardId ?? eventIDShard
        streamARN = event.records.first?.eventSourceARN ?? event.eventSourceARN ?? ""
        state = event.state
        isFinalInvokeForWindow = event.isFinalInvokeForWindow
    }

    init(_ event: DynamoDBEvent) {
        source = .dynamoDB
        let sequenced = event.records.filter { $0.dynamodb.sequenceNumber != nil }
        identifiers = sequenced.compactMap(\.dynamodb.sequenceNumber)
        arrivals = sequenced.map { record in
            record.dynamodb.approximateCreationDateTime.map(StreamBatchFacts.milliseconds) ?? 0
        }
        shardID = event.shardId
        streamARN = event.records.first?.eventSourceARN ?? event.eventSourceARN ?? ""
        state = event.state
        isFinalInvokeForWindow = event.isFinalInvokeForWindow
    }

    /// The instant of an epoch-seconds (or ISO) timestamp, rounded to the millisecond.
    static func milliseconds(_ timestamp: AWSTimestamp) -> Int64 {
        guard let date = timestamp.date(unit: .seconds) else { return 0 }
        let value = (date.timeIntervalSince1970 * 1000).rounded()
        return Int64(exactly: value) ?? 0
    }
}
