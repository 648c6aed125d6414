import StreamEvents
import StreamJSON

/// The rules of a Lambda event from a Kinesis stream (EventContract §A.10): event ids, shards, roles,
/// sequence numbers and arrival times.
enum KinesisEventRules: Int, RuleGroup {
    case eventIDMatchesSequenceNumber, batchSingleShard, arrivalTimestampsOrdered, partitionMatchesRole,
        accountMatchesRole, sequenceNumberLayout, sequenceNumberShard, sequenceNumberArrival, arrivalTimestampString,
        batchSameRole, arrivalTimestampSeconds

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .eventIDMatchesSequenceNumber:
            RuleDescriptor(
                id: "kinesis.event-id-matches-sequence-number", severity: .error,
                kinds: RuleKinds.kinesisEventRecords,
                summary: "eventID is \"<shardId>:<kinesis.sequenceNumber>\" of its own record", section: "A.10 #1")
        case .batchSingleShard:
            RuleDescriptor(
                id: "kinesis.batch-single-shard", severity: .error, kinds: RuleKinds.kinesisEvent,
                summary:
                    "every record's eventID names the same shard, and the tumbling-window shardId if present",
                section: "A.1")
        case .arrivalTimestampsOrdered:
            RuleDescriptor(
                id: "kinesis.arrival-timestamps-ordered", severity: .warning, kinds: RuleKinds.kinesisEvent,
                summary: "approximateArrivalTimestamp does not decrease from record to record", section: "A.10 #3")
        case .partitionMatchesRole:
            RuleDescriptor(
                id: "kinesis.partition-matches-role", severity: .error, kinds: RuleKinds.kinesisEventRecords,
                summary: "eventSourceARN and invokeIdentityArn are in the same AWS partition", section: "A.10 #4")
        case .accountMatchesRole:
            RuleDescriptor(
                id: "kinesis.account-matches-role", severity: .warning, kinds: RuleKinds.kinesisEventRecords,
                summary:
                    "eventSourceARN and invokeIdentityArn name the same account "
                    + "(cross-account mappings aside)", section: "A.10 #4"
            )
        case .sequenceNumberLayout:
            RuleDescriptor(
                id: "kinesis.sequence-number-layout", severity: .warning,
                kinds:
                    RuleKinds.kinesisRecordKinds + [
                        .putRecordsResponse, .putRecordResponse, .firehoseTransformationEvent,
                    ],
                summary: "sequence numbers have 56 digits in the version-2 layout real AWS numbers use", section: "D.3")
        case .sequenceNumberShard:
            RuleDescriptor(
                id: "kinesis.sequence-number-shard", severity: .warning,
                kinds:
                    RuleKinds.kinesisEventRecords + [
                        .putRecordsResponse, .putRecordResponse, .firehoseTransformationEvent,
                    ],
                summary: "the shard index inside a version-2 sequence number is the record's shard", section: "A.10 #8")
        case .sequenceNumberArrival:
            RuleDescriptor(
                id: "kinesis.sequence-number-arrival", severity: .warning, kinds: RuleKinds.kinesisRecordKinds,
                summary:
                    "the arrival second in a version-2 sequence number is within ±5 s of the arrival timestamp",
                section: "A.10 #8"
            )
        case .arrivalTimestampString:
            RuleDescriptor(
                id: "kinesis.arrival-timestamp-string", severity: .warning, kinds: RuleKinds.kinesisEventRecords,
                summary:
                    "approximateArrivalTimestamp is a JSON number, not a numeric string (Rust runtime output)",
                section: "F #2")
        case .batchSameRole:
            // One invocation comes from one event source mapping, whose execution role is invokeIdentityArn
            // (https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html, sample event; EventContract §A.2).
            RuleDescriptor(
                id: "kinesis.batch-same-role", severity: .error, kinds: RuleKinds.kinesisEvent,
                summary: "every record of a batch has the same invokeIdentityArn: one mapping, one role", section: "A.1"
            )
        case .arrivalTimestampSeconds:
            // Seconds with a millisecond fraction: https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
            // sample event and the Kinesis API `ApproximateArrivalTimestamp` (a timestamp, epoch seconds on the
            // wire); milliseconds come from aws-lambda-java-events' `Date` (EventContract §A.3, §F #2).
            RuleDescriptor(
                id: "kinesis.arrival-timestamp-seconds", severity: .warning, kinds: RuleKinds.kinesisEventRecords,
                summary:
                    "approximateArrivalTimestamp is epoch seconds, not milliseconds (Java re-serialisation)",
                section: "A.3"
            )
        }
    }
}

