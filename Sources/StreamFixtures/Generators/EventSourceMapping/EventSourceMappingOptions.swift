/// What `EventSourceMappingConfiguration.generate(_:seed:)` makes: event source mappings of stream sources (kind
/// `event-source-mapping`).
///
/// ```swift
/// var options = EventSourceMappingOptions(count: 10, source: .dynamoDBStream)
/// options.timestampStyle = .iso8601  // as AWS CLI v2 prints them
/// let mappings = EventSourceMappingConfiguration.generate(options, seed: 42)
/// ```
public struct EventSourceMappingOptions: Codable, Hashable, Sendable {
    /// The kind of stream a mapping reads.
    public enum Source: String, CaseIterable, Codable, Hashable, Sendable {
        /// A Kinesis data stream, read through shared throughput (`EventSourceArn` is the stream ARN).
        case kinesisStream
        /// A Kinesis enhanced fan-out consumer (`EventSourceArn` is the consumer ARN).
        case kinesisConsumer
        /// A DynamoDB stream (`EventSourceArn` is the stream ARN with its label).
        case dynamoDBStream
    }

    /// How many mappings to generate (``countRange``).
    public var count: Int
    /// The source kind; `nil` mixes them (Kinesis stream 50%, DynamoDB stream 35%, Kinesis consumer 15%).
    public var source: Source?
    /// Where the resources live; `nil` draws a realistic environment per mapping.
    public var environment: AWSEnvironment?
    /// How `LastModified` and `StartingPositionTimestamp` are written.
    public var timestampStyle: APITimestampStyle

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many mappings to generate.
    ///   - source: The source kind; `nil` mixes them.
    ///   - environment: Where the resources live; `nil` draws one per mapping.
    ///   - timestampStyle: Epoch numbers (wire, CLI v1) or ISO-8601 text (CLI v2).
    public init(
        count: Int = 1, source: Source? = nil, environment: AWSEnvironment? = nil,
        timestampStyle: APITimestampStyle = .epochSeconds
    ) {
        self.count = count
        self.source = source
        self.environment = environment
        self.timestampStyle = timestampStyle
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
