public import StreamEvents

/// What `StreamOnFailureRecord.generate(_:seed:)` makes: on-failure destination records (kinds `kinesis-on-failure`
/// and `dynamodb-on-failure`, picked by ``source``).
///
/// Each record describes its own small discarded batch, made for it from the same seed; to describe a batch you
/// already have, use `Gen.onFailureRecord(for:options:)`. The ``destination`` decides whether the record carries the
/// invocation event under `payload` (S3) and the ``condition`` whether it has a `responseContext`: a batch discarded
/// for `RecordAgeExceeded` has none
/// (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html).
///
/// ```swift
/// let records = StreamOnFailureRecord.generate(OnFailureRecordOptions(count: 5, source: .dynamoDB), seed: 42)
/// ```
public struct OnFailureRecordOptions: Codable, Hashable, Sendable {
    /// How many records to generate (``countRange``).
    public var count: Int
    /// The stream kind: `.kinesis` writes `KinesisBatchInfo`, `.dynamoDB` writes `DDBStreamBatchInfo`.
    public var source: StreamEventSource
    /// Why the batch was discarded; `nil` draws `RetryAttemptsExhausted` (80%) or `RecordAgeExceeded` (20%).
    /// `RecordAgeExceeded` records have no `responseContext`.
    public var condition: OnFailureCondition?
    /// Where the records go; `nil` draws SQS (45%), SNS (25%) or S3 (30%). S3 records carry `payload`.
    public var destination: OnFailureDestination?
    /// The function's name; `nil` draws a realistic one. Its ARN is built in the stream's account and region.
    public var functionName: String?
    /// The most records in each discarded batch (``maximumRecordsRange``).
    public var maximumRecords: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many records to generate.
    ///   - source: The stream kind.
    ///   - condition: Why the batch was discarded; `nil` draws one.
    ///   - destination: Where the records go; `nil` draws one.
    ///   - functionName: The function's name; `nil` draws one.
    ///   - maximumRecords: The most records in each discarded batch.
    public init(
        count: Int = 1, source: StreamEventSource = .kinesis, condition: OnFailureCondition? = nil,
        destination: OnFailureDestination? = nil, functionName: String? = nil, maximumRecords: Int = 10
    ) {
        self.count = count
        self.source = source
        self.condition = condition
        self.destination = destination
        self.functionName = functionName
        self.maximumRecords = maximumRecords
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange
    /// The allowed ``maximumRecords``: 1 to the largest Lambda batch.
    public static let maximumRecordsRange = KinesisOptions.recordsRange
    /// The allowed ``functionName`` lengths, in characters of `[a-zA-Z0-9_-]` (Lambda's limit).
    public static let functionNameLengthRange = 1...64

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.value(maximumRecords, in: Self.maximumRecordsRange, "maximumRecords")
        if let functionName {
            let allowed = functionName.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
            let lengths = Self.functionNameLengthRange
            guard allowed, lengths.contains(functionName.utf8.count) else {
                throw GeneratorOptionsError(
                    field: "functionName",
                    message: "expected \(lengths.lowerBound)…\(lengths.upperBound) characters from [a-zA-Z0-9_-], "
                        + "found \"\(functionName)\"")
            }
        }
    }
}
