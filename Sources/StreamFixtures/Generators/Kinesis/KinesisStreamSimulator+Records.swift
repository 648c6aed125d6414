import Foundation
import StreamEvents
import StreamJSON

// How the simulator fills events with records: pacing, partition keys, payloads, aggregation, tumbling windows.

extension KinesisStreamSimulator {
    /// Builds the next event of the shard in `state`, its record data still bytes.
    mutating func makeEvent(state: inout ShardState, recordCount: Int) -> KinesisEventDraft {
        var newRecordLimit = recordCount
        var deadline: Int64?
        var gapCap: Int64?
        var windowBytes = 0
        if let seconds = tumblingWindowSeconds {
            let length = Int64(seconds) * 1_000
            var window: WindowState
            if let open = state.window {
                window = open
                let remaining = Int64(max(0, window.plannedInvokes - window.invokes) * recordCount)
                gapCap = max(0, (window.endMillis - 1 - state.clock.millisecondsSince1970) / (remaining + 1))
                advance(&state.clock, by: recipe.millisecondsBetweenEvents, cap: gapCap, deadline: window.endMillis - 1)
            } else {
                state.clock.advance(by: recipe.millisecondsBetweenEvents, using: &random)
                var startMillis = state.clock.millisecondsSince1970 / length * length
                if startMillis + length - state.clock.millisecondsSince1970 < length / 5 {
                    // Too little of this window is left for several invokes: start with the next one.
                    startMillis += length
                    state.clock = SimulatedClock(start: startMillis)
                    state.clock.advance(by: 0...min(1_000, length / 10), using: &random)
                }
                window = WindowState(
                    startMillis: startMillis, endMillis: startMillis + length, invokes: 0,
                    plannedInvokes: random.int(in: invokesPerWindow), state: JSONObject())
                let planned = Int64(window.plannedInvokes * recordCount)
                gapCap = max(0, (window.endMillis - 1 - state.clock.millisecondsSince1970) / (planned + 1))
            }
            if window.invokes >= window.plannedInvokes { newRecordLimit = 0 }
            deadline = window.endMillis - 1
            var writer = JSONWriter()
            writer.write(JSONValue.object(window.state))
            windowBytes = 320 + streamARN.utf8.count + writer.bytes.count
            state.window = window
        } else {
            state.clock.advance(by: recipe.millisecondsBetweenEvents, using: &random)
        }

        var records = [KinesisEventRecord]()
        var data = [[UInt8]]()
        records.reserveCapacity(recordCount)
        data.reserveCapacity(recordCount)
        var size = 16 + windowBytes
        while let draft = state.pending.first, records.count < recordCount {
            let recordSize = estimatedSize(of: draft)
            if !records.isEmpty, size + recordSize > KinesisStreamSimulator.maxEventBytes { break }
            records.append(draft.record)
            data.append(draft.data)
            state.pending.removeFirst()
            size += recordSize
        }
        while state.pending.isEmpty, records.count < min(recordCount, newRecordLimit) {
            let draft = makeRecord(state: &state, gapCap: gapCap, deadline: deadline)
            let recordSize = estimatedSize(of: draft)
            if !records.isEmpty, size + recordSize > KinesisStreamSimulator.maxEventBytes {
                state.pending.append(draft)
                break
            }
            records.append(draft.record)
            data.append(draft.data)
            size += recordSize
        }

        if recipe.encryptionTypeShare > 0, random.bool(probability: recipe.encryptionTypeShare) {
            for index in records.indices { records[index].kinesis.encryptionType = stream.encryptionType }
        }
        var event = KinesisEvent(records: records)
        if var window = state.window {
            window.invokes += 1
            let isFinal = window.invokes >= window.plannedInvokes && state.pending.isEmpty
            event.window = TimeWindow(
                start: KinesisStreamSimulator.windowBound(window.startMillis),
                end: KinesisStreamSimulator.windowBound(window.endMillis))
            event.state = .object(window.state)
            event.shardId = state.shardID
            event.eventSourceARN = streamARN
            event.isFinalInvokeForWindow = isFinal
            event.isWindowTerminatedEarly = false
            KinesisStreamSimulator.count(records, into: &window.state)
            if isFinal {
                state.window = nil
                if state.clock.millisecondsSince1970 < window.endMillis {
                    state.clock = SimulatedClock(start: window.endMillis)
                }
            } else {
                state.window = window
            }
        }
        return KinesisEventDraft(event: event, data: data)
    }

