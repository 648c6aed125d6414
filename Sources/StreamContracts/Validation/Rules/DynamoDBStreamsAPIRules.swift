import StreamJSON

/// The rules of DynamoDB Streams API outputs (`GetRecords`, `DescribeStream`).
///
/// `GetRecords` records are checked with the DynamoDB record rules (images, keys, size, increasing sequence
/// numbers). A `StreamDescription` names its stream three times — `StreamArn`, `StreamLabel`, `TableName` — and
/// they agree: the ARN is `arn:…:table/<TableName>/stream/<StreamLabel>`
/// (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamDescription.html). A closed
/// shard's range ends at or after its start, and a table's key schema has one partition (`HASH`) key and at most
/// one sort (`RANGE`) key (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html).
enum DynamoDBStreamsAPIRules: Int, RuleGroup {
    case streamLabelMatchesARN, tableNameMatchesARN, shardSequenceRangeOrdered, keySchemaOneHash

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .streamLabelMatchesARN:
            RuleDescriptor(
                id: "dynamodbstreams.stream-label-matches-arn", severity: .error,
                kinds: [.dynamodbstreamsDescribeStreamResponse],
                summary: "StreamLabel is the label at the end of StreamArn (…/stream/<label>) (DynamoDB Streams API)",
                section: "B.5")
        case .tableNameMatchesARN:
            RuleDescriptor(
                id: "dynamodbstreams.table-name-matches-arn", severity: .error,
                kinds: [.dynamodbstreamsDescribeStreamResponse],
                summary: "TableName is the table StreamArn names (…:table/<name>/stream/…) (DynamoDB Streams API)",
                section: "B.5")
        case .shardSequenceRangeOrdered:
            RuleDescriptor(
                id: "dynamodbstreams.shard-sequence-range-ordered", severity: .error,
                kinds: [.dynamodbstreamsDescribeStreamResponse],
                summary: "a closed shard's EndingSequenceNumber is not below its StartingSequenceNumber", section: "C.5"
            )
        case .keySchemaOneHash:
            RuleDescriptor(
                id: "dynamodbstreams.key-schema-one-hash", severity: .error,
                kinds: [.dynamodbstreamsDescribeStreamResponse],
                summary: "KeySchema has exactly one HASH key and at most one RANGE key, with different names",
                section: "C.5")
        }
    }
}

extension RuleContext {
    /// Rules for DynamoDB Streams `GetRecords` output: the record rules of a DynamoDB batch.
    mutating func checkDynamoDBStreamsGetRecords(_ output: Int) {
        guard let records = arrayMember(output, MemberName.records) else { return }
        var identity = BatchIdentity()
        checkDynamoDBRecords(records, identity: &identity)
    }

    /// Rules for DynamoDB Streams `DescribeStream` output.
    mutating func checkDynamoDBStreamsDescription(_ output: Int) {
        guard let description = objectMember(output, MemberName.streamDescription) else { return }
        let arn = stringMember(description, MemberName.streamArnPascal)
        if let arn, checkARN(arn, StrictFormats.dynamodbStreamArn, label: "StreamArn") {
            checkStreamARNParts(arn, description)
        }
        if let keySchema = arrayMember(description, MemberName.keySchema) { checkKeySchema(keySchema) }
        guard let shards = arrayMember(description, MemberName.shards) else { return }
        for shard in elements(shards) where document.kind(shard) == .object {
            for name in [MemberName.shardIdPascal, MemberName.parentShardId] {
                if let id = stringMember(shard, name) {
                    checkFormat(id, StrictFormats.dynamodbShardId, rule: FormatRules.shardIDFormat, label: text(id - 1))
                }
            }
            guard let range = objectMember(shard, MemberName.sequenceNumberRange),
                let start = stringMember(range, MemberName.startingSequenceNumber),
                let end = stringMember(range, MemberName.endingSequenceNumber),
                DecimalDigits.isDigits(utf8(start)), DecimalDigits.isDigits(utf8(end)),
                DecimalDigits.compare(utf8(start), utf8(end)) > 0
            else { continue }
            report(
                DynamoDBStreamsAPIRules.shardSequenceRangeOrdered, at: end,
                "EndingSequenceNumber \(quoted(end)) is below StartingSequenceNumber \(quoted(start)); a shard's "
                    + "range runs from its first record to its last")
        }
    }

    /// `StreamLabel` and `TableName` against the ARN they are part of.
    private mutating func checkStreamARNParts(_ arn: Int, _ description: Int) {
        let text = document.string(arn)
        guard let parts = text.firstRange(of: ":table/"), let streamPart = text.firstRange(of: "/stream/"),
            parts.upperBound <= streamPart.lowerBound
        else { return }
        let table = text[parts.upperBound..<streamPart.lowerBound]
        let label = text[streamPart.upperBound...]
        if let found = stringMember(description, MemberName.streamLabel), document.string(found) != label {
            report(
                DynamoDBStreamsAPIRules.streamLabelMatchesARN, at: found,
                "StreamLabel \(quoted(found)) is not the label of StreamArn \(quoted(arn)) (\"\(label)\")")
        }
        if let found = stringMember(description, MemberName.tableName), document.string(found) != table {
            report(
                DynamoDBStreamsAPIRules.tableNameMatchesARN, at: found,
                "TableName \(quoted(found)) is not the table of StreamArn \(quoted(arn)) (\"\(table)\")")
        }
    }

    /// One `HASH` key, at most one `RANGE` key, two different attributes.
    private mutating func checkKeySchema(_ keySchema: Int) {
        var hashes = 0
        var ranges = 0
        var names: [ArraySlice<UInt8>] = []
        for element in elements(keySchema) where document.kind(element) == .object {
            if let type = stringMember(element, MemberName.keyType) {
                if document.string(type, equals: "HASH".utf8) { hashes += 1 }
                if document.string(type, equals: "RANGE".utf8) { ranges += 1 }
            }
            if let name = stringMember(element, MemberName.attributeName) { names.append(utf8(name)) }
        }
        let distinct = names.count < 2 || names[0] != names[1]
        guard hashes != 1 || ranges > 1 || !distinct else { return }
        report(
            DynamoDBStreamsAPIRules.keySchemaOneHash, at: keySchema,
            "KeySchema has \(hashes) HASH and \(ranges) RANGE key(s)\(distinct ? "" : " on the same attribute"); a "
                + "table's primary key is one partition (HASH) key and optionally one sort (RANGE) key")
    }
}
