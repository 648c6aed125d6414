// The catalog of semantic rules. Each rule complements the schemas: where a schema already rejects a value
// (a non-base64 string, an empty set, `NULL: false`, an AttributeValue with two type keys, `batchSize` 0), no rule
// repeats the finding, so one problem yields one diagnostic.

extension RuleDescriptor {
    // MARK: Kinds

    private static let kinesisEvent: [PayloadKind] = [.kinesisEvent]
    private static let dynamodbEvent: [PayloadKind] = [.dynamodbEvent]
    private static let streamEvents: [PayloadKind] = [.kinesisEvent, .dynamodbEvent]
    private static let dynamodbRecords: [PayloadKind] = [.dynamodbEvent, .dynamodbKinesisRecord]
    private static let kinesisRecordKinds: [PayloadKind] = [
        .kinesisEvent, .getRecordsResponse, .subscribeToShardEvent, .subscribeToShardEventStream,
    ]
    private static let kinesisDataKinds: [PayloadKind] = [
        .kinesisEvent, .getRecordsResponse, .subscribeToShardEvent, .subscribeToShardEventStream,
        .putRecordsRequest, .kubemqKinesisRequest,
    ]
    private static let mappings: [PayloadKind] = [.eventSourceMapping, .eventSourceMappings]
    private static let onFailure: [PayloadKind] = [.kinesisOnFailure, .dynamodbOnFailure]
    private static let responses: [PayloadKind] = [.batchItemFailures, .timeWindowResponse]
    private static let childShards: [PayloadKind] = [
        .getRecordsResponse, .subscribeToShardEvent, .subscribeToShardEventStream, .putRecordsRequest,
    ]
    private static let subscribe: [PayloadKind] = [.subscribeToShardEvent, .subscribeToShardEventStream]

    // MARK: Kinesis events and records