extension RuleContext {
    /// Rules for a Lambda event from a Kinesis stream (EventContract §A.10).
    mutating func checkKinesisEvent(_ event: Int) {
        guard document.kind(event) == .object else { return }
        checkBatchEnvelope(event)
        var identity = BatchIdentity()
        if let shard = stringMember(event, MemberName.shardId) {
            identity.shard = tapeText(shard)
            checkFormat(shard, StrictFormats.kinesisShardId, rule: FormatRules.shardIDFormat, label: "shardId")
        }
        if let stream = stringMember(event, MemberName.eventSourceARN) {
            identity.stream = tapeText(stream)
            checkARN(stream, StrictFormats.kinesisStreamArn, label: "eventSourceARN")
        }
        guard let records = arrayMember(event, MemberName.records) else { return }
        let end = document.next(records)
        var batch = KinesisBatch(identity: identity, recordsEnd: end)
        var child = records + 1
        while child < end {
            let record = child
            child = document.next(child)
            checkKinesisRecord(record, in: &batch)
        }
    }

    /// What the rules carry from one Kinesis record of a batch to the next.
    struct KinesisBatch {
        /// The shard, stream, region, role and event version of the batch's first record.
        var identity = BatchIdentity()
        /// Tape index of the previous record's sequence number (digits).
        var previousSequence: Int?
        var previousArrival: (seconds: Double, index: Int)?
        /// The stream, region and role (tape indexes; `nil` when absent, which reads as empty) last checked for
        /// format and agreement, so a batch checks them once.
        var previousIdentity: (stream: Int?, region: Int?, role: Int?)?
        /// Tape index just past the batch's last record; 0 for a record checked on its own.
        var recordsEnd = 0
        /// The batch's KPL aggregates, checked together when the rules meet the first
        /// (``RuleContext/checkedAggregates(first:after:to:)``); `nil` until then.
        var aggregates: CheckedAggregates?
        /// The last shard id whose index ``DecimalDigits/kinesisShardIndex(_:)`` read, and the index: every record of
        /// a batch names the same shard.
        var shardIndex: (shard: TapeText, index: UInt64?)?
    }

