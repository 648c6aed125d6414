/// The event Amazon Data Firehose passes to a data-transformation function, here with a Kinesis data stream as
/// the delivery stream's source.
///
/// Firehose buffers records, invokes the function with them and expects one answer per record
/// (``FirehoseTransformationResponse``), matched by `recordId`
/// (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html). With a Kinesis source the event
/// names the stream and each record carries where it came from (``FirehoseKinesisRecordMetadata``).
///
/// ```swift
/// let event = FirehoseTransformationEvent(
///     invocationId: "2b4d1ad9-2f48-94bd-a088-767c317e994a",
///     deliveryStreamArn: "arn:aws:firehose:us-east-1:111122223333:deliverystream/orders-to-s3",
///     sourceKinesisStreamArn: "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
///     region: .usEast1, records: [record])
/// ```
public struct FirehoseTransformationEvent: Codable, Hashable, Sendable {
    /// The invocation's id (a UUID).
    public var invocationId: String
    /// The delivery stream ARN, `arn:aws:firehose:<region>:<account>:deliverystream/<name>`.
    public var deliveryStreamArn: String
    /// The Kinesis data stream the delivery stream reads; `nil` for other sources (Direct PUT).
    public var sourceKinesisStreamArn: String?
    /// The delivery stream's region.
    public var region: AWSRegion
    /// The records to transform.
    public var records: [FirehoseTransformationRecord]

    /// Creates an event.
    ///
    /// - Parameters:
    ///   - invocationId: the invocation id.
    ///   - deliveryStreamArn: the delivery stream ARN.
    ///   - sourceKinesisStreamArn: the source stream ARN, or `nil` to omit the member.
    ///   - region: the delivery stream's region.
    ///   - records: the records.
    public init(
        invocationId: String, deliveryStreamArn: String, sourceKinesisStreamArn: String? = nil, region: AWSRegion,
        records: [FirehoseTransformationRecord]
    ) {
        self.invocationId = invocationId
        self.deliveryStreamArn = deliveryStreamArn
        self.sourceKinesisStreamArn = sourceKinesisStreamArn
        self.region = region
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case invocationId, deliveryStreamArn, sourceKinesisStreamArn, region, records
    }
}