    static let kinesisEventIDMatchesSequenceNumber = RuleDescriptor(
        id: "kinesis.event-id-matches-sequence-number", severity: .error, kinds: kinesisEvent,
        summary: "eventID is \"<shardId>:<kinesis.sequenceNumber>\" of its own record (§A.10 #1)")
    static let kinesisBatchSingleShard = RuleDescriptor(
        id: "kinesis.batch-single-shard", severity: .error, kinds: kinesisEvent,
        summary: "every record's eventID names the same shard, and the tumbling-window shardId if present (§A.1)")
    static let kinesisArrivalTimestampsOrdered = RuleDescriptor(
        id: "kinesis.arrival-timestamps-ordered", severity: .warning, kinds: kinesisEvent,
        summary: "approximateArrivalTimestamp does not decrease from record to record (§A.10 #3)")
    static let kinesisPartitionMatchesRole = RuleDescriptor(
        id: "kinesis.partition-matches-role", severity: .error, kinds: kinesisEvent,
        summary: "eventSourceARN and invokeIdentityArn are in the same AWS partition (§A.10 #4)")
    static let kinesisAccountMatchesRole = RuleDescriptor(
        id: "kinesis.account-matches-role", severity: .warning, kinds: kinesisEvent,
        summary: "eventSourceARN and invokeIdentityArn name the same account (cross-account mappings aside, §A.10 #4)")
    static let kinesisRecordSizeLimit = RuleDescriptor(
        id: "kinesis.record-size-limit", severity: .error, kinds: kinesisDataKinds,
        summary:
            "decoded data + UTF-8 partition key ≤ 1 MiB (RuleOptions.maximumRecordBytes; 10 MiB streams) (§A.10 #5)")
    static let kinesisRecordSizeLargeStream = RuleDescriptor(
        id: "kinesis.record-size-large-stream", severity: .warning, kinds: kinesisDataKinds,
        summary: "a record over 1 MiB is only valid on a stream configured for 10 MiB records (§A.3)")
    static let kinesisKPLAggregate = RuleDescriptor(
        id: "kinesis.kpl-aggregate", severity: .error, kinds: kinesisDataKinds,
        summary: "data starting with the KPL magic is a well-formed aggregate: MD5, protobuf, table indexes (§A.8)")
    static let kinesisSequenceNumberLayout = RuleDescriptor(
        id: "kinesis.sequence-number-layout", severity: .warning,
        kinds: kinesisRecordKinds + [.kinesisOnFailure, .putRecordsResponse],
        summary: "sequence numbers have 56 digits in the version-2 layout real AWS numbers use (§D.3)")
    static let kinesisSequenceNumberShard = RuleDescriptor(
        id: "kinesis.sequence-number-shard", severity: .warning,
        kinds: [.kinesisEvent, .kinesisOnFailure, .putRecordsResponse],
        summary: "the shard index inside a version-2 sequence number is the record's shard (§A.10 #8)")
    static let kinesisSequenceNumberArrival = RuleDescriptor(
        id: "kinesis.sequence-number-arrival", severity: .warning, kinds: kinesisRecordKinds,
        summary:
            "the arrival second in a version-2 sequence number is within ±5 s of the arrival timestamp (§A.10 #8)")
    static let kinesisArrivalTimestampString = RuleDescriptor(
        id: "kinesis.arrival-timestamp-string", severity: .warning, kinds: kinesisEvent,
        summary:
            "approximateArrivalTimestamp is a JSON number, not a numeric string (Rust runtime output, §F #2)")
    static let kinesisContinuationSequenceNumber = RuleDescriptor(
        id: "kinesis.continuation-sequence-number", severity: .error, kinds: subscribe,
        summary: "ContinuationSequenceNumber is not below the last record's SequenceNumber (§C.4)")
    static let kinesisFailedRecordCount = RuleDescriptor(
        id: "kinesis.failed-record-count", severity: .error, kinds: [.putRecordsResponse],
        summary: "FailedRecordCount equals the number of entries with an ErrorCode (§C.4)")
    static let kinesisPutRecordsEntry = RuleDescriptor(
        id: "kinesis.put-records-entry", severity: .error, kinds: [.putRecordsResponse],
        summary: "each PutRecords result has SequenceNumber and ShardId, or an ErrorCode, not both (§C.4)"
    )
    static let kinesisPutRecordsRequestSize = RuleDescriptor(
        id: "kinesis.put-records-request-size", severity: .error, kinds: [.putRecordsRequest],
        summary: "a PutRecords request carries at most 5 MiB of data and partition keys (§C.4)")
    static let kinesisHashKeyRange = RuleDescriptor(
        id: "kinesis.hash-key-range", severity: .error, kinds: childShards,
        summary: "hash keys are at most 2^128-1 and a HashKeyRange starts no later than it ends (§D.1)")
    static let kinesisARNMatchesName = RuleDescriptor(
        id: "kinesis.arn-matches-name", severity: .error,
        kinds: [
            .kinesisConsumer, .kinesisConsumerDescription, .listStreamConsumersResponse,
            .registerStreamConsumerResponse, .describeStreamConsumerResponse, .describeStreamSummaryResponse,
        ],
        summary: "ConsumerARN names ConsumerName (and StreamARN's stream); StreamARN names StreamName (§C.3)")

    // MARK: Batches of stream events

    static let batchSingleStream = RuleDescriptor(
        id: "batch.single-stream", severity: .error, kinds: streamEvents,
        summary: "every record has the same eventSourceARN, and the tumbling-window eventSourceARN if present (§A.1)")
    static let batchSequenceNumbersIncreasing = RuleDescriptor(
        id: "batch.sequence-numbers-increasing", severity: .error,
        kinds: [
            .kinesisEvent, .dynamodbEvent, .getRecordsResponse, .subscribeToShardEvent,
            .subscribeToShardEventStream,
        ],
        summary: "sequence numbers strictly increase from record to record, compared as integers (§A.10 #2, §B.2)")
    static let batchRegionMatchesARN = RuleDescriptor(
        id: "batch.region-matches-arn", severity: .error, kinds: streamEvents,
        summary: "awsRegion is the region of eventSourceARN (§A.10 #4)")
    static let batchRecordCount = RuleDescriptor(
        id: "batch.record-count", severity: .error, kinds: streamEvents,
        summary: "a batch has at most 10,000 records (ESM BatchSize maximum; RuleOptions.maximumBatchRecords)")
    static let batchPayloadSize = RuleDescriptor(
        id: "batch.payload-size", severity: .error, kinds: streamEvents,
        summary: "the event is at most 6 MB as compact JSON (Lambda invoke payload; RuleOptions.maximumPayloadBytes)")
    static let windowMembersTogether = RuleDescriptor(
        id: "window.members-together", severity: .error, kinds: streamEvents,
        summary:
            "window, shardId, eventSourceARN, isFinalInvokeForWindow, isWindowTerminatedEarly come together "
            + "(state may be absent on a first invocation) (§A.10 #7, §A.4)"
    )
    static let windowBoundsOrdered = RuleDescriptor(
        id: "window.bounds-ordered", severity: .error, kinds: streamEvents,
        summary: "window.start is before window.end (§A.10 #7)")