    /// A window bound as AWS writes it: RFC 3339 UTC, whole seconds.
    static func windowBound(_ millis: Int64) -> AWSTimestamp {
        AWSTimestamp(form: .iso8601(SimulatedClock(start: millis).iso8601(fractionDigits: 0)))
    }

    /// The state a typical tumbling-window function returns: records counted per partition key (as in the AWS
    /// developer guide's example), at most 50 keys, the rest under `_other`.
    static func count(_ records: [KinesisEventRecord], into state: inout JSONObject) {
        for record in records {
            var key = record.kinesis.partitionKey
            if state[key] == nil, state.count >= 50 { key = "_other" }
            let count = state[key]?.numberValue?.int64Value ?? 0
            state[key] = .number(JSONNumber(count + 1))
        }
    }

    /// Advances `clock` by a draw from `range`, limited to `cap` and never past `deadline` (nor backwards).
    mutating func advance(
        _ clock: inout SimulatedClock, by range: ClosedRange<Int64>, cap: Int64?, deadline: Int64?
    ) {
        var lower = max(0, range.lowerBound)
        var upper = max(lower, range.upperBound)
        if let cap {
            upper = min(upper, cap)
            lower = min(lower, upper)
        }
        let before = clock.millisecondsSince1970
        clock.advance(by: lower...upper, using: &random)
        if let deadline, clock.millisecondsSince1970 > deadline {
            clock = SimulatedClock(start: max(before, deadline))
        }
    }

