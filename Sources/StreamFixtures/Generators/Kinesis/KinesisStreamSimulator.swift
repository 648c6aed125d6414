import Foundation
public import StreamEvents
import StreamJSON

/// Simulates producers writing to a Kinesis data stream and Lambda polling its shards, and hands out the events
/// Lambda would invoke a function with.
///
/// Records land on the shard their partition key hashes to (MD5, EventContract §D.1). Each shard keeps its own
/// clock and record counter, so sequence numbers (the real 56-digit layout, §D.3) grow strictly within a shard and
/// encode the shard index, the shard creation time and the arrival second that `approximateArrivalTimestamp`
/// shows. Each event carries records of one shard only, in order, at most `batchSize` of them and at most 6 MB of
/// JSON; a record that does not fit waits for the shard's next event. With a tumbling window the events are the
/// invokes of aligned windows, each carrying the state of the previous invoke.
///
/// The simulator is a value: copy it to fork a simulation. The same seed gives the same events on every machine.
///
/// ```swift
/// var stream = KinesisStreamSimulator(name: "orders", environment: AWSEnvironment(region: .euWest1), shardCount: 4,
///                                     seed: 42)
/// let event = stream.nextEvent(recordCount: 10)
/// let bytes = try StreamJSONEncoder().encode(event)
/// ```
public struct KinesisStreamSimulator: Sendable {
    /// The stream the records are written to.
    public let stream: KinesisStream
    /// The execution role ARN of the event source mapping, written to every record's `invokeIdentityArn`.
    public let invokeIdentityArn: String
    /// How records look; may be changed between events.
    public var recipe: KinesisRecordRecipe
    /// The event source mapping's `BatchSize`, clamped to 1…10,000: the most records an event carries.
    public let batchSize: Int
    /// The event source mapping's `TumblingWindowInSeconds` (1…900), or `nil` for ordinary events.
    public let tumblingWindowSeconds: Int?
    /// How many invokes a tumbling window gets before its final one ends it.
    public let invokesPerWindow: ClosedRange<Int>

    var random: SeededRandom
    var shards: [Int: ShardState] = [:]
    var keyPools: [Int: [String]] = [:]
    var userRecordCount = 0
    let start: SimulatedClock
    let ranges: KinesisShardRanges
    let shardCount: Int
    let streamARN: String
    let region: AWSRegion
    let creationSeconds: UInt32
    /// JSON bytes of a record besides its partition key and data (upper bound).
    let recordOverhead: Int
    /// How many spare keys each shard's pool keeps: keys drawn while looking for another shard's key wait here.
    let keyPoolCapacity: Int

    /// The largest data blob plus partition key of a record (1 MiB, the default Kinesis record limit).
    static let maxRecordBytes = 1_048_576
    /// The JSON size an event is kept under (Lambda's 6 MB invoke payload limit, read as 6,000,000 bytes).
    static let maxEventBytes = 6_000_000

