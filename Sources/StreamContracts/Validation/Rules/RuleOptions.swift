/// Limits the semantic rules check against, for the cases where a stream or a mapping may be configured
/// beyond the defaults.
///
/// Kinesis records are at most 1 MiB by default; streams can now be configured for records up to 10 MiB
/// (`MaxRecordSizeInKiB`), which an event alone doesn't reveal. So:
///
/// * a record (decoded data + UTF-8 partition key) above `maximumRecordBytes` is an error
///   (`kinesis.record-size-limit`); with `allowsLargeRecordStreams` the error threshold is at least 10 MiB;
/// * a record above 1 MiB that is not an error is a warning unless `allowsLargeRecordStreams` says the stream is
///   configured for large records (`kinesis.record-size-large-stream`). Raise `maximumRecordBytes` to
///   10 MiB to turn the default error into that warning.
///
/// ```swift
/// var options = RuleOptions()
/// options.allowsLargeRecordStreams = true   // our stream has MaxRecordSizeInKiB = 10240
/// let diagnostics = ContractRules.check(document, at: 0, kind: .kinesisEvent, options: options)
/// ```
public struct RuleOptions: Sendable, Hashable {
    /// A record larger than this (decoded data + UTF-8 partition key) is an error; 1 MiB by default.
    public var maximumRecordBytes: Int = 1_048_576
    /// Whether the stream is configured for records up to 10 MiB: larger records are then neither a warning nor,
    /// up to 10 MiB, an error.
    public var allowsLargeRecordStreams: Bool = false
    /// Most records one Lambda batch may have (the ESM `BatchSize` maximum).
    public var maximumBatchRecords: Int = 10_000
    /// Largest invoke payload, in bytes of compact JSON (Lambda's 6 MB synchronous payload limit).
    public var maximumPayloadBytes: Int = 6_291_456
    /// Largest `PutRecords` request: data and partition keys of all its records (5 MiB).
    public var maximumPutRecordsRequestBytes: Int = 5_242_880
    /// How far a record's `approximateArrivalTimestamp` may be from the arrival second encoded in its sequence
    /// number before `kinesis.sequence-number-arrival` warns (one real capture differs by 1.9 s).
    public var maximumArrivalSkewSeconds: Double = 5

    /// Creates options; every parameter defaults to the AWS default limit.
    ///
    /// - Parameters:
    ///   - maximumRecordBytes: Error threshold for one Kinesis record.
    ///   - allowsLargeRecordStreams: Whether the stream is configured for 10 MiB records.
    ///   - maximumBatchRecords: Most records per batch.
    ///   - maximumPayloadBytes: Largest invoke payload.
    ///   - maximumPutRecordsRequestBytes: Largest `PutRecords` request.
    ///   - maximumArrivalSkewSeconds: Tolerated skew between a record's arrival time and its sequence number.
    public init(
        maximumRecordBytes: Int = 1_048_576,
        allowsLargeRecordStreams: Bool = false,
        maximumBatchRecords: Int = 10_000,
        maximumPayloadBytes: Int = 6_291_456,
        maximumPutRecordsRequestBytes: Int = 5_242_880,
        maximumArrivalSkewSeconds: Double = 5
    ) {
        self.maximumRecordBytes = maximumRecordBytes
        self.allowsLargeRecordStreams = allowsLargeRecordStreams
        self.maximumBatchRecords = maximumBatchRecords
        self.maximumPayloadBytes = maximumPayloadBytes
        self.maximumPutRecordsRequestBytes = maximumPutRecordsRequestBytes
        self.maximumArrivalSkewSeconds = maximumArrivalSkewSeconds
    }

    /// One MiB, the default Kinesis record limit.
    static let oneMebibyte = 1_048_576
    /// Ten MiB, the largest record a stream can be configured for.
    static let tenMebibytes = 10_485_760

    /// The size above which a record is an error.
    var recordErrorThreshold: Int {
        allowsLargeRecordStreams ? max(maximumRecordBytes, Self.tenMebibytes) : maximumRecordBytes
    }
}