    /// Rules for one record of a Kinesis event (`Records[i]`), given what the records before it established.
    mutating func checkKinesisRecord(_ record: Int, in batch: inout KinesisBatch) {
        guard document.kind(record) == .object else { return }
        let members = KinesisRecordMembers.read(record, in: self)
        let payload = members.payload
        let sequence = members.sequenceNumber
        // A version-2 layout is 56 digits: only a number without one needs the digit scan.
        var layout: KinesisSequenceNumber?
        var sequenceIsDigits = false
        if let sequence {
            (layout, sequenceIsDigits) = withUTF8(sequence) { bytes in
                let layout = DecimalDigits.kinesisLayout(bytes)
                return (layout, layout != nil || DecimalDigits.isDigits(bytes))
            }
        }

        if let eventID = members.eventID {
            checkEventID(eventID, sequence: sequenceIsDigits ? sequence : nil, layout: layout, batch: &batch)
        }

        // The stream: one per batch, with one region, one role and one event version.
        let stream = members.eventSourceARN
        let region = members.awsRegion
        let role = members.invokeIdentityArn
        if let stream { checkSingleStream(stream, &batch.identity) }
        var sameRegion = true
        if let region { sameRegion = checkSameRegion(region, &batch.identity) }
        var sameRole = true
        if let role {
            sameRole = checkSameInBatch(
                role, &batch.identity.role, rule: KinesisEventRules.batchSameRole, label: "invokeIdentityArn",
                reason: "one event source mapping, with one execution role, invokes the function for a batch")
        }
        if let version = members.eventVersion {
            checkSameEventVersion(version, &batch.identity)
        }
        var sameIdentity = false
        if let previous = batch.previousIdentity {
            sameIdentity =
                optionalTextsEqual(previous.stream, stream) && optionalTextsEqual(previous.region, region)
                && optionalTextsEqual(previous.role, role)
        }
        if !sameIdentity {
            batch.previousIdentity = (stream, region, role)
            checkARN(stream, StrictFormats.kinesisStreamArn, label: "eventSourceARN")
            checkARN(role, StrictFormats.iamRoleArn, label: "invokeIdentityArn")
            if sameRegion, let region { checkRegion(region, of: stream) }
            if sameRole, let role, let stream { checkRole(role, against: stream) }
        }

        // Order.
        if let sequence, sequenceIsDigits {
            checkSequenceNumberLayout(sequence, layout: layout)
            if let previous = batch.previousSequence { checkIncreasing(previous, sequence) }
            batch.previousSequence = sequence
        }
        if let arrival = members.approximateArrivalTimestamp {
            let seconds = arrivalSeconds(arrival)
            if document.kind(arrival) == .string, seconds != nil, ISOTimestamp(utf8(arrival)) == nil {
                report(
                    KinesisEventRules.arrivalTimestampString, at: arrival,
                    "approximateArrivalTimestamp is the string \(quoted(arrival)); AWS sends a JSON number "
                        + "(epoch seconds); numeric strings come from aws-lambda-rust-runtime re-serialising it")
            }
            if let seconds, checkArrivalUnit(arrival, value: seconds) {
                if let previous = batch.previousArrival, seconds < previous.seconds {
                    report(
                        KinesisEventRules.arrivalTimestampsOrdered, at: arrival,
                        "approximateArrivalTimestamp \(quoted(arrival)) is earlier than the previous record's "
                            + "\(quoted(previous.index)) at \(relativePointer(previous.index)); records of a shard "
                            + "arrive in sequence-number order")
                }
                batch.previousArrival = (seconds, arrival)
                if let layout { checkArrival(arrival, seconds: seconds, layout: layout) }
            }
        }

        // The data blob.
        if payload != nil {
            let data = members.data
            var checked: Result<Int, KPLError>?
            if let data, withUTF8(data, { Base64Shape.decodedPrefix(of: $0, equals: KPLAggregate.magic) }) {
                if batch.aggregates == nil {
                    batch.aggregates =
                        precheckedAggregates ?? checkedAggregates(first: data, after: record, to: batch.recordsEnd)
                }
                checked = batch.aggregates?.result(for: data)
            }
            checkKinesisData(
                data, partitionKey: members.partitionKey, label: "data", checked: checked)
        }
    }

    /// `approximateArrivalTimestamp` is epoch seconds (with a millisecond fraction); returns whether it is.
    ///
    /// Lambda sends seconds (AWS Lambda developer guide, "Using Lambda with Kinesis Data Streams", sample event;
    /// EventContract §A.3). Milliseconds come from re-serialising the event with a `Date` member
    /// (aws-lambda-java-events, §F #2), so the finding is a warning.
    private mutating func checkArrivalUnit(_ arrival: Int, value: Double) -> Bool {
        let unit = EpochUnit(magnitudeOf: value)
        guard unit != .seconds else { return true }
        guard unit.isPlausible else { return true }
        report(
            KinesisEventRules.arrivalTimestampSeconds, at: arrival,
            "approximateArrivalTimestamp \(quoted(arrival)) reads as epoch \(unit.name) (\(unit.instant(value))); "
                + "Lambda sends epoch seconds with a millisecond fraction, such as 1704153600.123")
        return false
    }

