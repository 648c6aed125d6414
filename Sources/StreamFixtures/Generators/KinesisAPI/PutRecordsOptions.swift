/// What the PutRecords generators make: request/response pairs (kinds `put-records-request` and
/// `put-records-response`; the same seed gives a request and the response to it).
///
/// ```swift
/// let options = PutRecordsOptions(count: 3, recordsPerRequest: 1...50, failures: .some)
/// let requests = KinesisAPI.PutRecordsInput.generate(options, seed: 42)
/// let responses = KinesisAPI.PutRecordsOutput.generate(options, seed: 42)  // answer `requests`, in order
/// ```
public struct PutRecordsOptions: Codable, Hashable, Sendable {
    /// How many request/response pairs to generate (``countRange``).
    public var count: Int
    /// How many records each request carries (within ``recordsPerRequestRange``, the PutRecords limit).
    public var recordsPerRequest: ClosedRange<Int>
    /// Which entries fail: `.none` all succeed; `.some` throttles part of the traffic of one hot shard (with an
    /// occasional internal failure); `.all` throttles every entry; `.random` is none 60%, some 35%, all 5%.
    public var failures: BatchFailureMode
    /// The stream written to.
    public var stream: KinesisStreamOptions

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many pairs to generate.
    ///   - recordsPerRequest: How many records each request carries.
    ///   - failures: Which entries fail.
    ///   - stream: The stream written to.
    public init(
        count: Int = 1, recordsPerRequest: ClosedRange<Int> = 1...20, failures: BatchFailureMode = .random,
        stream: KinesisStreamOptions = .init()
    ) {
        self.count = count
        self.recordsPerRequest = recordsPerRequest
        self.failures = failures
        self.stream = stream
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange
    /// The allowed bounds of ``recordsPerRequest``: the PutRecords limit of 500 records.
    public static let recordsPerRequestRange = 1...500

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.bounds(recordsPerRequest, in: Self.recordsPerRequestRange, "recordsPerRequest")
        try OptionCheck.nested("stream") { () throws(GeneratorOptionsError) in try stream.validate() }
    }
}
