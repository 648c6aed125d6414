public import StreamEvents
import StreamJSON

/// A simulated DynamoDB table with a stream: it applies puts, updates and deletes to its items and emits the
/// stream records Lambda would deliver, with every invariant of a real stream.
///
/// * `INSERT` only for keys the table does not hold, `MODIFY` whose `OldImage` is the previous `NewImage`,
///   `REMOVE` only of items that exist; writes that change nothing stream nothing.
/// * Images per `StreamViewType` × event name; `Keys` present and equal in every image; `SizeBytes` by
///   `DynamoDBItemSize`; TTL deletions with the service `userIdentity`.
/// * `eventID` 32 lowercase hex digits, `eventVersion` `1.1`, sequence numbers of 21+ digits growing within each
///   shard, `ApproximateCreationDateTime` in whole seconds that never go back, `awsRegion` the table's region,
///   `eventSourceARN` the stream ARN `arn:<partition>:dynamodb:<region>:<account>:table/<name>/stream/<label>`.
///
/// Images list attributes sorted by name at every level, as the AWS CLI prints them, so a decoded and re-encoded
/// event has the same bytes. The table is a value: copy it to branch a scenario. Everything comes from the seed, so the same seed gives the
/// same records on every machine.
///
/// ```swift
/// var table = try DynamoDBTableSimulator(
///     name: "orders", keySchema: DynamoDBKeySchema(partitionKey: .string("pk")),
///     streamViewType: .newAndOldImages, seed: 42)
/// let event = table.nextEvent(recordCount: 10)          // random writes, one shard
///
/// let insert = try table.put(["pk": "order#1", "status": "PENDING", "total": 12.5])
/// let modify = try table.update(key: ["pk": "order#1"], set: ["status": "PAID"])
/// let remove = try table.expire(key: ["pk": "order#1"])   // a TTL deletion
/// ```
public struct DynamoDBTableSimulator: Sendable {
    /// The table name.
    public let tableName: String
    /// The partition, region and account of the table.
    public let environment: AWSEnvironment
    /// The primary key.
    public let keySchema: DynamoDBKeySchema
    /// Which images the stream writes.
    public let streamViewType: StreamViewType
    /// The stream label, `YYYY-MM-DDThh:mm:ss.sss` (when the stream was enabled).
    public let streamLabel: String
    /// The stream ARN every record carries as `eventSourceARN`.
    public let streamARN: String
    /// The attribute Time to Live reads, if the table uses TTL.
    public let ttlAttributeName: String?
    /// The mix of random writes.
    public var operations: DynamoDBOperationMix
    /// The share of random deletes done by TTL (0…1), when an item's TTL has passed.
    public var ttlShare: Double
    /// The simulated time between two writes, in milliseconds.
    public var millisecondsBetweenWrites: ClosedRange<Int64>
    /// The simulated time of the last write.
    public internal(set) var clock: SimulatedClock

    /// The stream of the table's own choices: which write, which item, how the clock moves.
    var random: SeededRandom
    /// Where each new item's stream is seeded from (``itemsDrawn`` counts them), so an item's attributes and values
    /// never shift the table's own choices: shrinking can make an item smaller and keep the writes around it.
    let itemSeed: Seed
    var itemsDrawn = 0
    var shards: [DynamoDBStreamShard]
    var entries: [ItemKey: Entry]
    var partitionShards: [AttributeValue: Int]
    let source: DynamoDBItemSource
    let shape: RandomItemShape?
    let keyStyles: [KeyValueStyle]
    /// The creation time of the last record, reused while the second stays the same.
    var lastCreation: (seconds: Int64, timestamp: AWSTimestamp)?
    /// The ids of the latest records, so no batch repeats an `eventID`.
    var recentEventIDs = RecentEventIDs()

    /// A stored item.
    struct Entry: Sendable {
        var item: AttributeMap
        var size: Int
        var shard: Int
        var position: Int
    }

