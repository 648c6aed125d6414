import StreamEvents
import StreamJSON

/// One run of a simulated event source mapping: a discrete-event loop over the batch lanes of every shard.
///
/// Each shard has `ParallelizationFactor` lanes; a record goes to the lane its partition key hashes to, and a lane
/// handles one batch at a time, so records of one key are processed in order. Lanes never share records, so the
/// loop only has to pick the lane whose next invocation comes first on the simulated clock.
struct MappingRun<Event: TumblingWindowEvent & Encodable & Sendable>: Sendable where Event.Record: Sendable {
    let simulator: EventSourceMappingSimulator<Event>
    var settings: MappingSettings { simulator.settings }
    var traffic: [TrafficRecord] { simulator.traffic }
    var lanes: [Lane] = []
    var random: SeededRandom

    var invocations: [MappingInvocation<Event>] = []
    var onFailureRecords: [StreamOnFailureRecord] = []
    var violations: [MappingViolation] = []
    /// Per record: how often it was sent, whether it was processed or sent to a destination.
    var attempts: [Int]
    var processed: [Bool]
    var settled: [Bool]
    var discardedCount = 0
    var filtered = 0
    /// Per ordering group (shard, or shard and key): the last record that reached the handler for the first time.
    var firstDeliveries: [String: Int] = [:]
    /// Per shard and key: the latest record processed successfully.
    var latestProcessed: [String: Int] = [:]
    var clock: Int64 = 0

    /// How long a record stays readable in the stream (the default 24-hour Kinesis retention; DynamoDB Streams keep
    /// records 24 hours).
    static var retentionMilliseconds: Int64 { 86_400_000 }
    /// The most invocations one run makes before it stops (a safety net; a run that reaches it reports it).
    static var invocationLimit: Int { 1_000_000 }

    /// A lane of one shard.
    struct Lane: Sendable {
        var shard: Int
        /// The lane's records, in shard order, and how many of them were taken into batches.
        var pending: [Int] = []
        var taken = 0
        /// When the lane can invoke next.
        var free: Int64
        /// Batches to retry (or halves of a bisected batch), first one next.
        var queued: [Batch] = []
        /// The open tumbling window.
        var window: OpenWindow?
    }

    /// A batch: record indexes, and what retrying it has used up.
    struct Batch: Sendable {
        var records: [Int]
        var retries = 0
        var notBefore: Int64 = 0
        var windowStart: Int64?
        var isFinal = false
    }

    /// An open tumbling window of a lane.
    struct OpenWindow: Sendable {
        var start: Int64
        var state: JSONValue
    }

    init(simulator: EventSourceMappingSimulator<Event>) {
        self.simulator = simulator
        self.random = simulator.random
        let count = simulator.traffic.count
        attempts = Array(repeating: 0, count: count)
        processed = Array(repeating: false, count: count)
        settled = Array(repeating: false, count: count)
        let factor = simulator.settings.parallelizationFactor
        var laneIndex: [Int: Int] = [:]
        for (index, record) in simulator.traffic.enumerated() {
            // Lambda filters before batching: a record no filter matches is dropped and counts as processed.
            guard simulator.accepts(simulator.records[index]) else {
                filtered += 1
                settled[index] = true
                continue
            }
            let slot = record.shard * factor + (factor == 1 ? 0 : Int(MappingRun.hash(record.key) % UInt64(factor)))
            let lane: Int
            if let known = laneIndex[slot] {
                lane = known
            } else {
                lane = lanes.count
                laneIndex[slot] = lane
                lanes.append(Lane(shard: record.shard, free: record.arrival))
            }
            lanes[lane].pending.append(index)
            lanes[lane].free = min(lanes[lane].free, record.arrival)
        }
        clock = simulator.traffic.map(\.arrival).min() ?? 0
    }

    /// FNV-1a of the key's UTF-8 bytes: which lane a partition key uses.
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    // MARK: - The loop

