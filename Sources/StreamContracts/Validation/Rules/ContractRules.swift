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
    /// Every rule, in id order.
    package static let catalog: [RuleDescriptor] = [
        .batchPayloadSize, .batchRecordCount, .batchRegionMatchesARN, .batchSequenceNumbersIncreasing,
        .batchSingleStream, .contractARNFormat, .contractCanonicalBase64, .contractShardIDFormat,
        .contractUnknownMember, .contractUUIDFormat, .dynamodbEventIDFormat, .dynamodbImagesMatchStreamViewType,
        .dynamodbKeyAttributeValue, .dynamodbKeysInImages, .dynamodbNestingDepth, .dynamodbNumberRange, .dynamodbSequenceNumberLength,
        .dynamodbSetUnique, .dynamodbSizeBytes, .dynamodbUserIdentityOnlyOnRemove, .dynamodbUserIdentityTTLPrincipal,
        .esmAtTimestampSource, .esmMaximumRecordAge, .esmOnSuccessUnsupported, .esmStartingPositionTimestamp,
        .kinesisAccountMatchesRole, .kinesisArrivalTimestampString, .kinesisArrivalTimestampsOrdered,
        .kinesisARNMatchesName, .kinesisBatchSingleShard, .kinesisContinuationSequenceNumber,
        .kinesisEventIDMatchesSequenceNumber, .kinesisFailedRecordCount, .kinesisHashKeyRange, .kinesisKPLAggregate,
        .kinesisPartitionMatchesRole, .kinesisPutRecordsEntry, .kinesisPutRecordsRequestSize,
        .kinesisRecordSizeLargeStream, .kinesisRecordSizeLimit, .kinesisSequenceNumberArrival,
        .kinesisSequenceNumberLayout, .kinesisSequenceNumberShard, .kubemqNumericRange, .onFailureArrivalOrdered,
        .onFailureSequenceRangeOrdered, .responseItemIdentifierFormat, .responseItemIdentifierInBatch,
        .windowBoundsOrdered, .windowMembersTogether,
    ].sorted { $0.id < $1.id }

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
        var context = RuleContext(document: document, root: index, options: options)
        switch kind {
        case .kinesisEvent: context.checkKinesisEvent(index)
        case .dynamodbEvent: context.checkDynamoDBEvent(index)
        case .dynamodbKinesisRecord: context.checkDynamoDBKinesisRecord(index)
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
        default: break
        }
        context.checkUnknownMembers(index, kind: kind)
        return context.diagnostics
    }

    /// Checks a partial batch response against the batch it answers: each `itemIdentifier` must be the sequence
    /// number of one of the event's records (`validate --response R --event E`).
    ///
    /// Lambda matches identifiers against the batch it sent; one it can't find makes it retry the whole batch.
    ///
    /// - Parameters:
    ///   - response: A `batch-item-failures` or `time-window-response` document (its root value).
    ///   - event: The Kinesis or DynamoDB event the function received (its root value).
    ///   - options: Unused today; kept for symmetry with `check`.
    /// - Returns: `response.item-identifier-in-batch` findings, pointing into `response`.
    ///
    /// ```swift
    /// let findings = ContractRules.checkBatchResponse(response, event: event, options: RuleOptions())
    /// ```
    package static func checkBatchResponse(
        _ response: JSONDocument, event: JSONDocument, options: RuleOptions
    ) -> [Diagnostic] {
        var context = RuleContext(document: response, root: 0, options: options)
        let eventContext = RuleContext(document: event, root: 0, options: options)
        let kind = PayloadKind.detect(in: event)
        guard kind == .kinesisEvent || kind == .dynamodbEvent,
            let records = eventContext.arrayMember(0, MemberName.records)
        else {
            context.report(
                .responseItemIdentifierInBatch, at: 0,
                "expected a Kinesis or DynamoDB event (with Records) to check the item identifiers against, found "
                    + (kind.map { "a \($0) document" } ?? "a document of unknown kind"))
            return context.diagnostics
        }
        var sequenceNumbers: Set<ArraySlice<UInt8>> = []
        for record in eventContext.elements(records) {
            let sequence =
                kind == .kinesisEvent
                ? eventContext.objectMember(record, MemberName.kinesis).flatMap {
                    eventContext.stringMember($0, MemberName.sequenceNumber)
                }
                : eventContext.objectMember(record, MemberName.dynamodb).flatMap {
                    eventContext.stringMember($0, MemberName.sequenceNumberPascal)
                }
            if let sequence { sequenceNumbers.insert(eventContext.utf8(sequence)) }
        }
        guard let failures = context.arrayMember(0, MemberName.batchItemFailures) else { return [] }
        let field = kind == .kinesisEvent ? "kinesis.sequenceNumber" : "dynamodb.SequenceNumber"
        for failure in context.elements(failures) {
            guard let identifier = context.stringMember(failure, MemberName.itemIdentifier) else { continue }
            if !sequenceNumbers.contains(context.utf8(identifier)) {
                context.report(
                    .responseItemIdentifierInBatch, at: identifier,
                    "itemIdentifier \(context.quoted(identifier)) is not the \(field) of any of the event's "
                        + "\(eventContext.document.childCount(records)) records; Lambda would retry the whole batch")
            }
        }
        return context.diagnostics
    }
}
