/// One record of a ``FirehoseTransformationEvent``: its id, arrival time, data and, with a Kinesis source, where it
/// came from.
///
/// ```swift
/// let record = FirehoseTransformationRecord(
///     recordId: "49647888802629322072519528340475047711767296381468803122000000000000000000000",
///     approximateArrivalTimestamp: AWSTimestamp(epochNumber: JSONNumber(1704153600123)),
///     data: "eyJvcmRlcklkIjoiby0xIn0=", kinesisRecordMetadata: metadata)
/// ```
public struct FirehoseTransformationRecord: Codable, Hashable, Sendable {
    /// Firehose's id of the record; the response answers it with the same id.
    public var recordId: String
    /// When Firehose received the record: epoch **milliseconds** (read it with `date(unit: .milliseconds)`).
    public var approximateArrivalTimestamp: AWSTimestamp
    /// The record blob as standard padded base64 text, exactly as on the wire.
    public var data: String
    /// Where the record came from in the source Kinesis stream; `nil` for other sources.
    public var kinesisRecordMetadata: FirehoseKinesisRecordMetadata?

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - recordId: Firehose's record id.
    ///   - approximateArrivalTimestamp: the arrival time, epoch milliseconds.
    ///   - data: the blob as base64 text.
    ///   - kinesisRecordMetadata: the Kinesis source metadata, or `nil` to omit the member.
    public init(
        recordId: String, approximateArrivalTimestamp: AWSTimestamp, data: String,
        kinesisRecordMetadata: FirehoseKinesisRecordMetadata? = nil
    ) {
        self.recordId = recordId
        self.approximateArrivalTimestamp = approximateArrivalTimestamp
        self.data = data
        self.kinesisRecordMetadata = kinesisRecordMetadata
    }

    enum CodingKeys: String, CodingKey {
        case recordId, approximateArrivalTimestamp, data, kinesisRecordMetadata
    }
}