    /// `eventID` = shard + ":" + sequence number, one shard per batch, and the shard inside the sequence number.
    private mutating func checkEventID(
        _ eventID: Int, sequence: Int?, layout: KinesisSequenceNumber?, batch: inout KinesisBatch
    ) {
        let whole = tapeText(eventID)
        let colon = withBytes(of: whole) { $0.firstIndex(of: UInt8(ascii: ":")) }
        let shard = TapeText(index: eventID, start: 0, count: colon ?? 0)
        var suffixIsSequence = false
        if let colon, let sequence {
            let suffix = TapeText(index: eventID, start: colon + 1, count: whole.count - colon - 1)
            suffixIsSequence = textsEqual(suffix, tapeText(sequence))
        }
        if let sequence, !suffixIsSequence || shard.count == 0 {
            let expectedShard =
                batch.identity.shard.map { string(of: $0) } ?? (shard.count == 0 ? "shardId-…" : string(of: shard))
            let sequenceText = text(sequence)
            report(
                KinesisEventRules.eventIDMatchesSequenceNumber, at: eventID,
                "eventID \(quoted(eventID)) does not match the record's shard \"\(expectedShard)\" and sequence "
                    + "number \"\(sequenceText)\"; expected \"\(expectedShard):\(sequenceText)\"")
        }
        guard shard.count != 0 else { return }
        if let first = batch.identity.shard {
            if !textsEqual(first, shard) {
                report(
                    KinesisEventRules.batchSingleShard, at: eventID,
                    "eventID names shard \"\(string(of: shard))\", but the batch is from shard "
                        + "\"\(string(of: first))\" (\(relativePointer(first.index))); "
                        + "Lambda batches hold records of one shard")
            }
        } else {
            batch.identity.shard = shard
        }
        var shardChecked = false
        if let cached = formatCache[StrictFormats.kinesisShardId.slot] { shardChecked = textsEqual(cached.text, shard) }
        if !shardChecked {
            let matched = withBytes(of: shard) { StrictFormats.kinesisShardId.matches($0) }
            formatCache[StrictFormats.kinesisShardId.slot] = FormatMatch(text: shard, matched: matched)
            if !matched {
                report(
                    FormatRules.shardIDFormat, at: eventID,
                    "eventID's shard \"\(string(of: shard))\" is not " + StrictFormats.kinesisShardId.expected)
            }
        }
        guard let layout else { return }
        let shardIndex: UInt64?
        if let known = batch.shardIndex, textsEqual(known.shard, shard) {
            shardIndex = known.index
        } else {
            shardIndex = withBytes(of: shard) { DecimalDigits.kinesisShardIndex($0) }
            batch.shardIndex = (shard, shardIndex)
        }
        if let index = shardIndex, UInt64(layout.shardIndex) != index, let sequence {
            report(
                KinesisEventRules.sequenceNumberShard, at: sequence,
                "sequenceNumber \(quoted(sequence)) encodes shard index \(layout.shardIndex), but eventID names "
                    + "shard \"\(string(of: shard))\" (index \(index))")
        }
    }

    /// The ESM role is in the stream's partition (error) and, usually, account (warning).
    private mutating func checkRole(_ role: Int, against stream: Int) {
        guard let roleParts = ARNParts(utf8(role)), let streamParts = ARNParts(utf8(stream)) else { return }
        if !roleParts.partition.isEmpty, !streamParts.partition.isEmpty,
            roleParts.slice(roleParts.partition) != streamParts.slice(streamParts.partition)
        {
            report(
                KinesisEventRules.partitionMatchesRole, at: role,
                "invokeIdentityArn is in partition \"\(roleParts.text(roleParts.partition))\" but eventSourceARN "
                    + "in \"\(streamParts.text(streamParts.partition))\"; a mapping's role and stream share a partition"
            )
        } else if !roleParts.account.isEmpty, !streamParts.account.isEmpty,
            roleParts.slice(roleParts.account) != streamParts.slice(streamParts.account)
        {
            report(
                KinesisEventRules.accountMatchesRole, at: role,
                "invokeIdentityArn is in account \(roleParts.text(roleParts.account)) but the stream in "
                    + "\(streamParts.text(streamParts.account)); fine for a cross-account mapping, otherwise a sign of "
                    + "a hand-edited event")
        }
    }

