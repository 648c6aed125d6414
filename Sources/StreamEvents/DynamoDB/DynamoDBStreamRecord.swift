/// The `dynamodb` object of a stream record: the keys, images and bookkeeping of one change.
///
/// Members absent from a payload stay `nil` and are not written back, so absent and present
/// members round-trip. `ApproximateCreationDateTime` keeps its wire form: whole seconds
/// (`1550272599`), a float (`1.578648338E9`), or milliseconds/microseconds in the Kinesis Data
/// Streams for DynamoDB variant.
///
/// ```swift
/// let change = DynamoDBStreamRecord(
///     approximateCreationDateTime: AWSTimestamp(epochSeconds: 1704153600),
///     keys: ["pk": "order#1"],
///     newImage: ["pk": "order#1", "total": 12.5],
///     sequenceNumber: "700000000000000000001",
///     sizeBytes: 26,
///     streamViewType: .newImage)
/// ```
public struct DynamoDBStreamRecord: Codable, Hashable, Sendable {
    /// When the change was made, epoch seconds rounded down (milliseconds or microseconds in
    /// Kinesis Data Streams for DynamoDB records).
    public var approximateCreationDateTime: AWSTimestamp?
    /// The primary key attributes of the changed item.
    public var keys: AttributeMap
    /// The item after the change, when the view type includes it.
    public var newImage: AttributeMap?
    /// The item before the change, when the view type includes it.
    public var oldImage: AttributeMap?
    /// The record's sequence number (21–40 digits in real streams; doc samples use `"111"`).
    public var sequenceNumber: String?
    /// The size of keys and images in bytes, by DynamoDB's item-size rules.
    public var sizeBytes: Int?
    /// The stream's view type.
    public var streamViewType: StreamViewType?

    /// Creates a stream record.
    ///
    /// - Parameters:
    ///   - approximateCreationDateTime: the change time; `nil` omits the member.
    ///   - keys: the key attributes.
    ///   - newImage: the item after the change, or `nil`.
    ///   - oldImage: the item before the change, or `nil`.
    ///   - sequenceNumber: the sequence number, or `nil` (Kinesis Data Streams for DynamoDB).
    ///   - sizeBytes: the size in bytes, or `nil`.
    ///   - streamViewType: the view type, or `nil` (Kinesis Data Streams for DynamoDB).
    public init(
        approximateCreationDateTime: AWSTimestamp? = nil,
        keys: AttributeMap,
        newImage: AttributeMap? = nil,
        oldImage: AttributeMap? = nil,
        sequenceNumber: String? = nil,
        sizeBytes: Int? = nil,
        streamViewType: StreamViewType? = nil
    ) {
        self.approximateCreationDateTime = approximateCreationDateTime
        self.keys = keys
        self.newImage = newImage
        self.oldImage = oldImage
        self.sequenceNumber = sequenceNumber
        self.sizeBytes = sizeBytes
        self.streamViewType = streamViewType
    }

    enum CodingKeys: String, CodingKey {
        case approximateCreationDateTime = "ApproximateCreationDateTime"
        case keys = "Keys"
        case newImage = "NewImage"
        case oldImage = "OldImage"
        case sequenceNumber = "SequenceNumber"
        case sizeBytes = "SizeBytes"
        case streamViewType = "StreamViewType"
    }
}