    mutating func run(_ handler: (Event) async throws -> JSONValue) async {
        var plans: [(time: Int64, batch: Batch, taken: Int?)?] = lanes.indices.map { plan(lane: $0) }
        while invocations.count < Self.invocationLimit {
            var chosen: Int?
            for index in plans.indices {
                guard let candidate = plans[index] else { continue }
                if let best = chosen, let bestPlan = plans[best], bestPlan.time <= candidate.time { continue }
                chosen = index
            }
            guard let lane = chosen, let next = plans[lane] else { break }
            if let taken = next.taken { lanes[lane].taken = taken }
            if !lanes[lane].queued.isEmpty, next.taken == nil { lanes[lane].queued.removeFirst() }
            await invoke(next.batch, lane: lane, at: next.time, handler)
            plans[lane] = plan(lane: lane)
        }
        if invocations.count >= Self.invocationLimit {
            for lane in lanes.indices {
                for index in lanes[lane].pending[lanes[lane].taken...] { lose(index, because: "the run stopped") }
                for batch in lanes[lane].queued {
                    for index in batch.records { lose(index, because: "the run stopped") }
                }
            }
        }
        for index in traffic.indices where !processed[index] && !settled[index] {
            lose(index, because: "it was never processed")
        }
    }

    /// The lane's next batch and when it is invoked; `nil` when the lane has nothing left to do.
    func plan(lane index: Int) -> (time: Int64, batch: Batch, taken: Int?)? {
        let lane = lanes[index]
        if let batch = lane.queued.first { return (max(lane.free, batch.notBefore), batch, nil) }
        let window = settings.tumblingWindowMilliseconds
        if lane.taken < lane.pending.count {
            let first = traffic[lane.pending[lane.taken]]
            if let length = window, let open = lane.window, Self.windowStart(first.arrival, length) != open.start {
                return finalInvoke(lane: lane, length: length)
            }
            return freshBatch(lane: lane)
        }
        if let length = window, lane.window != nil { return finalInvoke(lane: lane, length: length) }
        return nil
    }

    /// The invoke without records that closes a window whose records were all delivered before it ended.
    func finalInvoke(lane: Lane, length: Int64) -> (time: Int64, batch: Batch, taken: Int?)? {
        guard let open = lane.window else { return nil }
        let batch = Batch(records: [], windowStart: open.start, isFinal: true)
        return (max(lane.free, open.start + length), batch, lane.taken)
    }

    /// The next batch from the lane's unread records: closed by size, payload, batching window or tumbling window.
    func freshBatch(lane: Lane) -> (time: Int64, batch: Batch, taken: Int?) {
        let first = traffic[lane.pending[lane.taken]]
        let open = max(lane.free, first.arrival)
        var limit = open + settings.batchingWindowMilliseconds
        var windowStart: Int64?
        var windowEnd = Int64.max
        if let length = settings.tumblingWindowMilliseconds {
            let start = Self.windowStart(first.arrival, length)
            windowStart = start
            windowEnd = start + length
            limit = min(limit, max(open, windowEnd))
        }
        var bytes = envelopeSize(windowStart: windowStart, lane: lane)
        var records: [Int] = []
        var position = lane.taken
        var full = false
        while position < lane.pending.count {
            let record = traffic[lane.pending[position]]
            if record.arrival >= windowEnd || record.arrival > limit { break }
            if records.count == settings.batchSize
                || (!records.isEmpty && bytes + 1 + record.size > KinesisStreamSimulator.maxEventBytes)
            {
                full = true
                break
            }
            bytes += record.size + (records.isEmpty ? 0 : 1)
            records.append(lane.pending[position])
            position += 1
        }
        let close = full ? max(open, records.last.map { traffic[$0].arrival } ?? open) : limit
        var isFinal = false
        if windowStart != nil, close >= windowEnd {
            isFinal = position == lane.pending.count || traffic[lane.pending[position]].arrival >= windowEnd
        }
        return (close, Batch(records: records, windowStart: windowStart, isFinal: isFinal), position)
    }

    /// The bytes of an event without records, with the window members when the mapping has tumbling windows.
    func envelopeSize(windowStart: Int64?, lane: Lane) -> Int {
        let event = Event(records: [], tumblingWindow: tumblingWindow(windowStart, lane: lane, isFinal: false))
        return (try? StreamJSONEncoder().encode(event).count) ?? 1_024
    }

    static func windowStart(_ arrival: Int64, _ length: Int64) -> Int64 {
        let quotient = arrival / length
        return (arrival % length < 0 ? quotient - 1 : quotient) * length
    }

