public import StreamEvents

/// The settings of `stream-fixtures generate kinesis-event`, as plain values: what the CLI parses and the
/// snapshot manifest records.
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
    /// The number of events (`--count`).
    public var count: Int
    /// Records per event (`--records`), at most ``batchSize``; an event holds fewer only at the 6 MB limit.
    public var records: Int
    /// The stream's shard count (`--shards`).
    public var shards: Int
    /// The stream's region (`--region`); the partition follows from it.
    public var region: AWSRegion
    /// The 12-digit account id of every ARN.
    public var accountID: String
    /// The stream name, or `nil` to draw a realistic one from the seed.
    public var streamName: String?
    /// Whether and how records carry `encryptionType`.
    public var encryption: KinesisEncryptionOption
    /// What the records' data holds.
    public var payload: KinesisPayloadStyle
    /// The share of records that are KPL aggregates, 0…1; 0.1 by default so generated corpora exercise
    /// de-aggregation.
    public var aggregationShare: Double
    /// The tumbling window length in seconds (1…900), or `nil` for ordinary events.
    public var windowSeconds: Int?
    /// The event source mapping's `BatchSize` (1…10,000).
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

    /// Checks every option against the limits of Kinesis and Lambda.
    ///
    /// ``KinesisEvent/generate(_:seed:)`` clamps out-of-range values instead of failing; call this first to
    /// report them to a user.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range, with the range and the value.
    public func validate() throws(GeneratorOptionsError) {
        func check(_ ok: Bool, _ field: String, _ message: String) throws(GeneratorOptionsError) {
            if !ok { throw GeneratorOptionsError(field: field, message: message) }
        }
        try check(count >= 0, "count", "expected 0 or more events, found \(count)")
        try check(
            (1...10_000).contains(batchSize), "batchSize", "expected 1…10000 (Lambda BatchSize), found \(batchSize)")
        try check(
            (1...batchSize).contains(records), "records",
            "expected 1…\(batchSize) records per event (at most batchSize), found \(records)")
        try check((1...1_000_000).contains(shards), "shards", "expected 1…1000000 shards, found \(shards)")
        try AWSEnvironment(region: region, accountID: accountID).validate()
        if let streamName {
            let allowed = streamName.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            }
            try check(
                allowed && (1...128).contains(streamName.utf8.count), "streamName",
                "expected 1…128 characters from [a-zA-Z0-9_.-], found \"\(streamName)\"")
        }
        try check(
            (0...1).contains(aggregationShare), "aggregationShare",
            "expected a share from 0 to 1, found \(aggregationShare)")
        if let windowSeconds {
            try check(
                (1...900).contains(windowSeconds), "windowSeconds",
                "expected 1…900 (Lambda TumblingWindowInSeconds), found \(windowSeconds)")
        }
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
