public import StreamEvents

/// The settings of generated Kinesis events (kind `kinesis-event`), as plain values, and their single set of limits:
/// the fixture catalog, the snapshot manifest and the CLI check recipes through ``validate()``.
///
/// ```swift
/// var options = KinesisOptions()
/// options.count = 5
/// options.records = 10
/// options.shards = 4
/// options.region = .euWest1
/// try options.validate()
/// let events = KinesisEvent.generate(options, seed: 42)
/// ```
public struct KinesisOptions: Codable, Hashable, Sendable {
    /// The number of events (``countRange``).
    public var count: Int
    /// Records per event (``recordsRange``), at most ``batchSize``; an event holds fewer only at the 6 MB limit.
    public var records: Int
    /// The stream's shard count (``shardsRange``).
    public var shards: Int
    /// The stream's region; the partition follows from it.
    public var region: AWSRegion
    /// The 12-digit account id of every ARN.
    public var accountID: String
    /// The stream name, or `nil` to draw a realistic one from the seed.
    public var streamName: String?
    /// Whether and how records carry `encryptionType`.
    public var encryption: KinesisEncryptionOption
    /// What the records' data holds.
    public var payload: KinesisPayloadStyle
    /// The share of records that are KPL aggregates (``aggregationShareRange``); 0.1 by default so generated corpora exercise
    /// de-aggregation.
    public var aggregationShare: Double
    /// The tumbling window length in seconds (``windowSecondsRange``), or `nil` for ordinary events.
    public var windowSeconds: Int?
    /// The event source mapping's `BatchSize` (``batchSizeRange``).
    public var batchSize: Int

    /// Creates options; every default gives small realistic events.
    ///
    /// - Parameters:
    ///   - count: The number of events.
    ///   - records: Records per event.
    ///   - shards: The shard count.
    ///   - region: The region.
    ///   - accountID: The account id.
    ///   - streamName: The stream name, or `nil` to draw one.
    ///   - encryption: The `encryptionType` behaviour.
    ///   - payload: The data style.
    ///   - aggregationShare: The share of KPL-aggregated records.
    ///   - windowSeconds: The tumbling window length, or `nil`.
    ///   - batchSize: The most records per event.
    public init(
        count: Int = 1,
        records: Int = 3,
        shards: Int = 1,
        region: AWSRegion = .usEast1,
        accountID: String = "111122223333",
        streamName: String? = nil,
        encryption: KinesisEncryptionOption = .realistic,
        payload: KinesisPayloadStyle = .json,
        aggregationShare: Double = 0.1,
        windowSeconds: Int? = nil,
        batchSize: Int = 100
    ) {
        self.count = count
        self.records = records
        self.shards = shards
        self.region = region
        self.accountID = accountID
        self.streamName = streamName
        self.encryption = encryption
        self.payload = payload
        self.aggregationShare = aggregationShare
        self.windowSeconds = windowSeconds
        self.batchSize = batchSize
    }

    /// The allowed ``count``: 1 to 100,000 events.
    public static let countRange = 1...100_000
    /// The allowed ``records``: 1 to the largest Lambda batch, and at most ``batchSize``.
    public static let recordsRange = 1...10_000
    /// The allowed ``shards``: the shard counts the generators simulate.
    public static let shardsRange = 1...1_000
    /// The allowed ``streamName`` lengths, in characters of `[a-zA-Z0-9_.-]`.
    public static let streamNameLengthRange = 1...128
    /// The allowed ``aggregationShare``.
    public static let aggregationShareRange = 0.0...1.0
    /// The allowed ``windowSeconds``: Lambda's `TumblingWindowInSeconds`.
    public static let windowSecondsRange = 1...900
    /// The allowed ``batchSize``: Lambda's `BatchSize` for stream sources.
    public static let batchSizeRange = 1...10_000

    /// Checks every option against its limit (``countRange``, ``recordsRange``, ``shardsRange``, …); never clamps.
    ///
    /// `KinesisEvent/generate(_:seed:)` expects valid options; call this first to report a bad value to a user.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed range and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.value(records, in: Self.recordsRange, "records")
        try OptionCheck.value(batchSize, in: Self.batchSizeRange, "batchSize")
        guard records <= batchSize else {
            throw GeneratorOptionsError(
                field: "records", message: "expected at most batchSize (\(batchSize)), found \(records)")
        }
        try OptionCheck.value(shards, in: Self.shardsRange, "shards")
        try AWSEnvironment(region: region, accountID: accountID).validate()
        if let streamName {
            try KinesisStreamOptions.checkName(streamName, lengths: Self.streamNameLengthRange, "streamName")
        }
        try OptionCheck.share(aggregationShare, in: Self.aggregationShareRange, "aggregationShare")
        if let windowSeconds { try OptionCheck.value(windowSeconds, in: Self.windowSecondsRange, "windowSeconds") }
    }
}

/// Whether generated records carry the optional `encryptionType` member, and with which value.
public enum KinesisEncryptionOption: String, Codable, CaseIterable, Hashable, Sendable {
    /// The stream is `KMS`-encrypted or not (from the seed) and about half the events carry the member.
    case realistic
    /// No record carries the member, as in most documentation samples.
    case absent
    /// Every record carries `"encryptionType": "NONE"`.
    case unencrypted = "none"
    /// Every record carries `"encryptionType": "KMS"`.
    case kms
}

/// What the data of generated records holds.
public enum KinesisPayloadStyle: String, Codable, CaseIterable, Hashable, Sendable {
    /// Realistic JSON documents (``KinesisPayload/randomJSON``).
    case json
    /// UTF-8 log lines and sentences (``KinesisPayload/text``).
    case text
    /// Random bytes (``KinesisPayload/bytes(count:)``).
    case bytes
    /// JSON, text and bytes mixed (``KinesisPayload/mixed``).
    case mixed

    /// The payload for this style.
    public var payload: KinesisPayload {
        switch self {
        case .json: .randomJSON
        case .text: .text
        case .bytes: .bytes()
        case .mixed: .mixed
        }
    }
}
