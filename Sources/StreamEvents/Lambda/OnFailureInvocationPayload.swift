/// The whole invocation event an on-failure record carries under `payload` when its destination is an S3 bucket.
///
/// For Amazon S3 destinations Lambda writes the invocation record of the discarded batch beside the metadata; SQS
/// and SNS destinations get the metadata only
/// (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html). The event is the one the
/// function was (or would have been) invoked with, so its records are the ones the batch information describes.
///
/// ```swift
/// if case .kinesis(let event) = failure.payload {
///     print(event.records.count)   // == failure.kinesisBatchInfo?.batchSize
/// }
/// ```
public enum OnFailureInvocationPayload: Hashable, Sendable {
    /// The event of a discarded Kinesis batch (beside `KinesisBatchInfo`).
    case kinesis(KinesisEvent)
    /// The event of a discarded DynamoDB stream batch (beside `DDBStreamBatchInfo`).
    case dynamoDB(DynamoDBEvent)
}
