import StreamJSON

/// The rules of a batch of stream records (Kinesis or DynamoDB): one stream, increasing sequence numbers,
/// regions, sizes and the tumbling window.
enum BatchRules: Int, RuleGroup {
    case singleStream, sequenceNumbersIncreasing, regionMatchesARN, recordCount, payloadSize, windowMembersTogether,
        windowBoundsOrdered, sameRegion, sameEventVersion

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .singleStream:
            RuleDescriptor(
                id: "batch.single-stream", severity: .error, kinds: RuleKinds.streamEvents,
                summary:
                    "every record has the same eventSourceARN, and the tumbling-window eventSourceARN if present",
                section: "A.1"
            )
        case .sequenceNumbersIncreasing:
            RuleDescriptor(
                id: "batch.sequence-numbers-increasing", severity: .error,
                kinds: [
                    .kinesisEvent, .dynamodbEvent, .getRecordsResponse, .subscribeToShardEvent,
                    .subscribeToShardEventStream, .dynamodbstreamsGetRecordsResponse, .kinesisOnFailure,
                    .dynamodbOnFailure,
                ],
                summary:
                    "sequence numbers strictly increase from record to record, compared as integers",
                section: "A.10 #2, B.2")
        case .regionMatchesARN:
            RuleDescriptor(
                id: "batch.region-matches-arn", severity: .error, kinds: RuleKinds.streamEventRecords,
                summary: "awsRegion is the region of eventSourceARN", section: "A.10 #4")
        case .recordCount:
            RuleDescriptor(
                id: "batch.record-count", severity: .error, kinds: RuleKinds.streamEvents,
                summary: "a batch has at most 10,000 records (ESM BatchSize maximum; RuleOptions.maximumBatchRecords)",
                section: "C.1")
        case .payloadSize:
            RuleDescriptor(
                id: "batch.payload-size", severity: .error, kinds: RuleKinds.streamEvents,
                summary:
                    "the event is at most 6 MB as compact JSON (Lambda invoke payload; RuleOptions.maximumPayloadBytes)",
                section: "A.1"
            )
        case .windowMembersTogether:
            RuleDescriptor(
                id: "window.members-together", severity: .error, kinds: RuleKinds.streamEvents,
                summary:
                    "window, shardId, eventSourceARN, isFinalInvokeForWindow, isWindowTerminatedEarly come together "
                    + "(state may be absent on a first invocation)", section: "A.10 #7, A.4")
        case .windowBoundsOrdered:
            RuleDescriptor(
                id: "window.bounds-ordered", severity: .error, kinds: RuleKinds.streamEvents,
                summary: "window.start is before window.end", section: "A.10 #7")
        case .sameRegion:
            // A batch comes from one stream, and a stream lives in one region: "Each batch contains records from a
            // single shard/data stream" (https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html); DynamoDB
            // streams likewise belong to one table (https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html).
            RuleDescriptor(
                id: "batch.same-region", severity: .error, kinds: RuleKinds.streamEvents,
                summary:
                    "every record of a batch has the same awsRegion, even where eventSourceARN is a placeholder",
                section: "A.1"
            )
        case .sameEventVersion:
            // The record format of one stream; the DynamoDB Streams API says clients must not assume eventVersion
            // stays at one value over time (botocore dynamodbstreams `Record.eventVersion`), hence a warning.
            RuleDescriptor(
                id: "batch.same-event-version", severity: .warning, kinds: RuleKinds.streamEvents,
                summary:
                    "every record of a batch has the same eventVersion (one stream, one record format)", section: "A.2")
        }
    }
}

extension RuleContext {
    /// What the records of one batch have in common, found on the way through them: each value as it was first
    /// seen, whose tape index is where it was seen.
    struct BatchIdentity {
        /// The shard every record must come from.
        var shard: TapeText?
        /// The stream every record must come from.
        var stream: TapeText?
        /// The region of the batch's records.
        var region: TapeText?
        /// The execution role of the mapping (Kinesis `invokeIdentityArn`).
        var role: TapeText?
        /// The `eventVersion` of the batch's records.
        var eventVersion: TapeText?
    }