    // MARK: DynamoDB

    static let dynamodbImagesMatchStreamViewType = RuleDescriptor(
        id: "dynamodb.images-match-stream-view-type", severity: .error, kinds: dynamodbEvent,
        summary: "NewImage and OldImage appear exactly as StreamViewType and eventName say (§B.4)")
    static let dynamodbKeysInImages = RuleDescriptor(
        id: "dynamodb.keys-in-images", severity: .error, kinds: dynamodbRecords,
        summary: "every Keys attribute is in each image present, with the same value (§B.4)")
    static let dynamodbKeyAttributeValue = RuleDescriptor(
        id: "dynamodb.key-attribute-value", severity: .error, kinds: dynamodbRecords,
        summary: "key attributes are S, N or B, and S and B keys are not empty (§B.3)")
    static let dynamodbNestingDepth = RuleDescriptor(
        id: "dynamodb.nesting-depth", severity: .error, kinds: dynamodbRecords,
        summary: "M and L attribute values nest at most 32 levels below a top-level attribute (§B.3)")
    static let dynamodbNumberRange = RuleDescriptor(
        id: "dynamodb.number-range", severity: .error, kinds: dynamodbRecords,
        summary: "N and NS values have at most 38 significant digits and lie within 1E-130 … 9.99…E+125 (§B.3)")
    static let dynamodbSetUnique = RuleDescriptor(
        id: "dynamodb.set-unique", severity: .error, kinds: dynamodbRecords,
        summary: "SS, NS and BS have no duplicates (NS by numeric value, BS by decoded bytes) (§B.3)")
    static let dynamodbUserIdentityOnlyOnRemove = RuleDescriptor(
        id: "dynamodb.user-identity-only-on-remove", severity: .error, kinds: dynamodbRecords,
        summary: "userIdentity (TTL deletion) appears only on REMOVE records (§B.1)")
    static let dynamodbUserIdentityTTLPrincipal = RuleDescriptor(
        id: "dynamodb.user-identity-ttl-principal", severity: .warning, kinds: dynamodbRecords,
        summary:
            "userIdentity is the TTL principal: type Service, principalId dynamodb.amazonaws.com (§B.1)"
    )
    static let dynamodbEventIDFormat = RuleDescriptor(
        id: "dynamodb.event-id-format", severity: .warning, kinds: dynamodbEvent,
        summary: "eventID is 32 lowercase hex characters as AWS issues it (samples use \"1\") (§B.1)")
    static let dynamodbSequenceNumberLength = RuleDescriptor(
        id: "dynamodb.sequence-number-length", severity: .warning, kinds: [.dynamodbEvent, .dynamodbOnFailure],
        summary: "SequenceNumber has 21 to 40 digits (documentation samples use \"111\") (§B.2)")
    static let dynamodbSizeBytes = RuleDescriptor(
        id: "dynamodb.size-bytes", severity: .warning, kinds: dynamodbRecords,
        summary: "SizeBytes equals the item sizes of Keys + NewImage + OldImage (§B.6)")

    // MARK: Event source mappings

