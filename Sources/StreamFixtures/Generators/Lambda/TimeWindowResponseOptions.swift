/// What `TimeWindowEventResponse.generate(_:seed:)` makes: tumbling-window responses (kind `time-window-response`).
///
/// Each response answers its own small tumbling-window batch, made for it from the same seed; to answer a batch you
/// already have, use `Gen.timeWindowResponse(for:options:)`.
///
/// ```swift
/// let responses = TimeWindowEventResponse.generate(TimeWindowResponseOptions(count: 5), seed: 42)
/// ```
public struct TimeWindowResponseOptions: Codable, Hashable, Sendable {
    /// How the window state writes its values.
    public enum StateStyle: String, CaseIterable, Codable, Hashable, Sendable {
        /// Numbers as JSON numbers, as the AWS developer guide's examples do (`{"count": 282}`).
        case numbers
        /// Every value a string, as the Go, Rust and Java event models require (`{"count": "282"}`).
        case strings
    }

    /// How many responses to generate (``countRange``).
    public var count: Int
    /// The stream kind of the input batches.
    public var source: StreamEventSource
    /// Which records fail (a tumbling-window function may also report batch item failures).
    public var failures: BatchFailureMode
    /// How the state writes its values; `nil` picks one per response.
    public var stateStyle: StateStyle?
    /// The most records in each input batch (``maximumRecordsRange``).
    public var maximumRecords: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many responses to generate.
    ///   - source: The stream kind of the input batches.
    ///   - failures: Which records fail; `.none` by default, as most window functions report none.
    ///   - stateStyle: How the state writes its values; `nil` picks one per response.
    ///   - maximumRecords: The most records in each input batch.
    public init(
        count: Int = 1, source: StreamEventSource = .kinesis, failures: BatchFailureMode = .none,
        stateStyle: StateStyle? = nil, maximumRecords: Int = 10
    ) {
        self.count = count
        self.source = source
        self.failures = failures
        self.stateStyle = stateStyle
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