    /// Reports `rule` at the string `value` when it differs from the batch's `first` (recording `value` as the first
    /// when there is none); the message names both places. Returns whether the value agreed with the batch.
    ///
    /// - Parameters:
    ///   - value: Tape index of the string in this record.
    ///   - first: The batch's value and its tape index; set from `value` when `nil`.
    ///   - rule: The rule to report.
    ///   - label: The member's name as the payload spells it.
    ///   - reason: Why the value can't vary within a batch, for the message.
    @discardableResult
    mutating func checkSameInBatch(
        _ value: Int, _ first: inout TapeText?, rule: some RuleGroup, label: String, reason: String
    ) -> Bool {
        let text = tapeText(value)
        guard let batch = first else {
            first = text
            return true
        }
        guard !textsEqual(batch, text) else { return true }
        report(
            rule, at: value,
            "\(label) \(quoted(value)) differs from the batch's \(quoted(batch.index)) at "
                + "\(relativePointer(batch.index)); \(reason)")
        return false
    }

    /// Reports `rule` when the string at `value` was seen before in `seen` (naming both places), else records where
    /// it was first seen.
    ///
    /// - Parameters:
    ///   - value: Tape index of the string.
    ///   - seen: Each value met so far and where it was first seen.
    ///   - rule: The rule to report.
    ///   - label: The member's name as the payload spells it.
    ///   - reason: Why the value can't repeat, for the message.
    mutating func checkUnique(
        _ value: Int, _ seen: inout SeenStrings, rule: some RuleGroup, label: String, reason: String
    ) {
        if let first = seen.firstPlace(of: value, in: self) {
            report(
                rule, at: value,
                "\(label) \(quoted(value)) repeats the \(label) at \(relativePointer(first)); \(reason)")
        }
    }

    /// Every record's `awsRegion` is the batch's; returns whether this one is.
    mutating func checkSameRegion(_ region: Int, _ identity: inout BatchIdentity) -> Bool {
        checkSameInBatch(
            region, &identity.region, rule: BatchRules.sameRegion, label: "awsRegion",
            reason: "a batch comes from one stream, in one region")
    }

    /// Every record's `eventVersion` is the batch's.
    mutating func checkSameEventVersion(_ version: Int, _ identity: inout BatchIdentity) {
        checkSameInBatch(
            version, &identity.eventVersion, rule: BatchRules.sameEventVersion, label: "eventVersion",
            reason: "the records of one stream's batch share one record format")
    }

    /// The members a tumbling-window invocation adds to an event, in the order messages list them.
    static let windowMembers: [(name: [UInt8], text: String)] = [
        (MemberName.window, "window"), (MemberName.state, "state"), (MemberName.shardId, "shardId"),
        (MemberName.eventSourceARN, "eventSourceARN"), (MemberName.isFinalInvokeForWindow, "isFinalInvokeForWindow"),
        (MemberName.isWindowTerminatedEarly, "isWindowTerminatedEarly"),
    ]

    /// The position of `state` in `windowMembers`: it may be absent (first invocation of a window, §A.4) and alone
    /// marks nothing, so the together rule leaves it out.
    private static let windowStatePosition = 1

    /// The position of `window` in `windowMembers`.
    private static let windowPosition = 0

    /// Rules for the envelope of a Kinesis or DynamoDB event: batch size, payload size, tumbling window.
    mutating func checkBatchEnvelope(_ event: Int) {
        if let records = arrayMember(event, MemberName.records),
            document.childCount(records) > options.maximumBatchRecords
        {
            report(
                BatchRules.recordCount, at: records,
                "the batch has \(document.childCount(records)) records; Lambda delivers at most "
                    + "\(options.maximumBatchRecords) (the event source mapping's BatchSize maximum)")
        }
        checkPayloadSize(event)
        checkWindow(event)
    }

    /// The event fits Lambda's invoke payload limit, measured as compact JSON.
    private mutating func checkPayloadSize(_ event: Int) {
        let limit = options.maximumPayloadBytes
        let next = document.next(event)
        let upperBound =
            (next < document.nodes.count ? document.offset(next) : document.bytes.count) - document.offset(event)
        guard upperBound > limit else { return }
        let size = compactSize(event)
        guard size > limit else { return }
        report(
            BatchRules.payloadSize, at: event,
            "the event is \(size) bytes as compact JSON; Lambda invoke payloads are at most \(limit) bytes (6 MB)")
    }

