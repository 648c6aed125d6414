public import StreamEvents

/// What `StreamOnFailureRecord.generate(_:seed:)` makes: on-failure destination records (kinds `kinesis-on-failure`
/// and `dynamodb-on-failure`, picked by ``source``).
///
/// Each record describes its own small discarded batch, made for it from the same seed; to describe a batch you
/// already have, use `Gen.onFailureRecord(for:options:)`.
///
/// ```swift
/// let records = StreamOnFailureRecord.generate(OnFailureRecordOptions(count: 5, source: .dynamoDB), seed: 42)
/// ```
public struct OnFailureRecordOptions: Codable, Hashable, Sendable {
    /// How many records to generate.
    public var count: Int
    /// The stream kind: `.kinesis` writes `KinesisBatchInfo`, `.dynamoDB` writes `DDBStreamBatchInfo`.
    public var source: StreamEventSource
    /// Why the batch was discarded; `nil` draws `RetryAttemptsExhausted` (80%) or `RecordAgeExceeded` (20%).
    public var condition: OnFailureCondition?
    /// The function's name; `nil` draws a realistic one. Its ARN is built in the stream's account and region.
    public var functionName: String?
    /// The most records in each discarded batch (at least 1).
    public var maximumRecords: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many records to generate.
    ///   - source: The stream kind.
    ///   - condition: Why the batch was discarded; `nil` draws one.
    ///   - functionName: The function's name; `nil` draws one.
    ///   - maximumRecords: The most records in each discarded batch.
    public init(
        count: Int = 1, source: StreamEventSource = .kinesis, condition: OnFailureCondition? = nil,
        functionName: String? = nil, maximumRecords: Int = 10
    ) {
        self.count = count
        self.source = source
        self.condition = condition
        self.functionName = functionName
        self.maximumRecords = maximumRecords
    }
}
