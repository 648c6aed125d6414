package import StreamJSON

/// The semantic rules of the contract: the cross-field facts JSON Schema can't express.
///
/// The validator runs the schema of a document's kind first, then these rules on the same parsed tape. The two
/// are complementary: the schemas own structure, types, enums, ranges and value patterns; the rules own
/// relations between values (an `eventID` made of the shard and the sequence number, images per
/// `StreamViewType`, ordering, sizes, KPL aggregation) and the exact AWS formats the schemas deliberately accept
/// loosely (placeholder ARNs, doc-sample sequence numbers), which are warnings. Facts the schemas already enforce
/// are not repeated, so one problem is one diagnostic: an AttributeValue with zero, two or a repeated type key,
/// an empty `SS`/`NS`/`BS`, `NULL` other than `true`, a `state` that is not an object, a `batchSize` below 1 and
/// base64 with a bad alphabet or padding are schema findings; `contract.canonical-base64` adds only what the
/// schema's pattern can't see (non-zero bits under the padding).
///
/// Rules never throw and never trap: a value of the wrong type, a missing member or an unparsable number makes a
/// rule skip that value (the schema reports it).
///
/// ```swift
/// let document = try JSONDocument(parsing: bytes)
/// if let kind = PayloadKind.detect(in: document) {
///     let findings = ContractRules.check(document, at: 0, kind: kind, options: RuleOptions())
/// }
/// ```
package enum ContractRules {
    /// Every group of rules. The catalog is their descriptors; a new group goes here.
    static let groups: [any RuleGroup.Type] = [
        KinesisEventRules.self, KinesisDataRules.self, KinesisAPIRules.self, BatchRules.self,
        DynamoDBEventRules.self, AttributeValueRules.self, SizeBytesRules.self, EventSourceMappingRules.self,
        OnFailureRules.self, BatchResponseRules.self, FormatRules.self, UnknownMemberRules.self, FirehoseRules.self,
        DynamoDBStreamsAPIRules.self, KinesisShardRules.self, FilterCriteriaRules.self,
    ]

    /// Every rule, in id order.
    package static let catalog: [RuleDescriptor] = groups.flatMap { $0.descriptors }.sorted { $0.id < $1.id }

    /// Every kind with a schema, in name order.
    static let allKinds: [PayloadKind] = [
        .batchItemFailures, .describeStreamConsumerResponse, .describeStreamResponse, .describeStreamSummaryResponse,
        .dynamodbEvent, .dynamodbEventRecord, .dynamodbKinesisRecord, .dynamodbOnFailure,
        .dynamodbstreamsDescribeStreamResponse, .dynamodbstreamsGetRecordsResponse, .eventSourceMapping,
        .eventSourceMappings, .firehoseTransformationEvent, .firehoseTransformationResponse, .getRecordsResponse,
        .kinesisConsumer, .kinesisConsumerDescription, .kinesisEvent, .kinesisEventRecord, .kinesisOnFailure,
        .kubemqKinesisRequest, .listShardsResponse, .listStreamConsumersResponse, .putRecordResponse,
        .putRecordsRequest, .putRecordsResponse, .registerStreamConsumerResponse,
        .subscribeToShardEvent, .subscribeToShardEventStream, .timeWindowResponse,
    ]

    /// Every semantic finding for the document's value at `index` of `kind`. Never throws, never traps.
    ///
    /// - Parameters:
    ///   - document: The parsed document.
    ///   - index: Tape index of the value to check (0 for the whole document).
    ///   - kind: The payload kind of that value; kinds without rules only get `contract.unknown-member`.
    ///   - options: Limits (record size, batch size, payload size).
    /// - Returns: The findings, in the order the rules met them; pointers are relative to the value at `index`.
    ///
    /// ```swift
    /// let findings = ContractRules.check(document, at: 0, kind: .kinesisEvent, options: RuleOptions())
    /// findings.map(\.rule)   // ["kinesis.event-id-matches-sequence-number"]
    /// ```
    package static func check(
        _ document: JSONDocument, at index: Int, kind: PayloadKind, options: RuleOptions
    ) -> [Diagnostic] {
        guard index >= 0, index < document.nodes.count else { return [] }
        return check(RuleContext(document: document, root: index, options: options), kind: kind)
    }

    /// ``check(_:at:kind:options:)`` on a context made beforehand: one whose KPL aggregates a batch of documents
    /// already checked (``checkAggregates(ofEvents:)`` sets its `precheckedAggregates`).
    ///
    /// - Parameters:
    ///   - context: A fresh context of the value to check (its `root`, a valid tape index).
    ///   - kind: The payload kind of that value.
    /// - Returns: The findings, as ``check(_:at:kind:options:)`` returns them.
    static func check(_ context: consuming RuleContext, kind: PayloadKind) -> [Diagnostic] {
        let index = context.root
        switch kind {
        case .kinesisEvent: context.checkKinesisEvent(index)
        case .dynamodbEvent: context.checkDynamoDBEvent(index)
        case .dynamodbKinesisRecord: context.checkDynamoDBKinesisRecord(index)
        case .kinesisEventRecord:
            var batch = RuleContext.KinesisBatch()
            context.checkKinesisRecord(index, in: &batch)
        case .dynamodbEventRecord:
            var batch = RuleContext.DynamoDBBatch()
            context.checkDynamoDBRecord(index, in: &batch)
        case .eventSourceMapping: context.checkEventSourceMapping(index)
        case .eventSourceMappings: context.checkEventSourceMappings(index)
        case .kinesisOnFailure: context.checkOnFailureRecord(index, kinesis: true)
        case .dynamodbOnFailure: context.checkOnFailureRecord(index, kinesis: false)
        case .batchItemFailures, .timeWindowResponse: context.checkBatchResponse(index)
        case .getRecordsResponse: context.checkAPIRecords(index)
        case .subscribeToShardEvent: context.checkSubscribeToShardEvent(index)
        case .subscribeToShardEventStream:
            if let event = context.objectMember(index, MemberName.subscribeToShardEvent) {
                context.checkSubscribeToShardEvent(event)
            }
        case .putRecordsRequest: context.checkPutRecordsRequest(index)
        case .putRecordsResponse: context.checkPutRecordsResponse(index)
        case .kinesisConsumer, .kinesisConsumerDescription: context.checkConsumer(index)
        case .registerStreamConsumerResponse:
            if let consumer = context.objectMember(index, MemberName.consumer) { context.checkConsumer(consumer) }
        case .describeStreamConsumerResponse:
            if let consumer = context.objectMember(index, MemberName.consumerDescription) {
                context.checkConsumer(consumer)
            }
        case .listStreamConsumersResponse:
            if let consumers = context.arrayMember(index, MemberName.consumers) {
                for consumer in context.elements(consumers) { context.checkConsumer(consumer) }
            }
        case .describeStreamSummaryResponse:
            if let summary = context.objectMember(index, MemberName.streamDescriptionSummary) {
                context.checkStreamSummary(summary)
            }
        case .kubemqKinesisRequest: context.checkKubeMQRequest(index)
        case .firehoseTransformationEvent: context.checkFirehoseEvent(index)
        case .firehoseTransformationResponse: context.checkFirehoseResponse(index)
        case .dynamodbstreamsGetRecordsResponse: context.checkDynamoDBStreamsGetRecords(index)
        case .dynamodbstreamsDescribeStreamResponse: context.checkDynamoDBStreamsDescription(index)
        case .putRecordResponse: context.checkPutRecordResponse(index)
        case .listShardsResponse:
            if let shards = context.arrayMember(index, MemberName.shards) {
                context.checkKinesisShards(shards, complete: context.member(index, MemberName.nextToken) == nil)
            }
        case .describeStreamResponse:
            if let description = context.objectMember(index, MemberName.streamDescription) {
                if let arn = context.stringMember(description, MemberName.streamARN) {
                    context.checkARN(arn, StrictFormats.kinesisStreamArn, label: "StreamARN")
                }
                if let shards = context.arrayMember(description, MemberName.shards) {
                    let more = context.member(description, MemberName.hasMoreShards)
                    let complete = more.map { context.document.kind($0) == .false } ?? true
                    context.checkKinesisShards(shards, complete: complete)
                }
            }
        default: break
        }
        context.checkUnknownMembers(index, kind: kind)
        return context.diagnostics
    }
}
