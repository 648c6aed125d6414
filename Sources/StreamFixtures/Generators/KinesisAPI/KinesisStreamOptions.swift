import StreamEvents

/// Which stream the Kinesis API generators describe, and how they write timestamps.
///
/// Shared by the consumer, stream-summary, SubscribeToShard, GetRecords and PutRecords options: every unset member
/// is drawn per generated value, so a default `KinesisStreamOptions()` gives varied, realistic streams.
///
/// ```swift
/// let stream = KinesisStreamOptions(environment: AWSEnvironment(region: .euWest1), name: "clicks", shardCount: 4)
/// ```
public struct KinesisStreamOptions: Codable, Hashable, Sendable {
    /// Where the stream lives; `nil` draws a realistic environment.
    public var environment: AWSEnvironment?
    /// The stream name (``KinesisOptions/streamNameLengthRange`` characters of `[a-zA-Z0-9_.-]`); `nil` draws a
    /// realistic one.
    public var name: String?
    /// The number of open shards (``shardCountRange``); `nil` draws 1…8.
    public var shardCount: Int?
    /// How API timestamps are written.
    public var timestampStyle: APITimestampStyle

    /// Creates stream options.
    ///
    /// - Parameters:
    ///   - environment: Where the stream lives; `nil` draws one.
    ///   - name: The stream name; `nil` draws one.
    ///   - shardCount: The number of open shards; `nil` draws 1…8.
    ///   - timestampStyle: Epoch numbers (wire, CLI v1) or ISO-8601 text (CLI v2).
    public init(
        environment: AWSEnvironment? = nil, name: String? = nil, shardCount: Int? = nil,
        timestampStyle: APITimestampStyle = .epochSeconds
    ) {
        self.environment = environment
        self.name = name
        self.shardCount = shardCount
        self.timestampStyle = timestampStyle
    }

    /// The allowed ``shardCount``: the same limit as ``KinesisOptions/shardsRange``.
    public static let shardCountRange = KinesisOptions.shardsRange

    /// Checks every set option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range, with the allowed values and the
    ///   value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.nested("environment") { () throws(GeneratorOptionsError) in try environment?.validate() }
        if let name { try Self.checkName(name, lengths: KinesisOptions.streamNameLengthRange, "name") }
        if let shardCount { try OptionCheck.value(shardCount, in: Self.shardCountRange, "shardCount") }
    }

    /// Throws unless `name` is a Kinesis stream name: `lengths` characters of `[a-zA-Z0-9_.-]`.
    static func checkName(_ name: String, lengths: ClosedRange<Int>, _ field: String) throws(GeneratorOptionsError) {
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        guard allowed, lengths.contains(name.utf8.count) else {
            throw GeneratorOptionsError(
                field: field,
                message: "expected \(lengths.lowerBound)…\(lengths.upperBound) characters from [a-zA-Z0-9_.-], "
                    + "found \"\(name)\"")
        }
    }
}

/// A drawn stream: the facts every Kinesis API payload about it must agree on.
struct DrawnKinesisStream: Hashable, Sendable {
    var environment: AWSEnvironment
    var name: String
    var arn: String
    var shardCount: Int
    /// When the stream (and its original shards) was created, in milliseconds since 1970.
    var createdAt: Int64
    /// The moment the payloads describe, in milliseconds since 1970, after `createdAt`.
    var now: Int64
    /// Whether the stream encrypts records with KMS.
    var encrypted: Bool
    var timestampStyle: APITimestampStyle

    static func draw(_ options: KinesisStreamOptions, using random: inout SeededRandom) -> DrawnKinesisStream {
        let environment = options.environment ?? AWSEnvironment.random.run(using: &random)
        let name = options.name ?? ResourceName.stream().run(using: &random)
        let shards = KinesisStreamOptions.shardCountRange  // `validate()` reports a count outside it; this never traps
        let shardCount = min(max(options.shardCount ?? random.int(in: 1...8), shards.lowerBound), shards.upperBound)
        var clock = SimulatedClock()
        clock.advance(by: 0...(400 * 86_400_000), using: &random)
        let createdAt = clock.millisecondsSince1970
        clock.advance(by: 3_600_000...(60 * 86_400_000), using: &random)
        return DrawnKinesisStream(
            environment: environment, name: name, arn: environment.arn(service: "kinesis", resource: "stream/" + name),
            shardCount: shardCount, createdAt: createdAt, now: clock.millisecondsSince1970,
            encrypted: random.bool(probability: 0.3), timestampStyle: options.timestampStyle)
    }

    /// `timestamp(milliseconds:)` in the stream's style.
    func timestamp(_ milliseconds: Int64) -> AWSTimestamp {
        timestampStyle.timestamp(milliseconds: milliseconds)
    }

    /// `KMS` for an encrypted stream, else `nil` (the member is left out).
    var recordEncryption: KinesisAPI.EncryptionType? { encrypted ? .kms : nil }
}
