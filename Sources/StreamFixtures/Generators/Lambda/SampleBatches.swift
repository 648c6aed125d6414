import Foundation
import StreamEvents
import StreamJSON

/// Minimal input batches for the response generators' `generate(_:seed:)` entry points.
///
/// The response kinds (partial batch responses, tumbling-window responses, on-failure records) are drawn from a batch
/// the caller passes in. When the CLI asks for one without a batch, these make a small, consistent one: records of one
/// shard with increasing sequence numbers and arrival times, the ARNs of one environment. They cover only what the
/// response generators read; the full event generators live with the Kinesis and DynamoDB generators.
enum SampleBatches {
    /// A Kinesis event of 1–`maximumRecords` records from one shard, optionally with tumbling-window members.
    static func kinesisEvent(maximumRecords: Int, tumbling: Bool, using random: inout SeededRandom) -> KinesisEvent {
        let environment = AWSEnvironment.random.run(using: &random)
        let streamName = ResourceName.stream().run(using: &random)
        let streamARN = environment.arn(service: "kinesis", resource: "stream/" + streamName)
        let roleARN = environment.arn(
            service: "iam", resource: "role/" + ResourceName.role().run(using: &random), regional: false)
        var clock = SimulatedClock()
        clock.advance(by: 0...(180 * 86_400_000), using: &random)
        let shardCount = random.int(in: 1...8)
        let ranges = KinesisShardRanges(shardCount: shardCount)
        let firstKey = KinesisRecordContent.partitionKey(using: &random)
        let shardIndex = ranges?.shardIndex(forPartitionKey: firstKey) ?? 0
        var log = ShardSequenceLog(
            shardIndex: shardIndex, shardCreationSeconds: clock.millisecondsSince1970 / 1000 - 86_400 * 30,
            using: &random)
        let count = random.int(in: 1...max(maximumRecords, 1))
        var records: [KinesisEventRecord] = []
        var key = firstKey
        for index in 0..<count {
            if index > 0 {
                repeat {
                    key = KinesisRecordContent.partitionKey(using: &random)
                } while ranges?.shardIndex(forPartitionKey: key) ?? 0 != shardIndex
            }
            clock.advance(by: 0...1500, using: &random)
            let arrival = clock.millisecondsSince1970
            let sequence = log.append(arrivalMilliseconds: arrival)
            let payload = KinesisRecordPayload(
                partitionKey: key, sequenceNumber: sequence,
                data: KinesisRecordContent.base64Payload(using: &random, arrivalMilliseconds: arrival),
                approximateArrivalTimestamp: AWSTimestamp(
                    epochNumber: TimestampText.epochSecondsNumber(milliseconds: arrival)))
            records.append(
                KinesisEventRecord(
                    eventID: log.shardID + ":" + sequence, eventSourceARN: streamARN, invokeIdentityArn: roleARN,
                    awsRegion: environment.region, kinesis: payload))
        }
        var event = KinesisEvent(records: records)
        if tumbling { addWindow(to: &event, shardID: log.shardID, streamARN: streamARN, using: &random) }
        return event
    }

    /// A DynamoDB event of 1–`maximumRecords` keys-only records, optionally with tumbling-window members.
    static func dynamoDBEvent(maximumRecords: Int, tumbling: Bool, using random: inout SeededRandom) -> DynamoDBEvent {
        let environment = AWSEnvironment.random.run(using: &random)
        let table = ResourceName.table().run(using: &random)
        var clock = SimulatedClock()
        clock.advance(by: 0...(180 * 86_400_000), using: &random)
        let streamARN = environment.arn(
            service: "dynamodb",
            resource: "table/" + table + "/stream/"
                + TimestampText.streamLabel(milliseconds: clock.millisecondsSince1970))
        clock.advance(by: 1...3_600_000, using: &random)
        let shardID = DynamoDBShardNaming.shardID(
            createdAt: clock.millisecondsSince1970, suffix: Gen<String>.hex(length: 8).run(using: &random))
        clock.advance(by: 1000...600_000, using: &random)  // records come after their shard, in whole seconds
        let prefix = random.int(in: 1...9)
        var counter = random.next(below: 100_000_000_000)
        let count = random.int(in: 1...max(maximumRecords, 1))
        var records: [DynamoDBEventRecord] = []
        for _ in 0..<count {
            clock.advance(by: 0...2000, using: &random)
            counter += random.next(below: 1000) + 1
            let key = "order#" + String(random.int(in: 1000...999_999))
            let change = DynamoDBStreamRecord(
                approximateCreationDateTime: AWSTimestamp(epochNumber: JSONNumber(clock.millisecondsSince1970 / 1000)),
                keys: ["pk": .string(key)],
                sequenceNumber: String(prefix) + TimestampText.pad(counter, 20),
                sizeBytes: 2 + key.utf8.count,
                streamViewType: .keysOnly)
            let name: DynamoDBEventName = random.element(of: [.insert, .modify, .remove]) ?? .insert
            records.append(
                DynamoDBEventRecord(
                    eventID: Gen<String>.hex(length: 32).run(using: &random), eventName: name,
                    awsRegion: environment.region, dynamodb: change, eventSourceARN: streamARN))
        }
        var event = DynamoDBEvent(records: records)
        if tumbling {
            var kinesisShaped = KinesisEvent(records: [])
            addWindow(to: &kinesisShaped, shardID: shardID, streamARN: streamARN, using: &random)
            event.window = kinesisShaped.window
            event.state = kinesisShaped.state
            event.shardId = shardID
            event.eventSourceARN = streamARN
            event.isFinalInvokeForWindow = kinesisShaped.isFinalInvokeForWindow
            event.isWindowTerminatedEarly = kinesisShaped.isWindowTerminatedEarly
        }
        return event
    }

    /// Adds tumbling-window members with a previous state to `event`.
    private static func addWindow(
        to event: inout KinesisEvent, shardID: String, streamARN: String, using random: inout SeededRandom
    ) {
        let seconds = random.element(of: [60, 120, 300, 900]) ?? 120
        let start = 1_704_067_200 + Int64(random.int(in: 0...10_000)) * Int64(seconds)
        event.window = TimeWindow(start: Date(timeIntervalSince1970: TimeInterval(start)), seconds: seconds)
        event.state =
            random.bool(probability: 0.3)
            ? .object(JSONObject())
            : .object(
                JSONObject([.init(key: "count", value: .number(JSONNumber(random.int(in: 1...500))))]))
        event.shardId = shardID
        event.eventSourceARN = streamARN
        event.isFinalInvokeForWindow = random.bool(probability: 0.3)
        event.isWindowTerminatedEarly = false
    }
}

/// DynamoDB Streams shard ids as AWS issues them: `shardId-<20-digit epoch millis>-<8 hex>`.
enum DynamoDBShardNaming {
    /// The shard id of a shard created at `createdAt` (milliseconds since 1970) with an 8-hex-digit suffix.
    static func shardID(createdAt: Int64, suffix: String) -> String {
        "shardId-" + TimestampText.pad(max(createdAt, 0), 20) + "-" + suffix
    }
}
