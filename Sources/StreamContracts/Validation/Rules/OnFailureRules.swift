import StreamJSON

/// The rules of an on-failure destination record (EventContract §A.6, §B.7).
///
/// The `payload-*` rules apply to records written to an S3 destination, which carry the whole invocation event
/// under `payload` beside the metadata
/// (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html,
/// https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html): the event is the discarded batch,
/// so its records are the ones the batch information counts, bounds and locates. The event itself is checked with
/// the rules of its kind.
enum OnFailureRules: Int, RuleGroup {
    case sequenceRangeOrdered, arrivalOrdered, payloadBatchSize, payloadSequenceRange, payloadShard, payloadStreamArn

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .sequenceRangeOrdered:
            RuleDescriptor(
                id: "on-failure.sequence-range-ordered", severity: .error, kinds: RuleKinds.onFailure,
                summary: "startSequenceNumber ≤ endSequenceNumber, compared as integers", section: "A.6")
        case .arrivalOrdered:
            RuleDescriptor(
                id: "on-failure.arrival-ordered", severity: .error, kinds: RuleKinds.onFailure,
                summary: "approximateArrivalOfFirstRecord is not after approximateArrivalOfLastRecord", section: "A.6")
        case .payloadBatchSize:
            RuleDescriptor(
                id: "on-failure.payload-batch-size", severity: .error, kinds: RuleKinds.onFailure,
                summary: "an S3 record's payload holds batchSize records", section: "A.6")
        case .payloadSequenceRange:
            RuleDescriptor(
                id: "on-failure.payload-sequence-range", severity: .error, kinds: RuleKinds.onFailure,
                summary: "an S3 record's payload runs from startSequenceNumber to endSequenceNumber", section: "A.6")
        case .payloadShard:
            RuleDescriptor(
                id: "on-failure.payload-shard", severity: .error, kinds: RuleKinds.onFailure,
                summary: "an S3 record's payload comes from the batch info's shardId", section: "A.6")
        case .payloadStreamArn:
            RuleDescriptor(
                id: "on-failure.payload-stream-arn", severity: .error, kinds: RuleKinds.onFailure,
                summary: "an S3 record's payload comes from the batch info's streamArn", section: "A.6")
        }
    }
}

extension RuleContext {
    /// Rules for an on-failure destination record of a Kinesis (`KinesisBatchInfo`) or DynamoDB
    /// (`DDBStreamBatchInfo`) source (EventContract §A.6, §B.7).
    mutating func checkOnFailureRecord(_ record: Int, kinesis: Bool) {
        guard document.kind(record) == .object else { return }
        if let context = objectMember(record, MemberName.requestContext) {
            if let requestId = stringMember(context, MemberName.requestId) {
                checkFormat(
                    requestId, StrictFormats.uuid, rule: FormatRules.uuidFormat, label: "requestContext.requestId")
            }
            checkARN(
                stringMember(context, MemberName.functionArnCamel), StrictFormats.lambdaFunctionArn,
                label: "requestContext.functionArn")
        }
        guard let info = objectMember(record, kinesis ? MemberName.kinesisBatchInfo : MemberName.ddbStreamBatchInfo)
        else { return }
        let shard = stringMember(info, MemberName.shardId)
        if let shard {
            checkFormat(
                shard, kinesis ? StrictFormats.kinesisShardId : StrictFormats.dynamodbShardId,
                rule: FormatRules.shardIDFormat, label: "shardId")
        }
        checkARN(
            stringMember(info, MemberName.streamArn),
            kinesis ? StrictFormats.kinesisStreamArn : StrictFormats.dynamodbStreamArn, label: "streamArn")

        let start = stringMember(info, MemberName.startSequenceNumber).flatMap {
            DecimalDigits.isDigits(utf8($0)) ? $0 : nil
        }
        let end = stringMember(info, MemberName.endSequenceNumber).flatMap {
            DecimalDigits.isDigits(utf8($0)) ? $0 : nil
        }
        for sequence in [start, end].compactMap({ $0 }) {
            if kinesis {
                let layout = DecimalDigits.kinesisLayout(utf8(sequence))
                checkSequenceNumberLayout(sequence, layout: layout)
                checkSequenceNumberShard(
                    sequence, layout: layout, shard: shard, label: document.string(sequence - 1), shardLabel: "shardId")
            } else {
                checkFormat(
                    sequence, StrictFormats.dynamodbSequenceNumber, rule: DynamoDBEventRules.sequenceNumberLength,
                    label: document.string(sequence - 1))
            }
        }
        if let start, let end, DecimalDigits.compare(utf8(start), utf8(end)) > 0 {
            report(
                OnFailureRules.sequenceRangeOrdered, at: end,
                "endSequenceNumber \(quoted(end)) is below startSequenceNumber \(quoted(start)); the batch's range "
                    + "runs from its first record to its last")
        }
        if let first = stringMember(info, MemberName.approximateArrivalOfFirstRecord),
            let last = stringMember(info, MemberName.approximateArrivalOfLastRecord),
            let firstInstant = ISOTimestamp(utf8(first)), let lastInstant = ISOTimestamp(utf8(last)),
            lastInstant < firstInstant
        {
            report(
                OnFailureRules.arrivalOrdered, at: last,
                "approximateArrivalOfLastRecord \(quoted(last)) is before approximateArrivalOfFirstRecord "
                    + "\(quoted(first))")
        }
        if let payload = objectMember(record, MemberName.payload) {
            if kinesis { checkKinesisEvent(payload) } else { checkDynamoDBEvent(payload) }
            checkOnFailurePayload(payload, info: info, kinesis: kinesis)
        }
    }

