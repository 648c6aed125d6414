import StreamJSON

extension RuleContext {
    /// Rules for an on-failure destination record of a Kinesis (`KinesisBatchInfo`) or DynamoDB
    /// (`DDBStreamBatchInfo`) source (EVENT-CONTRACTS §A.6, §B.7).
    mutating func checkOnFailureRecord(_ record: Int, kinesis: Bool) {
        guard document.kind(record) == .object else { return }
        if let context = objectMember(record, MemberName.requestContext) {
            if let requestId = stringMember(context, MemberName.requestId) {
                checkFormat(requestId, StrictFormats.uuid, rule: .contractUUIDFormat, label: "requestContext.requestId")
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
                rule: .contractShardIDFormat, label: "shardId")
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
                if let layout, let shard, let index = DecimalDigits.kinesisShardIndex(utf8(shard)),
                    UInt64(layout.shardIndex) != index
                {
                    report(
                        .kinesisSequenceNumberShard, at: sequence,
                        "\(document.string(sequence - 1)) \(quoted(sequence)) encodes shard index "
                            + "\(layout.shardIndex), but shardId is \(quoted(shard))")
                }
            } else {
                checkFormat(
                    sequence, StrictFormats.dynamodbSequenceNumber, rule: .dynamodbSequenceNumberLength,
                    label: document.string(sequence - 1))
            }
        }
        if let start, let end, DecimalDigits.compare(utf8(start), utf8(end)) > 0 {
            report(
                .onFailureSequenceRangeOrdered, at: end,
                "endSequenceNumber \(quoted(end)) is below startSequenceNumber \(quoted(start)); the batch's range "
                    + "runs from its first record to its last")
        }
        if let first = stringMember(info, MemberName.approximateArrivalOfFirstRecord),
            let last = stringMember(info, MemberName.approximateArrivalOfLastRecord),
            let firstInstant = ISOTimestamp(utf8(first)), let lastInstant = ISOTimestamp(utf8(last)),
            lastInstant < firstInstant
        {
            report(
                .onFailureArrivalOrdered, at: last,
                "approximateArrivalOfLastRecord \(quoted(last)) is before approximateArrivalOfFirstRecord "
                    + "\(quoted(first))")
        }
    }

    /// Rules for a partial batch response or a tumbling-window response: identifiers are sequence numbers.
    mutating func checkBatchResponse(_ response: Int) {
        guard let failures = arrayMember(response, MemberName.batchItemFailures) else { return }
        for failure in elements(failures) {
            guard let identifier = stringMember(failure, MemberName.itemIdentifier) else { continue }
            let bytes = utf8(identifier)
            if !bytes.isEmpty, !DecimalDigits.isDigits(bytes) {
                report(
                    .responseItemIdentifierFormat, at: identifier,
                    "itemIdentifier \(quoted(identifier)) is not a sequence number (decimal digits); Lambda can't "
                        + "match it to a record and retries the whole batch")
            }
        }
    }
}