    /// Creates a table with a stream.
    ///
    /// - Parameters:
    ///   - name: The table name (3–255 characters of `a-z A-Z 0-9 _ . -`).
    ///   - environment: The partition, region and account.
    ///   - keySchema: The primary key.
    ///   - streamViewType: `KEYS_ONLY`, `NEW_IMAGE`, `OLD_IMAGE` or `NEW_AND_OLD_IMAGES`.
    ///   - shardCount: The number of open stream shards (1–64); an item's partition key decides its shard.
    ///   - items: Where random writes get items (random trees shaped for the table, or your values).
    ///   - operations: The mix of random writes.
    ///   - ttlShare: The share of random deletes done by Time to Live (0…1).
    ///   - ttlAttributeName: The TTL attribute; random items get one named like `ttl` or `expiresAt` when
    ///     `ttlShare` > 0 and this is `nil`. Your items need it for random TTL deletes.
    ///   - existingItemCount: Items the table holds before the first streamed write (0–10,000), so modifications
    ///     and deletions (and expired items for TTL) come from the start.
    ///   - clock: The time of the first write; the stream label lies a little before it.
    ///   - seed: The seed of everything random.
    /// - Throws: ``DynamoDBGeneratorError`` for an option out of range, or when items from `items` cannot be
    ///   stored (a few are drawn and checked up front).
    public init(
        name: String = "orders",
        environment: AWSEnvironment = AWSEnvironment(),
        keySchema: DynamoDBKeySchema = DynamoDBKeySchema(partitionKey: .string("pk")),
        streamViewType: StreamViewType = .newAndOldImages,
        shardCount: Int = 1,
        items: DynamoDBItemSource = .random,
        operations: DynamoDBOperationMix = .default,
        ttlShare: Double = 0.1,
        ttlAttributeName: String? = nil,
        existingItemCount: Int = 10,
        clock: SimulatedClock = SimulatedClock(),
        seed: Seed
    ) throws(DynamoDBGeneratorError) {
        try Self.validate(
            name: name, environment: environment, keySchema: keySchema, streamViewType: streamViewType,
            shardCount: shardCount, operations: operations, ttlShare: ttlShare, ttlAttributeName: ttlAttributeName,
            existingItemCount: existingItemCount)
        if case .items(let generator) = items.storage {
            try Self.checkSamples(of: generator, keySchema: keySchema, seed: seed)
        }
        self.init(
            unchecked: name, environment: environment, keySchema: keySchema, streamViewType: streamViewType,
            shardCount: shardCount, items: items, operations: operations, ttlShare: ttlShare,
            ttlAttributeName: ttlAttributeName, existingItemCount: existingItemCount, clock: clock, seed: seed)
    }

    /// Creates a table from options already known to be valid.
    init(
        unchecked name: String, environment: AWSEnvironment, keySchema: DynamoDBKeySchema,
        streamViewType: StreamViewType, shardCount: Int, items: DynamoDBItemSource, operations: DynamoDBOperationMix,
        ttlShare: Double, ttlAttributeName: String?, existingItemCount: Int, clock: SimulatedClock, seed: Seed
    ) {
        var random = SeededRandom(seed: seed)
        self.tableName = name
        self.environment = environment
        self.keySchema = keySchema
        self.streamViewType = streamViewType
        self.operations = operations
        self.ttlShare = min(max(ttlShare, 0), 1)
        self.millisecondsBetweenWrites = 0...1_500
        self.clock = clock
        self.source = items

        let labelMilliseconds = clock.millisecondsSince1970 - Int64(random.int(in: 10_000...21_600_000))
        let label = RandomItemShape.isoTime(milliseconds: labelMilliseconds)
        self.streamLabel = String(label.dropLast())
        self.streamARN = environment.arn(service: "dynamodb", resource: "table/\(name)/stream/\(streamLabel)")
        var shards: [DynamoDBStreamShard] = []
        for _ in 0..<min(max(shardCount, 1), 64) {
            shards.append(
                DynamoDBStreamShard(
                    createdAt: labelMilliseconds + Int64(random.int(in: 100...1_500)), using: &random))
        }
        self.shards = shards

        var styles: [KeyValueStyle] = []
        for attribute in keySchema.attributes { styles.append(KeyValueStyle.choose(for: attribute, using: &random)) }
        self.keyStyles = styles

        var shape: RandomItemShape?
        if case .random = items.storage {
            var shapeRandom = SeededRandom(seed: seed.derived(index: 1))
            var drawn = RandomItemShape.random(
                keySchema: keySchema, timeToLive: ttlShare > 0 || ttlAttributeName != nil, using: &shapeRandom)
            if let ttlAttributeName {
                drawn.attributes.removeAll { $0.name == ttlAttributeName && $0.kind != .ttl }
                if let index = drawn.attributes.firstIndex(where: { $0.kind == .ttl }) {
                    drawn.attributes[index].name = ttlAttributeName
                }
                drawn.ttlName = ttlAttributeName
                drawn.touchedOnUpdate.remove(ttlAttributeName)
            }
            shape = drawn
        }
        self.shape = shape
        self.ttlAttributeName = ttlAttributeName ?? shape?.ttlName
        self.itemSeed = seed.derived(index: 2)
        self.entries = [:]
        self.partitionShards = [:]

        // The items the table holds before the stream is read come from a stream of their own, so how many there are
        // does not move the writes that follow.
        self.random = SeededRandom(seed: seed.derived(index: 3))
        for _ in 0..<min(max(existingItemCount, 0), 10_000) {
            let shard = randomShard()
            let past = self.clock.millisecondsSince1970 - Int64(self.random.int(in: 60_000...2_592_000_000))
            _ = insertNewItem(shard: shard, now: past)
        }
        self.random = random
    }

