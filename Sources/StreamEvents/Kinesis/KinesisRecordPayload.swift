/// The `kinesis` object of a Kinesis event record: the data record as Kinesis stored it.
///
/// `data` stays the base64 text from the wire so that decoding and re-encoding reproduce the
/// payload exactly; read it with `dataBytes()`, `dataText()` or `decode(_:using:)`, and set
/// it with `setData(_:)`, `setData(text:)` or `setData(json:using:)`.
///
/// ```swift
/// var payload = KinesisRecordPayload(
///     partitionKey: "order-1",
///     sequenceNumber: "49647888802629322072519528340475047711767296381468803122",
///     approximateArrivalTimestamp: AWSTimestamp(epochSeconds: 1704153600.123))
/// try payload.setData(json: Order(id: "o-1", amount: 12.5))
/// ```
public struct KinesisRecordPayload: Codable, Hashable, Sendable {
    /// `1.0` in every payload seen so far.
    public var kinesisSchemaVersion: String
    /// The partition key the producer supplied (1–256 characters).
    public var partitionKey: String
    /// The record's sequence number: decimal digits, 56 of them in current streams. Kept as
    /// text because it does not fit any integer type.
    public var sequenceNumber: String
    /// The record blob as standard padded base64 text, exactly as on the wire.
    public var data: String
    /// When Kinesis received the record: epoch seconds with a millisecond fraction, in the
    /// wire form it came in (a number; some serialisers write it as a numeric string).
    public var approximateArrivalTimestamp: AWSTimestamp
    /// `NONE` or `KMS`; absent from most payloads.
    public var encryptionType: KinesisEncryptionType?

    /// Creates a payload.
    ///
    /// - Parameters:
    ///   - partitionKey: the producer's partition key.
    ///   - sequenceNumber: the record's sequence number as decimal text.
    ///   - data: the blob as base64 text (see `setData` to set it from bytes, text or JSON).
    ///   - approximateArrivalTimestamp: the arrival time, epoch seconds.
    ///   - encryptionType: `nil` to omit the member, as most payloads do.
    ///   - kinesisSchemaVersion: defaults to `1.0`.
    public init(
        partitionKey: String,
        sequenceNumber: String,
        data: String = "",
        approximateArrivalTimestamp: AWSTimestamp,
        encryptionType: KinesisEncryptionType? = nil,
        kinesisSchemaVersion: String = "1.0"
    ) {
        self.kinesisSchemaVersion = kinesisSchemaVersion
        self.partitionKey = partitionKey
        self.sequenceNumber = sequenceNumber
        self.data = data
        self.approximateArrivalTimestamp = approximateArrivalTimestamp
        self.encryptionType = encryptionType
    }

    enum CodingKeys: String, CodingKey {
        case kinesisSchemaVersion, partitionKey, sequenceNumber, data, approximateArrivalTimestamp, encryptionType
    }
}
