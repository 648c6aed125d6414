/// What `StreamsEventResponse.generate(_:seed:)` makes: partial batch responses (kind `batch-item-failures`).
///
/// Each response answers its own small input batch, made for it from the same seed; to answer a batch you already
/// have, use `Gen.batchItemFailures(for:failures:)` instead.
///
/// ```swift
/// let responses = StreamsEventResponse.generate(BatchItemFailuresOptions(count: 10, failures: .some), seed: 42)
/// ```
public struct BatchItemFailuresOptions: Codable, Hashable, Sendable {
    /// How many responses to generate (``countRange``).
    public var count: Int
    /// The stream kind of the input batches.
    public var source: StreamEventSource
    /// Which records fail.
    public var failures: BatchFailureMode
    /// The most records in each input batch (``maximumRecordsRange``).
    public var maximumRecords: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many responses to generate.
    ///   - source: The stream kind of the input batches.
    ///   - failures: Which records fail; `.random` mixes all outcomes.
    ///   - maximumRecords: The most records in each input batch.
    public init(
        count: Int = 1, source: StreamEventSource = .kinesis, failures: BatchFailureMode = .random,
        maximumRecords: Int = 10
    ) {
        self.count = count
        self.source = source
        self.failures = failures
        self.maximumRecords = maximumRecords
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange
    /// The allowed ``maximumRecords``: 1 to the largest Lambda batch.
    public static let maximumRecordsRange = KinesisOptions.recordsRange

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.value(maximumRecords, in: Self.maximumRecordsRange, "maximumRecords")
    }
}
