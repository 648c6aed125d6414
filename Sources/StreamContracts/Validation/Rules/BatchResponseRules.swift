package import StreamJSON

/// The rules of a partial batch response or a tumbling-window response (EventContract §A.5).
enum BatchResponseRules: Int, RuleGroup {
    case itemIdentifierFormat, itemIdentifierInBatch

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .itemIdentifierFormat:
            RuleDescriptor(
                id: "response.item-identifier-format", severity: .warning, kinds: RuleKinds.responses,
                summary:
                    "itemIdentifier is a sequence number (decimal digits); anything else fails the whole batch",
                section: "A.5")
        case .itemIdentifierInBatch:
            RuleDescriptor(
                id: "response.item-identifier-in-batch", severity: .error, kinds: RuleKinds.responses,
                summary:
                    "validate --response R --event E: each itemIdentifier is a sequence number of that batch",
                section: "A.5")
        }
    }
}

extension RuleContext {
    /// Rules for a partial batch response or a tumbling-window response: identifiers are sequence numbers.
    mutating func checkBatchResponse(_ response: Int) {
        guard let failures = arrayMember(response, MemberName.batchItemFailures) else { return }
        for failure in elements(failures) {
            guard let identifier = stringMember(failure, MemberName.itemIdentifier) else { continue }
            let bytes = utf8(identifier)
            if !bytes.isEmpty, !DecimalDigits.isDigits(bytes) {
                // SQS functions answer with the same shape, naming messageIds (UUIDs): say so rather than guess.
                let sqs = StrictFormats.uuid.matches(bytes)
                report(
                    BatchResponseRules.itemIdentifierFormat, at: identifier,
                    "itemIdentifier \(quoted(identifier)) is not a sequence number (decimal digits); Lambda can't "
                        + "match it to a record and retries the whole batch"
                        + (sqs
                            ? " (a UUID is an SQS messageId: the response of an SQS-triggered function, which this "
                                + "contract does not cover)" : ""))
            }
        }
    }
}

extension ContractRules {
    /// Checks a partial batch response against the batch it answers: each `itemIdentifier` must be the sequence
    /// number of one of the event's records (`validate --response R --event E`). A Firehose transformation response
    /// is checked against its event the same way (`checkFirehoseResponse(_:event:options:)`).
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
        if PayloadKind.detect(in: response) == .firehoseTransformationResponse {
            return checkFirehoseResponse(response, event: event, options: options)
        }
        var context = RuleContext(document: response, root: 0, options: options)
        let eventContext = RuleContext(document: event, root: 0, options: options)
        let kind = PayloadKind.detect(in: event)
        guard kind == .kinesisEvent || kind == .dynamodbEvent,
            let records = eventContext.arrayMember(0, MemberName.records)
        else {
            context.report(
                BatchResponseRules.itemIdentifierInBatch, at: 0,
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
                    BatchResponseRules.itemIdentifierInBatch, at: identifier,
                    "itemIdentifier \(context.quoted(identifier)) is not the \(field) of any of the event's "
                        + "\(eventContext.document.childCount(records)) records; Lambda would retry the whole batch")
            }
        }
        return context.diagnostics
    }
}