    /// The length of the value at `index` written as compact JSON (strings as written in the input).
    func compactSize(_ index: Int) -> Int {
        var size = 0
        var node = index
        let end = document.next(index)
        while node < end {
            let entry = document.nodes[node]
            switch entry.kind {
            case .string, .number: size += Int(entry.length)
            case .null, .true: size += 4
            case .false: size += 5
            case .array: size += 2 + max(0, Int(entry.length) - 1)
            case .object: size += 2 + Int(entry.length) + max(0, Int(entry.length) - 1)
            }
            node += 1
        }
        return size
    }

    /// Tumbling-window members come together, and the window's start is before its end.
    private mutating func checkWindow(_ event: Int) {
        // One pass over the event's members. Bit `i` set: `windowMembers[i]` is present. Names are only built for a
        // report.
        let checked = ((1 << Self.windowMembers.count) - 1) & ~(1 << Self.windowStatePosition)
        var present = 0
        var window: Int?
        if document.kind(event) == .object {
            var child = event + 1
            let end = document.next(event)
            while child < end {
                let position = withUTF8(child) { name in Self.windowMembers.firstIndex { $0.name.bytesEqual(name) } }
                if let position, position != Self.windowStatePosition {
                    present |= 1 << position
                    // The last of duplicate names, as `member(_:_:)` finds it.
                    if position == Self.windowPosition { window = child + 1 }
                }
                child = document.next(child + 1)
            }
        }
        if present != 0, present != checked {
            let names = Self.windowMembers.indices.filter { checked & (1 << $0) != 0 }.map {
                (text: Self.windowMembers[$0].text, present: present & (1 << $0) != 0)
            }
            report(
                BatchRules.windowMembersTogether, at: window ?? event,
                "a tumbling-window event has window, shardId, eventSourceARN, isFinalInvokeForWindow and "
                    + "isWindowTerminatedEarly together; this one has "
                    + names.filter(\.present).map(\.text).joined(separator: ", ") + " but not "
                    + names.filter { !$0.present }.map(\.text).joined(separator: ", "))
        }
        guard let window, document.kind(window) == .object, let start = stringMember(window, MemberName.start),
            let end = stringMember(window, MemberName.end), let startInstant = ISOTimestamp(utf8(start)),
            let endInstant = ISOTimestamp(utf8(end))
        else { return }
        if !(startInstant < endInstant) {
            report(
                BatchRules.windowBoundsOrdered, at: end,
                "window.end \(quoted(end)) is " + (startInstant == endInstant ? "the same instant as" : "before")
                    + " window.start \(quoted(start)); a tumbling window ends after it starts")
        }
    }

    /// Every record's `eventSourceARN` is the batch's.
    mutating func checkSingleStream(_ stream: Int, _ identity: inout BatchIdentity) {
        checkSameInBatch(
            stream, &identity.stream, rule: BatchRules.singleStream, label: "eventSourceARN",
            reason: "Lambda batches hold records of one stream")
    }

    /// `awsRegion` is a region name (placeholders are warned about), and the region of the ARN when there is one.
    mutating func checkRegion(_ region: Int, of arn: Int?) {
        guard checkFormat(region, StrictFormats.region, rule: FormatRules.regionFormat, label: "awsRegion"),
            let arn, let parts = ARNParts(utf8(arn)), !parts.region.isEmpty
        else { return }
        let regionBytes = utf8(region)
        if !parts.slice(parts.region).bytesEqual(regionBytes) {
            report(
                BatchRules.regionMatchesARN, at: region,
                "awsRegion \(quoted(region)) is not the region of eventSourceARN \(quoted(arn)) at "
                    + "\(relativePointer(arn)); expected \"\(parts.text(parts.region))\"")
        }
    }

    /// -1, 0 or 1 as the digit string at tape index `left` is below, equal to or above the one at `right`, read in
    /// place. Not `mutating`: a closure in a mutating method that reads `self` captures a copy of the whole context.
    func compareDigits(_ left: Int, _ right: Int) -> Int {
        withUTF8(left) { leftBytes in withUTF8(right) { DecimalDigits.compare(leftBytes, $0) } }
    }

    /// Reports `current` unless it is above `previous` (both digit strings).
    mutating func checkIncreasing(_ previous: Int, _ current: Int) {
        let comparison = compareDigits(previous, current)
        guard comparison >= 0 else { return }
        report(
            BatchRules.sequenceNumbersIncreasing, at: current,
            "sequence number \(quoted(current)) is "
                + (comparison == 0 ? "the same as" : "below") + " the previous record's "
                + "\"\(text(previous))\"; records of a shard come in increasing order")
    }
}
