package import StreamJSON

// TEMPORARY until the report branch lands its PayloadKind.looksLikePayload; then delete this file.
extension PayloadKind {
    package static let payloadMemberNames: Set<String> = [
        "Records", "records", "eventSource", "eventSourceARN", "EventSourceMappings", "KinesisBatchInfo",
        "DDBStreamBatchInfo", "batchItemFailures", "Consumers", "ConsumerDescription", "StreamDescriptionSummary",
        "ConsumerARN", "ContinuationSequenceNumber", "NextShardIterator", "FailedRecordCount", "EventSourceMappingArn",
        "isFinalInvokeForWindow", "kinesis", "dynamodb", "awslogs",
    ]

    package static func looksLikePayload(in document: JSONDocument, at index: Int) -> Bool {
        guard document.kind(index) == .object else { return false }
        return payloadMemberNames.contains { document.member(index, named: $0) != nil }
    }
}