    /// The tumbling-window members of an invoke of `lane`'s window starting at `start`.
    func tumblingWindow(_ start: Int64?, lane: Lane, isFinal: Bool) -> TumblingWindow {
        guard let start, let length = settings.tumblingWindowMilliseconds else { return TumblingWindow() }
        let state = lane.window?.start == start ? lane.window?.state ?? .object(JSONObject()) : .object(JSONObject())
        return TumblingWindow(
            window: TimeWindow(
                start: KinesisStreamSimulator.windowBound(start),
                end: KinesisStreamSimulator.windowBound(start + length)),
            state: state, shardId: simulator.shardID(lane.shard), eventSourceARN: simulator.streamARN,
            isFinalInvokeForWindow: isFinal, isWindowTerminatedEarly: false)
    }

    // MARK: - One invocation

    mutating func invoke(
        _ planned: Batch, lane index: Int, at time: Int64, _ handler: (Event) async throws -> JSONValue
    ) async {
        clock = max(clock, time)
        var batch = planned
        batch.records = dropExpired(batch.records, lane: index, at: time)
        if batch.records.isEmpty && !batch.isFinal {
            lanes[index].free = max(lanes[index].free, time)
            return
        }
        if let start = batch.windowStart, lanes[index].window?.start != start {
            lanes[index].window = OpenWindow(start: start, state: .object(JSONObject()))
        }
        let event = Event(
            records: batch.records.map { simulator.records[$0] },
            tumblingWindow: tumblingWindow(batch.windowStart, lane: lanes[index], isFinal: batch.isFinal))
        for record in batch.records { deliver(record) }

        let answer: JSONValue?
        let thrown: String?
        do {
            answer = try await handler(event)
            thrown = nil
        } catch {
            answer = nil
            thrown = String(describing: error)
        }
        let sequenceNumbers = batch.records.map { traffic[$0].sequenceNumber }
        var verdict = MappingVerdict.functionError
        var retryPosition: Int?
        var state: JSONValue?
        if let answer {
            (verdict, retryPosition, state) = MappingAnswer.read(
                answer, sequenceNumbers: sequenceNumbers, reportsFailures: settings.reportsBatchItemFailures,
                needsState: batch.windowStart != nil)
        }
        let end = time + max(1, simulator.millisecondsPerInvocation)
        clock = max(clock, end)
        lanes[index].free = end
        invocations.append(
            MappingInvocation(
                time: SimulatedClock(start: time), shardID: simulator.shardID(lanes[index].shard), event: event,
                response: answer, error: thrown, verdict: verdict))

        switch verdict {
        case .success:
            for record in batch.records { succeed(record) }
            if let state { lanes[index].window?.state = state }
            if batch.isFinal { lanes[index].window = nil }
        case .partialFailure:
            let position = retryPosition ?? 0
            for record in batch.records[..<position] { succeed(record) }
            if let state { lanes[index].window?.state = state }
            var rest = batch
            rest.records = Array(batch.records[position...])
            retry(rest, lane: index, at: end, event: event)
        case .functionError, .invalidResponse:
            if settings.bisectsOnError, batch.records.count > 1 {
                let middle = batch.records.count / 2
                var first = batch
                first.records = Array(batch.records[..<middle])
                first.isFinal = false
                first.notBefore = end
                var second = batch
                second.records = Array(batch.records[middle...])
                second.notBefore = end
                lanes[index].queued.insert(contentsOf: [first, second], at: 0)
            } else {
                retry(batch, lane: index, at: end, event: event)
            }
        }
    }

    /// Queues a failed batch for another attempt, or gives it up when its retries are used up.
    mutating func retry(_ failed: Batch, lane index: Int, at time: Int64, event: Event) {
        var batch = failed
        batch.retries += 1
        if let maximum = settings.maximumRetryAttempts, batch.retries > maximum {
            if batch.isFinal { lanes[index].window = nil }
            discard(batch.records, lane: index, condition: .retryAttemptsExhausted, at: time)
            return
        }
        let shift = min(batch.retries - 1, 6)
        batch.notBefore = time + min(1_000 << Int64(shift), 60_000)
        lanes[index].queued.insert(batch, at: 0)
    }