    static let esmMaximumRecordAge = RuleDescriptor(
        id: "esm.maximum-record-age", severity: .error, kinds: mappings,
        summary: "MaximumRecordAgeInSeconds is -1 or 60…604800; Lambda rejects 0…59 (§C.1)")
    static let esmStartingPositionTimestamp = RuleDescriptor(
        id: "esm.starting-position-timestamp", severity: .warning, kinds: mappings,
        summary:
            "StartingPositionTimestamp is used with StartingPosition AT_TIMESTAMP, which needs one (§C.1)"
    )
    static let esmAtTimestampSource = RuleDescriptor(
        id: "esm.at-timestamp-source", severity: .error, kinds: mappings,
        summary: "StartingPosition AT_TIMESTAMP is not available for DynamoDB streams (§C.1)")
    static let esmOnSuccessUnsupported = RuleDescriptor(
        id: "esm.on-success-unsupported", severity: .error, kinds: mappings,
        summary: "stream event source mappings have no OnSuccess destination, only OnFailure (§C.1)")

    // MARK: On-failure records, responses, KubeMQ

    static let onFailureSequenceRangeOrdered = RuleDescriptor(
        id: "on-failure.sequence-range-ordered", severity: .error, kinds: onFailure,
        summary: "startSequenceNumber ≤ endSequenceNumber, compared as integers (§A.6)")
    static let onFailureArrivalOrdered = RuleDescriptor(
        id: "on-failure.arrival-ordered", severity: .error, kinds: onFailure,
        summary: "approximateArrivalOfFirstRecord is not after approximateArrivalOfLastRecord (§A.6)")
    static let responseItemIdentifierFormat = RuleDescriptor(
        id: "response.item-identifier-format", severity: .warning, kinds: responses,
        summary: "itemIdentifier is a sequence number (decimal digits); anything else fails the whole batch (§A.5)")
    static let responseItemIdentifierInBatch = RuleDescriptor(
        id: "response.item-identifier-in-batch", severity: .error, kinds: responses,
        summary: "validate --response R --event E: each itemIdentifier is a sequence number of that batch (§A.5)")
    static let kubemqNumericRange = RuleDescriptor(
        id: "kubemq.numeric-range", severity: .error, kinds: [.kubemqKinesisRequest],
        summary: "metadata limit is 1…10000 and shard_count at least 1, as Kinesis accepts them (§C.4)")

    // MARK: Formats, across kinds

    static let contractCanonicalBase64 = RuleDescriptor(
        id: "contract.canonical-base64", severity: .error,
        kinds: kinesisDataKinds + dynamodbRecords,
        summary:
            "base64 is canonical: bits under the padding are zero (\"YQ==\", not \"YR==\"); schemas check the rest"
    )
    static let contractARNFormat = RuleDescriptor(
        id: "contract.arn-format", severity: .warning, kinds: ContractRules.allKinds,
        summary: "ARNs have AWS's exact format (placeholders like SAM's arn:aws:kinesis:EXAMPLE are warned about)")
    static let contractShardIDFormat = RuleDescriptor(
        id: "contract.shard-id-format", severity: .warning,
        kinds: [.kinesisEvent, .dynamodbEvent, .kinesisOnFailure, .dynamodbOnFailure, .putRecordsResponse],
        summary: "shard ids have AWS's format: shardId-<12 digits> (Kinesis), shardId-<20 digits>-<8 hex> (DynamoDB)")
    static let contractUUIDFormat = RuleDescriptor(
        id: "contract.uuid-format", severity: .warning,
        kinds: mappings + onFailure + [.dynamodbKinesisRecord],
        summary: "UUIDs (ESM UUID, on-failure requestId, KDS eventID) are 8-4-4-4-12 hex")
    static let contractUnknownMember = RuleDescriptor(
        id: "contract.unknown-member", severity: .warning, kinds: ContractRules.allKinds,
        summary: "a member no schema declares: a field AWS added since, or a misspelt one")
}

extension ContractRules {
    /// Every kind with a schema, in name order.
    static let allKinds: [PayloadKind] = [
        .batchItemFailures, .describeStreamConsumerResponse, .describeStreamSummaryResponse, .dynamodbEvent,
        .dynamodbKinesisRecord, .dynamodbOnFailure, .eventSourceMapping, .eventSourceMappings, .getRecordsResponse,
        .kinesisConsumer, .kinesisConsumerDescription, .kinesisEvent, .kinesisOnFailure, .kubemqKinesisRequest,
        .listStreamConsumersResponse, .putRecordsRequest, .putRecordsResponse, .registerStreamConsumerResponse,
        .subscribeToShardEvent, .subscribeToShardEventStream, .timeWindowResponse,
    ]
}