    // MARK: Validation

    static func validate(
        name: String, environment: AWSEnvironment, keySchema: DynamoDBKeySchema, streamViewType: StreamViewType,
        shardCount: Int, operations: DynamoDBOperationMix, ttlShare: Double, ttlAttributeName: String?,
        existingItemCount: Int
    ) throws(DynamoDBGeneratorError) {
        func option(_ location: String, _ message: String) -> DynamoDBGeneratorError {
            DynamoDBGeneratorError(code: .invalidOption, location: location, message: message)
        }
        let nameBytes = Array(name.utf8)
        let allowed = nameBytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
                true
            default: false
            }
        }
        guard (3...255).contains(nameBytes.count), allowed else {
            throw option("name", "table names are 3 to 255 characters of a-z A-Z 0-9 _ . -; found \"\(name)\"")
        }
        do throws(GeneratorOptionsError) {
            try environment.validate()
        } catch {
            throw option("environment.\(error.field)", error.message)
        }
        try keySchema.validate()
        guard streamViewType.isKnown else {
            throw option(
                "streamViewType",
                "expected KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES; found \"\(streamViewType.rawValue)\"")
        }
        guard (1...64).contains(shardCount) else {
            throw option("shardCount", "expected 1 to 64 shards; found \(shardCount)")
        }
        try operations.validate()
        guard ttlShare.isFinite, (0...1).contains(ttlShare) else {
            throw option("ttlShare", "expected a share from 0 to 1; found \(ttlShare)")
        }
        if let ttlAttributeName {
            guard !ttlAttributeName.isEmpty, !keySchema.isKeyAttribute(ttlAttributeName) else {
                throw option(
                    "ttlAttributeName",
                    "the TTL attribute must be a non-empty, non-key attribute; found \"\(ttlAttributeName)\"")
            }
        }
        guard (0...10_000).contains(existingItemCount) else {
            throw option("existingItemCount", "expected 0 to 10000 items; found \(existingItemCount)")
        }
    }

    /// Draws a few items from a custom source (with its own random stream) and checks they can be stored.
    static func checkSamples(
        of generator: Gen<Result<AttributeMap, DynamoDBGeneratorError>>, keySchema: DynamoDBKeySchema, seed: Seed
    ) throws(DynamoDBGeneratorError) {
        var random = SeededRandom(seed: seed.derived(index: 0x5EED))
        for _ in 0..<4 {
            var item = try generator.run(using: &random).get()
            for attribute in keySchema.attributes where item[attribute.name] == nil {
                item[attribute.name] = attribute.type == .string ? "k" : attribute.type == .number ? 1 : .binary([1])
            }
            _ = try DynamoDBItemRules.checkItem(DynamoDBItemRules.canonicalized(item), schema: keySchema)
        }
    }

    // MARK: Reading the table

    /// The number of items the table holds.
    public var itemCount: Int { entries.count }

    /// Every item, shard by shard.
    public var items: [AttributeMap] {
        shards.flatMap { shard in shard.keys.compactMap { entries[$0]?.item } }
    }

    /// The ids of the stream's shards.
    public var shardIDs: [String] { shards.map(\.id) }

    /// The item with this key, if the table holds one.
    ///
    /// - Parameter key: The key attributes (numbers compare by value).
    /// - Returns: The item, or `nil`.
    public func item(forKey key: AttributeMap) -> AttributeMap? {
        itemKey(of: key).flatMap { entries[$0]?.item }
    }

    // MARK: Internals shared by writes

    /// The key of `item`; numbers hash and compare by value, so `7` and `7.0` are the same key, as in DynamoDB.
    func itemKey(of item: AttributeMap) -> ItemKey? {
        guard let partition = item[keySchema.partitionKey.name] else { return nil }
        guard let sortKey = keySchema.sortKey else { return ItemKey(partition: partition, sort: nil) }
        guard let sort = item[sortKey.name] else { return nil }
        return ItemKey(partition: partition, sort: sort)
    }

    /// The key attributes of `item`, sorted by name.
    func keys(of item: AttributeMap) -> AttributeMap {
        var members: [AttributeMap.Member] = []
        members.reserveCapacity(keySchema.attributes.count)
        for attribute in keySchema.attributes {
            if let value = item[attribute.name] { members.append(.init(name: attribute.name, value: value)) }
        }
        if members.count == 2, !(members[0].name < members[1].name) { members.swapAt(0, 1) }
        return AttributeMap(members)
    }

    mutating func randomShard() -> Int {
        shards.count == 1 ? 0 : random.int(in: 0...(shards.count - 1))
    }

    mutating func advanceClock(by step: ClosedRange<Int64>) {
        clock.advance(by: step, using: &random)
    }

    /// The shard of a new partition key: where its partition already lives, else `preferred`, else by hash.
    mutating func shard(forPartition partition: AttributeValue, preferred: Int?) -> Int {
        if shards.count == 1 { return 0 }
        if let known = partitionShards[partition] { return known }
        let shard = preferred ?? Int(Self.fnv1a(partition) % UInt64(shards.count))
        partitionShards[partition] = shard
        return shard
    }

    static func fnv1a(_ value: AttributeValue) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        switch value {
        case .string(let text): mix(text.utf8)
        case .number(let number): mix(number.canonical.text.utf8)
        case .binary(let bytes): mix(bytes)
        default: mix(value.typeKey.utf8)
        }
        return hash
    }

    /// Stores `item` (whose members must be sorted by name at every level) under `key` and describes the change;
    /// `nil` when the table already holds the same item.
    mutating func store(_ item: AttributeMap, size: Int, key: ItemKey, preferredShard: Int?) -> TableChange? {
        let now = clock.millisecondsSince1970
        if var entry = entries[key] {
            guard entry.item != item else { return nil }
            let old = entry.item
            let oldSize = entry.size
            entry.item = item
            entry.size = size
            entries[key] = entry

            let keyMap = keys(of: item)
            return TableChange(
                eventName: .modify, keys: keyMap, keysSize: DynamoDBItemSize.size(of: keyMap) ?? 0, newItem: item,
                newSize: size, oldItem: old, oldSize: oldSize, isTimeToLive: false, shard: entry.shard,
                milliseconds: now)
        }
        let shard = shard(forPartition: key.partition, preferred: preferredShard)
        entries[key] = Entry(item: item, size: size, shard: shard, position: shards[shard].keys.count)
        shards[shard].keys.append(key)
        let keyMap = keys(of: item)
        return TableChange(
            eventName: .insert, keys: keyMap, keysSize: DynamoDBItemSize.size(of: keyMap) ?? 0, newItem: item,
            newSize: size, oldItem: nil, oldSize: 0, isTimeToLive: false, shard: shard, milliseconds: now)
    }

    /// Removes the item under `key` and describes the change; `nil` when there is none.
    mutating func remove(key: ItemKey, timeToLive: Bool) -> TableChange? {
        guard let entry = entries.removeValue(forKey: key) else { return nil }
        let lastIndex = shards[entry.shard].keys.count - 1
        if entry.position != lastIndex {
            let moved = shards[entry.shard].keys[lastIndex]
            shards[entry.shard].keys[entry.position] = moved
            entries[moved]?.position = entry.position
        }
        shards[entry.shard].keys.removeLast()
        let keyMap = keys(of: entry.item)
        return TableChange(
            eventName: .remove, keys: keyMap, keysSize: DynamoDBItemSize.size(of: keyMap) ?? 0, newItem: nil,
            newSize: 0, oldItem: entry.item, oldSize: entry.size, isTimeToLive: timeToLive, shard: entry.shard,
            milliseconds: clock.millisecondsSince1970)
    }

    /// The key of an item of `shard` whose TTL has passed, if one of a few items drawn at random has (TTL deletes
    /// expired items in no particular order, typically within days of expiry).
    mutating func expiredKey(in shard: Int) -> ItemKey? {
        guard let ttlAttributeName, !shards[shard].keys.isEmpty else { return nil }
        let now = RandomItemShape.floorSeconds(clock.millisecondsSince1970)
        for _ in 0..<16 {
            guard let key = random.element(of: shards[shard].keys),
                let expiry = entries[key]?.item[ttlAttributeName]?.numberValue?.exactly(Int64.self)
            else { continue }
            if expiry <= now { return key }
        }
        return nil
    }
}

/// One change to a table, before it is written as a stream record or a Kinesis change record.
struct TableChange: Sendable {
    var eventName: DynamoDBEventName
    var keys: AttributeMap
    var keysSize: Int
    var newItem: AttributeMap?
    var newSize: Int
    var oldItem: AttributeMap?
    var oldSize: Int
    var isTimeToLive: Bool
    var shard: Int
    var milliseconds: Int64
}