    /// Takes the records that expired from the stream or exceeded the maximum record age off the front of a batch.
    mutating func dropExpired(_ records: [Int], lane: Int, at time: Int64) -> [Int] {
        var kept = records[...]
        while let first = kept.first, time - traffic[first].arrival >= Self.retentionMilliseconds {
            lose(first, because: "it expired from the stream (24 hours) while its batch kept failing")
            kept.removeFirst()
        }
        if let maximumAge = settings.maximumRecordAgeMilliseconds {
            var old: [Int] = []
            while let first = kept.first, time - traffic[first].arrival > maximumAge {
                old.append(first)
                kept.removeFirst()
            }
            if !old.isEmpty { discard(old, lane: lane, condition: .recordAgeExceeded, at: time) }
        }
        return Array(kept)
    }

    // MARK: - Bookkeeping and guarantees

    /// The ordering group of a record: its shard, or its shard and key with a parallelization factor above 1.
    func orderGroup(_ index: Int) -> String {
        let record = traffic[index]
        return settings.parallelizationFactor == 1 ? String(record.shard) : "\(record.shard)/\(record.key)"
    }

    mutating func deliver(_ index: Int) {
        let record = traffic[index]
        attempts[index] += 1
        if attempts[index] == 1 {
            let group = orderGroup(index)
            if let previous = firstDeliveries[group], previous > index {
                violations.append(
                    MappingViolation(
                        rule: .orderBroken, shardID: simulator.shardID(record.shard),
                        sequenceNumber: record.sequenceNumber,
                        message: "first delivered after the later record \(traffic[previous].sequenceNumber)"))
            }
            firstDeliveries[group] = max(firstDeliveries[group] ?? index, index)
        }
        if let later = latestProcessed["\(record.shard)/\(record.key)"], later > index {
            violations.append(
                MappingViolation(
                    rule: .deliveredAfterLaterRecord, shardID: simulator.shardID(record.shard),
                    sequenceNumber: record.sequenceNumber,
                    message: "delivered again after \(traffic[later].sequenceNumber) of key \"\(record.key)\" "
                        + "was processed"))
        }
    }

    mutating func succeed(_ index: Int) {
        let record = traffic[index]
        processed[index] = true
        let key = "\(record.shard)/\(record.key)"
        latestProcessed[key] = max(latestProcessed[key] ?? index, index)
    }

    mutating func lose(_ index: Int, because reason: String) {
        guard !processed[index], !settled[index] else { return }
        settled[index] = true
        let record = traffic[index]
        violations.append(
            MappingViolation(
                rule: .recordLost, shardID: simulator.shardID(record.shard), sequenceNumber: record.sequenceNumber,
                message: "neither processed nor sent to an on-failure destination: \(reason)"))
    }

    /// Gives up records: an on-failure destination record when the mapping has a destination, else they are lost.
    mutating func discard(_ records: [Int], lane index: Int, condition: OnFailureCondition, at time: Int64) {
        guard !records.isEmpty else { return }
        discardedCount += records.count
        guard let destination = settings.destination else {
            let reason =
                condition == .recordAgeExceeded
                ? "it exceeded MaximumRecordAgeInSeconds and the mapping has no on-failure destination"
                : "its retries were used up and the mapping has no on-failure destination"
            for record in records { lose(record, because: reason) }
            return
        }
        for record in records { settled[record] = true }
        let event = Event(records: records.map { simulator.records[$0] }, tumblingWindow: TumblingWindow())
        let payload = simulator.onFailurePayload(event)
        let facts: StreamBatchFacts
        switch payload {
        case .kinesis(let kinesis): facts = StreamBatchFacts(kinesis)
        case .dynamoDB(let dynamoDB): facts = StreamBatchFacts(dynamoDB)
        }
        onFailureRecords.append(
            StreamOnFailureRecord.discarded(
                facts: facts, shardID: simulator.shardID(lanes[index].shard),
                requestID: randomUUID(using: &random), function: simulator.function, condition: condition,
                invokeCount: records.map { attempts[$0] }.max() ?? 0, writtenAt: time, destination: destination,
                payload: payload))
    }

    func outcome() -> EventSourceMappingOutcome<Event> {
        EventSourceMappingOutcome(
            invocations: invocations, onFailureRecords: onFailureRecords, violations: violations,
            recordCount: traffic.count, processedRecordCount: processed.filter { $0 }.count,
            discardedRecordCount: discardedCount, filteredRecordCount: filtered,
            finishedAt: SimulatedClock(start: clock))
    }
}
