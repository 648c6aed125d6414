import StreamJSON

/// The rules of an on-failure destination record (EventContract §A.6, §B.7).
enum OnFailureRules: Int, RuleGroup {
    case sequenceRangeOrdered, arrivalOrdered

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
    }
}