    /// An upper bound of the JSON size of `draft` in an event, comma included.
    func estimatedSize(of draft: KinesisRecordDraft) -> Int {
        var keyBytes = 0
        for byte in draft.record.kinesis.partitionKey.utf8 {
            keyBytes += byte < 0x20 ? 6 : (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")) ? 2 : 1
        }
        return recordOverhead + keyBytes + KinesisRecordDraft.base64Length(draft.data.count)
    }

    // MARK: - Records

    /// Generates the shard's next record: arrival time, partition key, data, sequence number.
    mutating func makeRecord(state: inout ShardState, gapCap: Int64?, deadline: Int64?) -> KinesisRecordDraft {
        advance(&state.clock, by: recipe.millisecondsBetweenRecords, cap: gapCap, deadline: deadline)
        let arrival = state.clock.millisecondsSince1970
        let eventMillis = arrival - Int64(random.next(below: 1_500))
        // The record's key and data come from a stream of their own, seeded by one word of the simulator's: a record
        // is then a short, fixed run of the simulator's choices, which shrinking can delete whole, and its payload
        // can shrink without moving the records after it.
        let recordSeed = Seed(random.next())
        let simulatorRandom = random
        random = SeededRandom(seed: recordSeed)
        defer { random = simulatorRandom }
        let key: String
        let bytes: [UInt8]
        if recipe.aggregationShare > 0, random.bool(probability: recipe.aggregationShare) {
            (key, bytes) = makeAggregate(state: &state, eventMillis: eventMillis)
        } else {
            if recipe.explicitHashKeyShare > 0, random.chance(recipe.explicitHashKeyShare) {
                key = KinesisStreamSimulator.clampedKey(recipe.partitionKeys.run(using: &random))
            } else {
                key = partitionKey(for: &state)
            }
            var data = recipe.payload.make(&random, userRecordCount, eventMillis)
            userRecordCount += 1
            let limit = max(0, KinesisStreamSimulator.maxRecordBytes - key.utf8.count)
            if data.count > limit { data.removeLast(data.count - limit) }
            bytes = data
        }
        return sealDraft(state: &state, key: key, bytes: bytes, arrival: arrival)
    }

    /// The shard's next record with the given partition key and bytes, arrived at `arrival`: the next sequence number
    /// and the `eventID` it names.
    mutating func sealRecord(
        state: inout ShardState, key: String, bytes: [UInt8], arrival: Int64
    ) -> KinesisEventRecord {
        sealDraft(state: &state, key: key, bytes: bytes, arrival: arrival).filled
    }

    /// ``sealRecord(state:key:bytes:arrival:)`` with the data left as bytes.
    mutating func sealDraft(
        state: inout ShardState, key: String, bytes: [UInt8], arrival: Int64
    ) -> KinesisRecordDraft {
        let fields = state.sequence.fields
        state.sequence.advance(
            sequenceIndex: fields.sequenceIndex &+ 1, arrivalSeconds: KinesisStreamSimulator.arrivalSeconds(state.clock)
        )
        let digits = state.sequence.digits
        let prefix = state.eventIDPrefix
        let eventID = String(unsafeUninitializedCapacity: prefix.count + digits.count) { text in
            _ = text.initialize(fromContentsOf: prefix)
            _ = text[prefix.count...].initialize(fromContentsOf: digits)
            return prefix.count + digits.count
        }
        let record = KinesisEventRecord(
            eventID: eventID, eventSourceARN: streamARN, invokeIdentityArn: invokeIdentityArn, awsRegion: region,
            kinesis: KinesisRecordPayload(
                partitionKey: key, sequenceNumber: String(decoding: digits, as: UTF8.self),
                approximateArrivalTimestamp: KinesisStreamSimulator.timestamp(arrival)))
        return KinesisRecordDraft(record: record, data: bytes)
    }

    /// Epoch seconds with the millisecond fraction, trailing zeros trimmed but one digit kept:
    /// `1704067200.123`, `1704067200.12`, `1704067200.0`.
    static func timestamp(_ millis: Int64) -> AWSTimestamp {
        let seconds = SimulatedClock(start: millis).wholeSecondsSince1970
        var fraction = UInt64(millis - seconds * 1_000)
        var width = 3
        while width > 1, fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var writer = JSONByteWriter(capacity: 0)
        writer.rawDigits(UInt64(max(0, seconds)))
        writer.rawDigits(fraction, width: width)
        let digits = writer.bytes
        // The text is a valid JSON number by construction: build its normal form directly instead of re-parsing.
        let text = String(unsafeUninitializedCapacity: digits.count + 1) { text in
            let whole = digits.count - width
            _ = text.initialize(fromContentsOf: digits[..<whole])
            text[whole] = UInt8(ascii: ".")
            _ = text[(whole + 1)...].initialize(fromContentsOf: digits[whole...])
            return digits.count + 1
        }
        let normal = JSONNumber.NormalForm(negative: false, rawDigits: digits, exponent: -width)
        return AWSTimestamp(epochNumber: JSONNumber(validatedText: text, normal: normal))
    }

    /// A KPL aggregate of several user records bound for the shard; returns the outer partition key (the first
    /// user record's, §A.8) and the aggregate's bytes.
    mutating func makeAggregate(state: inout ShardState, eventMillis: Int64) -> (String, [UInt8]) {
        let lower = min(max(1, recipe.userRecordsPerAggregate.lowerBound), 1_000)
        let upper = min(max(lower, recipe.userRecordsPerAggregate.upperBound), 1_000)
        let count = random.int(in: lower...upper)
        var users = [KPLUserRecord]()
        // Magic and digest, and per user record at most 32 bytes of protobuf framing and key-table entries.
        var size = KPLAggregate.magic.count + 16
        var outerKeyBytes = 0
        for position in 0..<count {
            let key: String
            var hashKey: String?
            if recipe.explicitHashKeyShare > 0, random.chance(recipe.explicitHashKeyShare) {
                key = KinesisStreamSimulator.clampedKey(recipe.partitionKeys.run(using: &random))
                hashKey = randomHashKey(inShard: state.shardIndex).description
            } else {
                key = partitionKey(for: &state)
            }
            var data = recipe.payload.make(&random, userRecordCount, eventMillis)
            userRecordCount += 1
            if position == 0 { outerKeyBytes = key.utf8.count }
            let framing = 32 + key.utf8.count + (hashKey?.utf8.count ?? 0)
            let room = KinesisStreamSimulator.maxRecordBytes - outerKeyBytes - size - framing
            if data.count > room {
                guard position == 0 else { break }
                data.removeLast(data.count - max(0, room))
            }
            users.append(KPLUserRecord(partitionKey: key, explicitHashKey: hashKey, data: Data(data)))
            size += framing + data.count
        }
        return (users.first?.partitionKey ?? "", KPLAggregate.encode(users))
    }

    /// A partition key that hashes to the shard of `state`: a recently used one, one drawn earlier for this shard,
    /// or new keys from the recipe until one lands here (keys for other shards are kept for them).
    mutating func partitionKey(for state: inout ShardState) -> String {
        let shard = state.shardIndex
        // Reuse only once a few keys are known, so the first records of a shard do not all repeat one key.
        if state.recentKeys.count >= 4, recipe.keyReuseShare > 0, random.bool(probability: recipe.keyReuseShare),
            let key = random.element(of: state.recentKeys)
        {
            return key
        }
        if let key = keyPools[shard]?.popLast() {
            remember(key, in: &state)
            return key
        }
        for _ in 0..<(4 * shardCount + 16) {
            let key = KinesisStreamSimulator.clampedKey(recipe.partitionKeys.run(using: &random))
            let owner = ranges.shardIndex(forPartitionKey: key)
            if owner == shard {
                remember(key, in: &state)
                return key
            }
            if keyPools[owner, default: []].count < keyPoolCapacity { keyPools[owner, default: []].append(key) }
        }
        // The recipe's keys rarely or never land here (a small key space): reuse, else search UUIDs.
        if let key = random.element(of: state.recentKeys) { return key }
        while true {
            let key = randomUUID(using: &random)
            if ranges.shardIndex(forPartitionKey: key) == shard {
                remember(key, in: &state)
                return key
            }
        }
    }

    /// Keeps `key` among the shard's 16 most recent keys.
    func remember(_ key: String, in state: inout ShardState) {
        if state.recentKeys.count < 16 {
            state.recentKeys.append(key)
        } else {
            state.recentKeys[state.recentCursor] = key
            state.recentCursor = (state.recentCursor + 1) % 16
        }
    }

    /// A key of 1…256 Unicode scalars: empty keys become `"0"`, long ones are cut (Kinesis rejects both).
    static func clampedKey(_ key: String) -> String {
        if key.isEmpty { return "0" }
        if key.utf8.count <= 256 { return key }
        let scalars = key.unicodeScalars
        guard scalars.count > 256 else { return key }
        return String(String.UnicodeScalarView(scalars.prefix(256)))
    }

    /// A random hash key inside the shard's range.
    mutating func randomHashKey(inShard shard: Int) -> KinesisHashKey {
        guard let range = ranges.hashKeyRange(ofShard: shard) else { return .min }
        let lower = range.lowerBound
        let upper = range.upperBound
        if lower.high == upper.high {
            let span = upper.low - lower.low
            let low = span == .max ? random.next() : lower.low + random.next(below: span + 1)
            return KinesisHashKey(high: lower.high, low: low)
        }
        let high = lower.high + random.next(below: upper.high - lower.high)
        let low = random.next()
        return KinesisHashKey(high: high, low: high == lower.high ? max(low, lower.low) : low)
    }
}
