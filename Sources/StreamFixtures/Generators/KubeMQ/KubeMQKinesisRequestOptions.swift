public import StreamEvents

/// What `KubeMQKinesisRequest.generate(_:seed:)` makes: request envelopes for the KubeMQ `aws.kinesis` target (kind
/// `kubemq-kinesis-request`).
///
/// ```swift
/// let requests = KubeMQKinesisRequest.generate(KubeMQKinesisRequestOptions(count: 9), seed: 42)
/// Set(requests.map(\.method)).count  // 9: every method once
/// ```
public struct KubeMQKinesisRequestOptions: Codable, Hashable, Sendable {
    /// How many requests to generate (``countRange``).
    public var count: Int
    /// The method of every request; `nil` cycles through all methods in declaration order, so any run of nine or
    /// more requests covers every method.
    public var method: KubeMQKinesisRequest.Method?
    /// Where the streams live (for `stream_arn`); `nil` draws a realistic environment per request.
    public var environment: AWSEnvironment?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many requests to generate.
    ///   - method: The method of every request; `nil` cycles through all.
    ///   - environment: Where the streams live; `nil` draws one per request.
    public init(count: Int = 1, method: KubeMQKinesisRequest.Method? = nil, environment: AWSEnvironment? = nil) {
        self.count = count
        self.method = method
        self.environment = environment
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.nested("environment") { () throws(GeneratorOptionsError) in try environment?.validate() }
    }
}