    /// Creates a simulator for `stream`.
    ///
    /// - Parameters:
    ///   - stream: The stream; its shard count, ARN, creation time and encryption shape the events.
    ///   - recipe: How records look.
    ///   - roleName: The execution role's name (may include a path such as `service-role/`); `nil` draws a
    ///     realistic one from the seed.
    ///   - batchSize: The most records per event (ESM `BatchSize`, clamped to 1…10,000).
    ///   - tumblingWindowSeconds: The window length (clamped to 1…900), or `nil` for ordinary events.
    ///   - invokesPerWindow: How many invokes each window gets (at least 1).
    ///   - start: The time the simulation starts at; moved after the stream's creation if it is earlier.
    ///   - seed: The seed of every random choice.
    ///
    /// ```swift
    /// let stream = KinesisStream(name: "clickstream", shardCount: 2, encryptionType: .kms)
    /// var simulator = KinesisStreamSimulator(stream: stream, tumblingWindowSeconds: 60, seed: "docs")
    /// let invokes = simulator.nextWindow(recordCount: 5)
    /// ```
    public init(
        stream: KinesisStream,
        recipe: KinesisRecordRecipe = KinesisRecordRecipe(),
        roleName: String? = nil,
        batchSize: Int = 100,
        tumblingWindowSeconds: Int? = nil,
        invokesPerWindow: ClosedRange<Int> = 1...4,
        start: SimulatedClock = SimulatedClock(),
        seed: Seed
    ) {
        var random = SeededRandom(seed: seed)
        let role: String
        if let roleName {
            role = roleName
        } else if random.chance(0.5) {
            let function = ResourceName.function().run(using: &random)
            role = "service-role/" + ResourceName.role(forFunction: function).run(using: &random)
        } else {
            role = ResourceName.role().run(using: &random)
        }
        self.stream = stream
        self.invokeIdentityArn = stream.environment.roleARN(name: role)
        self.recipe = recipe
        self.batchSize = min(max(1, batchSize), 10_000)
        self.tumblingWindowSeconds = tumblingWindowSeconds.map { min(max(1, $0), 900) }
        self.invokesPerWindow = max(1, invokesPerWindow.lowerBound)...max(1, invokesPerWindow.upperBound)
        self.random = random
        self.ranges = stream.shardRanges
        self.shardCount = stream.effectiveShardCount
        self.keyPoolCapacity = max(8, 4_096 / stream.effectiveShardCount)
        self.streamARN = stream.arn
        self.region = stream.environment.region
        self.creationSeconds = UInt32(clamping: stream.creationSecondsSince1970)
        let earliest = (Int64(creationSeconds) + 1) * 1000
        self.start = SimulatedClock(start: max(start.millisecondsSince1970, earliest))
        let template = KinesisEventRecord(
            eventID: "", eventSourceARN: streamARN, invokeIdentityArn: invokeIdentityArn, awsRegion: region,
            kinesis: KinesisRecordPayload(
                partitionKey: "", sequenceNumber: "", approximateArrivalTimestamp: AWSTimestamp(epochSeconds: 0),
                encryptionType: .unencrypted))
        let templateBytes = (try? StreamJSONEncoder().encode(template).count) ?? 1_024
        // + sequence number (56) + eventID (21 + 56) + timestamp (up to 24) + "KMS" vs "NONE" slack + comma.
        self.recordOverhead = templateBytes + 56 + 77 + 24 + 8
    }

    /// Creates a simulator for a stream named `name` with `shardCount` shards in `environment`.
    ///
    /// - Parameters:
    ///   - name: The stream name.
    ///   - environment: Where the stream lives.
    ///   - shardCount: The number of shards.
    ///   - seed: The seed of every random choice.
    ///
    /// ```swift
    /// var stream = KinesisStreamSimulator(name: "orders", shardCount: 4, seed: 42)
    /// let events = stream.nextEvents(3, recordCount: 10)
    /// ```
    public init(name: String, environment: AWSEnvironment = AWSEnvironment(), shardCount: Int = 1, seed: Seed) {
        self.init(stream: KinesisStream(name: name, environment: environment, shardCount: shardCount), seed: seed)
    }

    // MARK: - Events

    /// The next event from the shard that a freshly drawn partition key lands on, so busy shards (by key traffic)
    /// deliver more events.
    ///
    /// - Parameter recordCount: The number of records (clamped to 1…`batchSize`; fewer when 6 MB is reached).
    /// - Returns: The event.
    public mutating func nextEvent(recordCount: Int = 10) -> KinesisEvent {
        nextEvent(shard: drawShard(), recordCount: recordCount)
    }

    /// The next event from shard `shard`.
    ///
    /// - Parameters:
    ///   - shard: The shard index (clamped to `0..<shardCount`).
    ///   - recordCount: The number of records (clamped to 1…`batchSize`; fewer when 6 MB is reached).
    /// - Returns: The event: records continue where the shard's previous event ended.
    public mutating func nextEvent(shard: Int, recordCount: Int = 10) -> KinesisEvent {
        nextDraft(shard: shard, recordCount: recordCount).filled
    }

    /// ``nextEvent(shard:recordCount:)`` with the record data still bytes.
    mutating func nextDraft(shard: Int, recordCount: Int) -> KinesisEventDraft {
        let index = min(max(0, shard), shardCount - 1)
        var state = shards[index] ?? makeShard(index)
        let draft = makeEvent(state: &state, recordCount: min(max(1, recordCount), batchSize))
        shards[index] = state
        return draft
    }