    /// The `payload-*` rules: the invocation event of an S3 record against its batch information.
    private mutating func checkOnFailurePayload(_ payload: Int, info: Int, kinesis: Bool) {
        guard let records = arrayMember(payload, MemberName.records) else { return }
        let batch = self.elements(records)
        let batchLabel = kinesis ? "KinesisBatchInfo" : "DDBStreamBatchInfo"
        if let size = numberMember(info, MemberName.batchSize), let count = integer(size), count != batch.count {
            report(
                OnFailureRules.payloadBatchSize, at: records,
                "payload.Records holds \(batch.count) record(s) but \(batchLabel).batchSize is \(count); the payload "
                    + "is the discarded batch")
        }
        func sequence(_ record: Int?) -> Int? {
            guard let record else { return nil }
            let change = objectMember(record, kinesis ? MemberName.kinesis : MemberName.dynamodb)
            let name = kinesis ? MemberName.sequenceNumber : MemberName.sequenceNumberPascal
            return change.flatMap { stringMember($0, name) }
        }
        for (bound, record, name) in [
            (MemberName.startSequenceNumber, batch.first, "startSequenceNumber"),
            (MemberName.endSequenceNumber, batch.last, "endSequenceNumber"),
        ] {
            guard let expected = stringMember(info, bound), let found = sequence(record), !stringsEqual(expected, found)
            else { continue }
            report(
                OnFailureRules.payloadSequenceRange, at: found,
                "the payload's \(name == "startSequenceNumber" ? "first" : "last") record has sequence number "
                    + "\(quoted(found)) but \(batchLabel).\(name) is \(quoted(expected))")
        }
        if let expected = stringMember(info, MemberName.streamArn) {
            let streams =
                [stringMember(payload, MemberName.eventSourceARN)]
                + batch.map { stringMember($0, MemberName.eventSourceARN) }
            if let found = streams.compactMap({ $0 }).first(where: { !stringsEqual($0, expected) }) {
                report(
                    OnFailureRules.payloadStreamArn, at: found,
                    "the payload comes from \(quoted(found)) but \(batchLabel).streamArn is \(quoted(expected))")
            }
        }
        guard let shard = stringMember(info, MemberName.shardId) else { return }
        let expected = utf8(shard)
        if let found = stringMember(payload, MemberName.shardId), utf8(found) != expected {
            report(
                OnFailureRules.payloadShard, at: found,
                "the payload's shardId is \(quoted(found)) but \(batchLabel).shardId is \(quoted(shard))")
            return
        }
        // Kinesis records name their shard in `eventID` (`<shardId>:<sequenceNumber>`); DynamoDB records don't.
        guard kinesis else { return }
        for record in batch {
            guard let eventID = stringMember(record, MemberName.eventID) else { continue }
            let bytes = utf8(eventID)
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let recordShard = bytes[bytes.startIndex..<colon]
            guard recordShard != expected else { continue }
            report(
                OnFailureRules.payloadShard, at: eventID,
                "the payload's record \(quoted(eventID)) is from shard "
                    + "\(Self.quote(String(decoding: recordShard, as: UTF8.self))) but \(batchLabel).shardId is "
                    + "\(quoted(shard))")
            return
        }
    }
}
