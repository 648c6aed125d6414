public import StreamJSON

extension PayloadKind {
    /// Guesses the kind of `document` from its distinctive members, or `nil` when nothing fits.
    ///
    /// Detection looks only at member names, a few constant values (`eventSource`, the KubeMQ connector's
    /// `method`) and shapes (`state` and `Consumer` are objects), never at validity, so a broken event is still
    /// recognised and then reported in detail. A value nothing fits may still look like a payload
    /// (`looksLikePayload(in:at:)`): that one is an error, anything else is ordinary JSON.
    public static func detect(in document: JSONDocument) -> PayloadKind? {
        detect(in: document, at: 0)
    }

    /// Guesses the kind of the value at tape index `index`.
    package static func detect(in document: JSONDocument, at index: Int) -> PayloadKind? {
        guard document.kind(index) == .object else { return nil }
        func has(_ name: String) -> Bool { document.member(index, named: name) != nil }
        func member(_ name: String) -> Int? { document.member(index, named: name) }

        if let records = member("Records"), document.kind(records) == .array {
            if let first = document.childCount(records) > 0 ? records + 1 : nil, document.kind(first) == .object {
                if let source = document.member(first, named: "eventSource"), document.kind(source) == .string {
                    let value = document.string(source)
                    if value == "aws:kinesis" { return .kinesisEvent }
                    if value == "aws:dynamodb" { return .dynamodbEvent }
                }
                if document.member(first, named: "kinesis") != nil { return .kinesisEvent }
                if document.member(first, named: "dynamodb") != nil { return .dynamodbEvent }
                // ContinuationSequenceNumber is required in SubscribeToShardEvent and absent from GetRecords
                // output (whose NextShardIterator is also absent once a shard is closed).
                if has("ContinuationSequenceNumber") { return .subscribeToShardEvent }
                if has("NextShardIterator") || has("MillisBehindLatest") { return .getRecordsResponse }
                if has("FailedRecordCount") || document.member(first, named: "ShardId") != nil
                    || document.member(first, named: "ErrorCode") != nil
                {
                    return .putRecordsResponse
                }
                if document.member(first, named: "PartitionKey") != nil,
                    document.member(first, named: "SequenceNumber") == nil
                {
                    return .putRecordsRequest
                }
                if document.member(first, named: "SequenceNumber") != nil { return .getRecordsResponse }
            }
            if has("ContinuationSequenceNumber") { return .subscribeToShardEvent }
            if has("NextShardIterator") || has("MillisBehindLatest") { return .getRecordsResponse }
            if has("FailedRecordCount") { return .putRecordsResponse }
            if has("StreamName") || has("StreamARN") { return .putRecordsRequest }
            if has("window") || has("shardId") {
                // A tumbling-window invoke without records: only the source ARN tells the two streams apart.
                guard let arn = member("eventSourceARN") else { return nil }
                let isTable = document.kind(arn) == .string && document.string(arn).contains(":dynamodb:")
                return isTable ? .dynamodbEvent : .kinesisEvent
            }
            return nil
        }
        if has("EventSourceMappings") { return .eventSourceMappings }
        if has("KinesisBatchInfo") { return .kinesisOnFailure }
        if has("DDBStreamBatchInfo") { return .dynamodbOnFailure }
        if has("batchItemFailures") { return has("state") ? .timeWindowResponse : .batchItemFailures }
        // A tumbling-window state is an object; `{"state":"ok"}` is a log line.
        if let state = member("state"), document.kind(state) == .object, document.childCount(index) <= 2 {
            return .timeWindowResponse
        }
        if has("ContinuationSequenceNumber") { return .subscribeToShardEvent }
        if has("Consumers") { return .listStreamConsumersResponse }
        if has("ConsumerDescription") { return .describeStreamConsumerResponse }
        if let consumer = member("Consumer"), document.kind(consumer) == .object {
            return .registerStreamConsumerResponse
        }
        if has("StreamDescriptionSummary") { return .describeStreamSummaryResponse }
        if has("ConsumerName"), has("ConsumerARN") {
            return has("StreamARN") ? .kinesisConsumerDescription : .kinesisConsumer
        }
        if let metadata = member("metadata"), document.member(metadata, named: "method") != nil,
            isKubeMQKinesisMetadata(document, metadata)
        {
            return .kubemqKinesisRequest
        }
        if has("recordFormat") || (has("tableName") && has("dynamodb")) { return .dynamodbKinesisRecord }
        if has("UUID") && (has("EventSourceArn") || has("FunctionArn")) { return .eventSourceMapping }
        if has("EventSourceMappingArn") { return .eventSourceMapping }
        return nil
    }
}
