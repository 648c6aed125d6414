import Foundation
public import StreamEvents
import StreamJSON

extension FirehoseTransformationEvent {
    /// Generates `options.count` Firehose transformation events whose delivery stream reads a Kinesis data stream:
    /// the entry point of `stream-fixtures generate firehose-transformation-event`.
    ///
    /// Each event carries the records of one generated Kinesis batch as Firehose reads them: `kinesisRecordMetadata`
    /// with the record's shard, partition key, sequence number and Kinesis arrival time in milliseconds, a Firehose
    /// arrival time a little later, and a `recordId` built from the sequence number. KPL aggregates are left out:
    /// Firehose de-aggregates them before it invokes the function. The delivery stream is in the stream's region
    /// and account.
    ///
    /// - Parameters:
    ///   - options: What to generate (`aggregationShare` and `windowSeconds` are ignored).
    ///   - seed: The seed; the same seed and options give byte-identical events.
    /// - Returns: The events.
    ///
    /// ```swift
    /// let events = FirehoseTransformationEvent.generate(KinesisOptions(count: 2, records: 5), seed: 7)
    /// ```
    public static func generate(_ options: KinesisOptions, seed: Seed) -> [FirehoseTransformationEvent] {
        var options = options
        options.aggregationShare = 0
        options.windowSeconds = nil
        var random = SeededRandom(seed: seed)
        return KinesisEvent.generate(options, seed: seed).map { event in
            let environment = AWSEnvironment(region: options.region, accountID: options.accountID)
            let source =
                event.records.first?.eventSourceARN
                ?? environment.arn(service: "kinesis", resource: "stream/" + (options.streamName ?? "stream"))
            let delivery =
                source.replacingOccurrences(of: ":kinesis:", with: ":firehose:")
                .replacingOccurrences(of: ":stream/", with: ":deliverystream/") + "-to-s3"
            let records = event.records.map { record in
                let kinesisMilliseconds = milliseconds(record.kinesis.approximateArrivalTimestamp)
                let firehoseMilliseconds = kinesisMilliseconds + Int64(random.int(in: 20...1_500))
                let shard = String(record.eventID.prefix { $0 != ":" })
                return FirehoseTransformationRecord(
                    recordId: record.kinesis.sequenceNumber + String(repeating: "0", count: 21),
                    approximateArrivalTimestamp: AWSTimestamp(epochNumber: JSONNumber(firehoseMilliseconds)),
                    data: record.kinesis.data,
                    kinesisRecordMetadata: FirehoseKinesisRecordMetadata(
                        shardId: shard, partitionKey: record.kinesis.partitionKey,
                        approximateArrivalTimestamp: AWSTimestamp(
                            epochNumber: JSONNumber(kinesisMilliseconds)),
                        sequenceNumber: record.kinesis.sequenceNumber, subsequenceNumber: .number(0)))
            }
            return FirehoseTransformationEvent(
                invocationId: randomUUID(using: &random), deliveryStreamArn: delivery,
                sourceKinesisStreamArn: source, region: event.records.first?.awsRegion ?? options.region,
                records: records)
        }
    }

    /// Epoch milliseconds of a Kinesis arrival time (epoch seconds with a millisecond fraction).
    static func milliseconds(_ timestamp: AWSTimestamp) -> Int64 {
        let seconds = timestamp.date()?.timeIntervalSince1970 ?? 0
        return Int64((seconds * 1_000).rounded())
    }
}

extension FirehoseTransformationResponse {
    /// Generates the responses a transformation function gives to the events ``FirehoseTransformationEvent``
    /// generates for the same options and seed: one answer per record, in record order, with the record's
    /// `recordId`; most `Ok`, some `Dropped`, a few `ProcessingFailed`.
    ///
    /// - Parameters:
    ///   - options: The options of the events answered.
    ///   - seed: The seed of the events answered.
    /// - Returns: One response per event.
    ///
    /// ```swift
    /// let responses = FirehoseTransformationResponse.generate(KinesisOptions(count: 2, records: 5), seed: 7)
    /// ```
    public static func generate(_ options: KinesisOptions, seed: Seed) -> [FirehoseTransformationResponse] {
        var random = SeededRandom(seed: seed)
        _ = random.next()
        return FirehoseTransformationEvent.generate(options, seed: seed).map { event in
            FirehoseTransformationResponse(
                records: event.records.map { record in
                    let roll = random.int(in: 0...19)
                    let status: FirehoseTransformationStatus =
                        roll < 16 ? .ok : roll < 19 ? .dropped : .processingFailed
                    return FirehoseTransformationResult(recordId: record.recordId, result: status, data: record.data)
                })
        }
    }
}
