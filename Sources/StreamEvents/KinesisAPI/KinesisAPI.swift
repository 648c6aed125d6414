/// Models of the Kinesis Data Streams API (botocore `kinesis` 2013-12-02, JSON protocol).
///
/// These are the shapes a test meets around a Lambda stream consumer: enhanced fan-out consumers
/// (`RegisterStreamConsumer`, `SubscribeToShard` and its `SubscribeToShardEvent`), stream summaries,
/// `PutRecord(s)`, `GetRecords` and shards. They live in this namespace because the API's `Record`,
/// `Shard` and `StartingPosition` differ from the Lambda event types of the same names.
///
/// On the wire timestamps are epoch seconds, while AWS CLI v2 prints ISO-8601 text; both decode
/// into `AWSTimestamp` and re-encode in their own form. Blobs (`Data`) are base64 text.
///
/// ```swift
/// let output = try JSONDecoder().decode(KinesisAPI.GetRecordsOutput.self, from: cliOutput)
/// for record in output.records {
///     print(record.partitionKey, try record.dataText())
/// }
/// ```
public enum KinesisAPI {}