    /// Warns about a Kinesis sequence number that is not 56 digits in the version-2 layout.
    mutating func checkSequenceNumberLayout(_ sequence: Int, layout: KinesisSequenceNumber?) {
        guard layout == nil else { return }
        let count = utf8(sequence).count
        report(
            KinesisEventRules.sequenceNumberLayout, at: sequence,
            "sequence number \(quoted(sequence)) "
                + (count == KinesisSequenceNumber.decimalDigitCount
                    ? "does not follow the version-2 layout every current AWS sequence number has"
                    : "has \(count) digits; AWS sequence numbers have 56")
                + " (synthetic or very old values; EventContract §D.3)")
    }

    /// The shard index a version-2 sequence number encodes is the shard its record names beside it (the string
    /// at tape index `shard`); `label` and `shardLabel` are the two members' names as the payload spells them.
    mutating func checkSequenceNumberShard(
        _ sequence: Int, layout: KinesisSequenceNumber?, shard: Int?, label: String, shardLabel: String
    ) {
        guard let layout, let shard, let index = DecimalDigits.kinesisShardIndex(utf8(shard)),
            UInt64(layout.shardIndex) != index
        else { return }
        report(
            KinesisEventRules.sequenceNumberShard, at: sequence,
            "\(label) \(quoted(sequence)) encodes shard index \(layout.shardIndex), but \(shardLabel) is "
                + quoted(shard))
    }

    /// The arrival second in a version-2 sequence number is close to the record's arrival timestamp.
    mutating func checkArrival(_ arrival: Int, seconds: Double, layout: KinesisSequenceNumber) {
        let skew = seconds - Double(layout.arrivalSeconds)
        guard abs(skew) > options.maximumArrivalSkewSeconds else { return }
        report(
            KinesisEventRules.sequenceNumberArrival, at: arrival,
            "arrival timestamp \(quoted(arrival)) is \(Self.seconds(abs(skew))) s "
                + (skew > 0 ? "after" : "before") + " the arrival second \(layout.arrivalSeconds) encoded in the "
                + "record's sequence number (tolerance \(Self.seconds(options.maximumArrivalSkewSeconds)) s)")
    }

    /// Epoch seconds of an arrival timestamp: a number, a numeric string, or an ISO-8601 string (API output).
    func arrivalSeconds(_ index: Int) -> Double? {
        switch document.kind(index) {
        case .number:
            return double(index)
        case .string:
            let bytes = utf8(index)
            if let instant = ISOTimestamp(bytes) { return instant.epochSeconds }
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 &- UInt8(ascii: "0") <= 9 || $0 == UInt8(ascii: ".") })
            else { return nil }
            return Double(String(decoding: bytes, as: UTF8.self))
        default:
            return nil
        }
    }

    /// The pointer of `index` relative to the checked value, as text.
    func relativePointer(_ index: Int) -> String {
        let depth = document.path(to: root).count
        let tokens = document.path(to: index)
        let pointer = JSONPointer(tokens: Array(tokens.dropFirst(min(depth, tokens.count)))).description
        return pointer.isEmpty ? "the top level" : pointer
    }

    /// A number of seconds for messages: at most three decimals, no trailing zeros.
    static func seconds(_ value: Double) -> String {
        // `1e999999` reads as infinity; a huge finite value would trap in `Int(_:)`.
        guard value.isFinite else { return value < 0 ? "-infinity" : "infinity" }
        guard abs(value) < 1e15 else { return String(describing: value) }
        let milliseconds = (value * 1000).rounded()
        let whole = Int(milliseconds / 1000)
        let fraction = Int(milliseconds) % 1000
        if fraction == 0 { return String(whole) }
        var text = String(fraction)
        while text.count < 3 { text = "0" + text }
        while text.hasSuffix("0") { text.removeLast() }
        return "\(whole).\(text)"
    }
}