    /// ``nextEvent(recordCount:)`` with the record data still bytes.
    mutating func nextDraft(recordCount: Int) -> KinesisEventDraft {
        nextDraft(shard: drawShard(), recordCount: recordCount)
    }

    /// The next `count` events, each from the shard a freshly drawn partition key lands on.
    ///
    /// - Parameters:
    ///   - count: The number of events.
    ///   - recordCount: Records per event.
    /// - Returns: The events in the order they were generated.
    public mutating func nextEvents(_ count: Int, recordCount: Int = 10) -> [KinesisEvent] {
        (0..<max(0, count)).map { _ in nextEvent(recordCount: recordCount) }
    }

    /// Every remaining invoke of a shard's tumbling window, up to and including the final one
    /// (`isFinalInvokeForWindow: true`). Without a tumbling window, one ordinary event.
    ///
    /// - Parameters:
    ///   - shard: The shard index, or `nil` for the shard a freshly drawn partition key lands on.
    ///   - recordCount: Records per invoke.
    /// - Returns: The invokes, in order.
    public mutating func nextWindow(shard: Int? = nil, recordCount: Int = 10) -> [KinesisEvent] {
        nextWindowDrafts(shard: shard, recordCount: recordCount).map(\.filled)
    }

    /// ``nextWindow(shard:recordCount:)`` with the record data still bytes.
    mutating func nextWindowDrafts(shard: Int? = nil, recordCount: Int) -> [KinesisEventDraft] {
        let index = shard ?? drawShard()
        guard tumblingWindowSeconds != nil else { return [nextDraft(shard: index, recordCount: recordCount)] }
        var drafts = [KinesisEventDraft]()
        repeat {
            drafts.append(nextDraft(shard: index, recordCount: recordCount))
        } while drafts.last?.event.isFinalInvokeForWindow != true
        return drafts
    }

    /// The shard of a freshly drawn partition key; the key is kept for that shard's next record.
    mutating func drawShard() -> Int {
        let key = KinesisStreamSimulator.clampedKey(recipe.partitionKeys.run(using: &random))
        let index = ranges.shardIndex(forPartitionKey: key)
        keyPools[index, default: []].append(key)
        return index
    }

    // MARK: - Shards

    /// The per-shard part of the simulation.
    struct ShardState: Sendable {
        /// The shard's index.
        let shardIndex: Int
        /// `shardId-000000000003`.
        let shardID: String
        /// `shardId-000000000003:` as bytes.
        let eventIDPrefix: [UInt8]
        /// The shard's clock: the arrival time of its latest record.
        var clock: SimulatedClock
        /// The digits of the latest sequence number.
        var sequence: SequenceNumberDigits
        /// Recently used partition keys that hash to this shard.
        var recentKeys: [String] = []
        /// The next slot of `recentKeys` to overwrite once it is full.
        var recentCursor = 0
        /// Records generated but not yet delivered (they did not fit in the previous event).
        var pending: [KinesisRecordDraft] = []
        /// The open tumbling window, if any.
        var window: WindowState?
    }

    /// The open tumbling window of a shard.
    struct WindowState: Sendable {
        /// Window bounds in milliseconds since 1970.
        var startMillis: Int64
        var endMillis: Int64
        /// Invokes delivered so far and planned in all.
        var invokes: Int
        var plannedInvokes: Int
        /// The state the function returned from the previous invoke.
        var state: JSONObject
    }

    mutating func makeShard(_ index: Int) -> ShardState {
        var clock = start
        clock.advance(by: 0...5_000, using: &random)
        let counter = random.next(below: 1 << UInt64(random.int(in: 10...32)))
        let fields = KinesisSequenceNumber(
            shardCreationSeconds: creationSeconds, shardIndex: UInt32(truncatingIfNeeded: index),
            sequenceIndex: counter, arrivalSeconds: KinesisStreamSimulator.arrivalSeconds(clock))
        let shardID = KinesisStream.shardIDBytes(index)
        return ShardState(
            shardIndex: index, shardID: String(decoding: shardID, as: UTF8.self),
            eventIDPrefix: shardID + [UInt8(ascii: ":")],
            clock: clock, sequence: SequenceNumberDigits(fields))
    }

    static func arrivalSeconds(_ clock: SimulatedClock) -> UInt32 {
        UInt32(clamping: clock.wholeSecondsSince1970)
    }
}
