import Foundation
public import StreamEvents
import StreamJSON

extension DynamoDBTableSimulator {
    /// The largest event Lambda invokes a function with (6 MB), kept with a margin.
    static let maximumEventBytes = 6_000_000

    /// The stream record of the next random write (on a random shard).
    ///
    /// - Returns: An `INSERT`, `MODIFY` or `REMOVE` record; writes that change nothing are skipped.
    ///
    /// ```swift
    /// let record = table.nextRecord()
    /// ```
    public mutating func nextRecord() -> DynamoDBEventRecord {
        nextShardRecord().record
    }

    /// The stream record of the next random write, with the index of the shard it belongs to.
    mutating func nextShardRecord() -> (shard: Int, record: DynamoDBEventRecord) {
        let shard = randomShard()
        if let pending = shards[shard].pending {
            shards[shard].pending = nil
            return (shard, pending)
        }
        while true {
            if let change = randomChange(shard: shard, step: millisecondsBetweenWrites) {
                return (shard, streamRecord(for: change))
            }
        }
    }

    /// The stream records of the next `count` random writes, each on a random shard.
    ///
    /// - Parameter count: The number of records (negative counts as 0).
    /// - Returns: The records in the order the writes happened.
    public mutating func nextRecords(count: Int) -> [DynamoDBEventRecord] {
        var records: [DynamoDBEventRecord] = []
        records.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) { records.append(nextRecord()) }
        return records
    }

    /// The next Lambda event: a batch of random writes from one shard, in shard order.
    ///
    /// - Parameter recordCount: The batch size (the mapping's `BatchSize`, 1–10,000). The batch is smaller only
    ///   when more records would make the event larger than 6 MB; the record that did not fit opens the shard's
    ///   next batch.
    /// - Returns: The event.
    ///
    /// ```swift
    /// var table = try DynamoDBTableSimulator(name: "orders", seed: 7)
    /// let event = table.nextEvent(recordCount: 25)
    /// let bytes = try StreamJSONEncoder().encode(event)
    /// ```
    public mutating func nextEvent(recordCount: Int = 10) -> DynamoDBEvent {
        DynamoDBEvent(records: nextBatch(shard: randomShard(), recordCount: recordCount))
    }

    /// Up to `recordCount` records of `shard`, within the 6 MB limit.
    mutating func nextBatch(shard: Int, recordCount: Int) -> [DynamoDBEventRecord] {
        let target = min(max(recordCount, 1), 10_000)
        var records: [DynamoDBEventRecord] = []
        records.reserveCapacity(target)
        // A cheap bound (16 bytes of JSON per byte of SizeBytes) until it gets near the limit, then the walk.
        var bytes = 16
        var precise = false
        while records.count < target {
            let record: DynamoDBEventRecord
            if let pending = shards[shard].pending {
                shards[shard].pending = nil
                record = pending
            } else if let change = randomChange(shard: shard, step: millisecondsBetweenWrites) {
                record = streamRecord(for: change)
            } else {
                continue
            }
            var size = precise ? Self.estimatedJSONSize(of: record) : Self.quickJSONBound(of: record)
            if !precise, bytes + size > Self.maximumEventBytes {
                precise = true
                bytes = records.reduce(16) { $0 + Self.estimatedJSONSize(of: $1) }
                size = Self.estimatedJSONSize(of: record)
            }
            if !records.isEmpty, bytes + size > Self.maximumEventBytes {
                shards[shard].pending = record
                break
            }
            bytes += size
            records.append(record)
        }
        return records
    }

    /// The invocations of the next tumbling window on one shard: `recordCount` writes spread over a window of
    /// `seconds` aligned on multiples of its length, in batches of at most `batchSize`, each carrying the state the
    /// previous invocation returned (`{}` first; string counts of records per event name after); the last one has
    /// `isFinalInvokeForWindow: true`.
    ///
    /// The final invocation always carries records, so that a window's result is never computed from an empty
    /// batch (an empty invoke is told from a Kinesis one only by its `eventSourceARN`).
    ///
    /// - Parameters:
    ///   - seconds: The window length, `TumblingWindowInSeconds` (1–900).
    ///   - recordCount: The writes within the window (0–10,000); a window without writes has no invocations.
    ///   - batchSize: The largest batch (1–10,000).
    /// - Returns: The events, in invocation order.
    ///
    /// ```swift
    /// let invocations = table.nextWindow(seconds: 60, recordCount: 12, batchSize: 5)
    /// invocations.last?.isFinalInvokeForWindow   // true
    /// ```
    public mutating func nextWindow(seconds: Int = 60, recordCount: Int = 10, batchSize: Int = 100) -> [DynamoDBEvent] {
        let windowMilliseconds = Int64(min(max(seconds, 1), 900)) * 1_000
        let count = min(max(recordCount, 0), 10_000)
        let batch = min(max(batchSize, 1), 10_000)
        let free = shards.indices.filter { shards[$0].pending == nil }
        let shard = random.element(of: free) ?? randomShard()
        var events: [DynamoDBEvent] = []
        if let pending = shards[shard].pending {
            // A record left over from a full batch closes its own (past) window first.
            shards[shard].pending = nil
            let created = Int64(
                (pending.dynamodb.approximateCreationDateTime?.date()?.timeIntervalSince1970 ?? 0) * 1_000)
            let start = Self.floor(created, to: windowMilliseconds)
            events.append(
                windowEvent(
                    [pending], shard: shard, start: start, length: windowMilliseconds, state: [:], final: true))
        }

        let start = (Self.floor(clock.millisecondsSince1970, to: windowMilliseconds)) + windowMilliseconds
        let end = start + windowMilliseconds
        clock.advance(
            byMilliseconds: start - clock.millisecondsSince1970
                + Int64(random.int(in: 0...Int(windowMilliseconds / 10))))
        let stepLimit = count > 0 ? windowMilliseconds * 9 / 10 / Int64(count) : 0
        var records: [DynamoDBEventRecord] = []
        for _ in 0..<count where clock.millisecondsSince1970 < end - 1 {
            guard let change = randomChange(shard: shard, step: 0...stepLimit) else { continue }
            let record = streamRecord(for: change)
            guard change.milliseconds < end else {
                // Retries pushed the write past the window: it opens the shard's next batch instead.
                shards[shard].pending = record
                break
            }
            records.append(record)
        }

        var counts: [String: Int] = ["records": 0, "inserts": 0, "modifies": 0, "removes": 0]
        var index = 0
        while index < records.count {
            var bytes = 600
            var slice: [DynamoDBEventRecord] = []
            while index < records.count, slice.count < batch {
                let size = Self.estimatedJSONSize(of: records[index])
                if !slice.isEmpty, bytes + size > Self.maximumEventBytes { break }
                bytes += size
                slice.append(records[index])
                index += 1
            }
            let isLast = index == records.count
            events.append(
                windowEvent(
                    slice, shard: shard, start: start, length: windowMilliseconds, state: counts, final: isLast))
            for record in slice {
                counts["records", default: 0] += 1
                switch record.eventName {
                case .insert: counts["inserts", default: 0] += 1
                case .modify: counts["modifies", default: 0] += 1
                default: counts["removes", default: 0] += 1
                }
            }
        }
        clock.advance(byMilliseconds: end - clock.millisecondsSince1970)
        return events
    }

    /// One tumbling-window invocation; `state` is empty on the first one (`{}`), else the counts so far.
    func windowEvent(
        _ records: [DynamoDBEventRecord], shard: Int, start: Int64, length: Int64, state: [String: Int], final: Bool
    ) -> DynamoDBEvent {
        let isFirst = state.values.allSatisfy { $0 == 0 }
        let stateValue: JSONValue =
            isFirst
            ? .object(JSONObject())
            : .object(
                JSONObject(
                    ["inserts", "modifies", "records", "removes"].map {
                        JSONObject.Member(key: $0, value: .string(String(state[$0] ?? 0)))
                    }))
        return DynamoDBEvent(
            records: records,
            window: TimeWindow(
                start: Date(timeIntervalSince1970: TimeInterval(start / 1_000)), seconds: Int(length / 1_000)),
            state: stateValue, shardId: shards[shard].id, eventSourceARN: streamARN, isFinalInvokeForWindow: final,
            isWindowTerminatedEarly: false)
    }

    static func floor(_ value: Int64, to multiple: Int64) -> Int64 {
        let quotient = value / multiple
        return (value % multiple < 0 ? quotient - 1 : quotient) * multiple
    }

    /// The stream record for a change: images per view type, size, sequence number, identity.
    mutating func streamRecord(for change: TableChange) -> DynamoDBEventRecord {
        let newImage = streamViewType.includesNewImage ? change.newItem : nil
        let oldImage = streamViewType.includesOldImage ? change.oldItem : nil
        let size = change.keysSize + (newImage == nil ? 0 : change.newSize) + (oldImage == nil ? 0 : change.oldSize)
        let sequenceNumber = shards[change.shard].nextSequenceNumber(at: change.milliseconds, using: &random)
        let seconds = RandomItemShape.floorSeconds(change.milliseconds)
        let created: AWSTimestamp
        if let lastCreation, lastCreation.seconds == seconds {
            created = lastCreation.timestamp
        } else {
            created = AWSTimestamp(epochNumber: JSONNumber(seconds))
            lastCreation = (seconds, created)
        }
        let streamRecord = DynamoDBStreamRecord(
            approximateCreationDateTime: created,
            keys: change.keys, newImage: newImage, oldImage: oldImage, sequenceNumber: sequenceNumber,
            sizeBytes: size, streamViewType: streamViewType)
        let eventID = recentEventIDs.unique(RecentEventIDs.Bits(using: &random), sequenceNumber: sequenceNumber)
        return DynamoDBEventRecord(
            eventID: eventID, eventName: change.eventName,
            awsRegion: environment.region, dynamodb: streamRecord, eventSourceARN: streamARN,
            userIdentity: change.isTimeToLive ? .ttlService : nil)
    }

    /// A cheaper, looser upper bound of a record's compact JSON size: no attribute value takes more than 16 bytes of
    /// JSON per byte it counts in `SizeBytes` (a `BOOL` is 1 byte and `{"BOOL":false}`, names are counted too),
    /// plus the envelope.
    static func quickJSONBound(of record: DynamoDBEventRecord) -> Int {
        700 + (record.eventSourceARN?.utf8.count ?? 0) + 16 * (record.dynamodb.sizeBytes ?? 0)
    }

    /// An upper bound of a record's compact JSON size (assumes every string character might need escaping).
    static func estimatedJSONSize(of record: DynamoDBEventRecord) -> Int {
        var size = 420 + (record.eventSourceARN?.utf8.count ?? 0) + (record.userIdentity == nil ? 0 : 80)
        size += estimatedJSONSize(of: record.dynamodb.keys)
        if let image = record.dynamodb.newImage { size += estimatedJSONSize(of: image) }
        if let image = record.dynamodb.oldImage { size += estimatedJSONSize(of: image) }
        return size
    }

    static func estimatedJSONSize(of map: AttributeMap) -> Int {
        var size = 2
        for member in map.members { size += 2 * member.name.utf8.count + 4 + estimatedJSONSize(of: member.value) }
        return size
    }

    static func estimatedJSONSize(of value: AttributeValue) -> Int {
        switch value {
        case .string(let text): return 2 * text.utf8.count + 10
        case .number(let number): return number.text.utf8.count + 10
        case .binary(let bytes): return (bytes.count + 2) / 3 * 4 + 10
        case .stringSet(let texts): return texts.reduce(11) { $0 + 2 * $1.utf8.count + 3 }
        case .numberSet(let numbers): return numbers.reduce(11) { $0 + $1.text.utf8.count + 3 }
        case .binarySet(let sets): return sets.reduce(11) { $0 + ($1.count + 2) / 3 * 4 + 3 }
        case .map(let map): return estimatedJSONSize(of: map) + 8
        case .list(let elements): return elements.reduce(10) { $0 + estimatedJSONSize(of: $1) + 1 }
        case .null: return 13
        case .bool: return 15
        }
    }
}
