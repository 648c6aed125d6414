public import StreamEvents

/// What the consumer generators make (kinds `kinesis-consumer`, `kinesis-consumer-description`,
/// `register-stream-consumer-response`, `describe-stream-consumer-response`, and the stream state behind
/// `describe-stream-summary-response`).
///
/// ```swift
/// let consumers = KinesisAPI.Consumer.generate(KinesisConsumerOptions(count: 5), seed: 42)
/// ```
public struct KinesisConsumerOptions: Codable, Hashable, Sendable {
    /// How many values to generate (``countRange``).
    public var count: Int
    /// The stream the consumers read.
    public var stream: KinesisStreamOptions
    /// How many consumers the stream has (``consumerCountRange``); `nil` draws a realistic number (at least 1 where a consumer is
    /// generated).
    public var consumerCount: Int?
    /// The consumers' status; `nil` draws `ACTIVE` mostly (and `CREATING` for a just registered consumer).
    public var status: KinesisAPI.ConsumerStatus?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many values to generate.
    ///   - stream: The stream the consumers read.
    ///   - consumerCount: How many consumers the stream has; `nil` draws it.
    ///   - status: The consumers' status; `nil` draws it.
    public init(
        count: Int = 1, stream: KinesisStreamOptions = .init(), consumerCount: Int? = nil,
        status: KinesisAPI.ConsumerStatus? = nil
    ) {
        self.count = count
        self.stream = stream
        self.consumerCount = consumerCount
        self.status = status
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange
    /// The allowed ``consumerCount``: a stream has at most 20 consumers.
    public static let consumerCountRange = 0...20

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.nested("stream") { () throws(GeneratorOptionsError) in try stream.validate() }
        if let consumerCount { try OptionCheck.value(consumerCount, in: Self.consumerCountRange, "consumerCount") }
    }
}
