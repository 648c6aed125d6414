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
        detection(in: document, at: index)?.kind
    }

    /// The kind of the value at tape index `index` and the members that decided it, as JSON pointers relative to
    /// the value (`/Records/0/eventSource`, `/NextShardIterator`), or `nil` when nothing fits.
    ///
    /// Reports name these members (`DocumentReport.detectedBy`), so a look-alike that was taken for a payload
    /// shows why.
    ///
    /// ```swift
    /// let found = PayloadKind.detection(in: document, at: 0)
    /// found?.kind      // .kinesisEvent
    /// found?.members   // ["/Records/0/eventSource"]
    /// ```
    package static func detection(in document: JSONDocument, at index: Int) -> (kind: PayloadKind, members: [String])? {
        guard document.kind(index) == .object else { return nil }
        func has(_ name: String) -> Bool { document.member(index, named: name) != nil }
        func member(_ name: String) -> Int? { document.member(index, named: name) }
        func by(_ kind: PayloadKind, _ members: String...) -> (kind: PayloadKind, members: [String]) {
            (kind, members)
        }

        if let records = member("Records"), document.kind(records) == .array {
            if let members = dynamoDBStreamsGetRecordsMembers(document, index, records: records) {
                return (.dynamodbstreamsGetRecordsResponse, members)
            }
            if let first = document.childCount(records) > 0 ? records + 1 : nil, document.kind(first) == .object {
                func inFirst(_ name: String) -> Bool { document.member(first, named: name) != nil }
                if let source = document.member(first, named: "eventSource"), document.kind(source) == .string {
                    let value = document.string(source)
                    if value == "aws:kinesis" { return by(.kinesisEvent, "/Records/0/eventSource") }
                    if value == "aws:dynamodb" { return by(.dynamodbEvent, "/Records/0/eventSource") }
                }
                if inFirst("kinesis") { return by(.kinesisEvent, "/Records/0/kinesis") }
                if inFirst("dynamodb") { return by(.dynamodbEvent, "/Records/0/dynamodb") }
                // ContinuationSequenceNumber is required in SubscribeToShardEvent and absent from GetRecords
                // output (whose NextShardIterator is also absent once a shard is closed).
                if has("ContinuationSequenceNumber") {
                    return by(.subscribeToShardEvent, "/Records", "/ContinuationSequenceNumber")
                }
                if has("NextShardIterator") { return by(.getRecordsResponse, "/Records", "/NextShardIterator") }
                if has("MillisBehindLatest") { return by(.getRecordsResponse, "/Records", "/MillisBehindLatest") }
                if has("FailedRecordCount") { return by(.putRecordsResponse, "/Records", "/FailedRecordCount") }
                if inFirst("ShardId") { return by(.putRecordsResponse, "/Records/0/ShardId") }
                if inFirst("ErrorCode") { return by(.putRecordsResponse, "/Records/0/ErrorCode") }
                if inFirst("PartitionKey"), !inFirst("SequenceNumber") {
                    return by(.putRecordsRequest, "/Records/0/PartitionKey")
                }
                if inFirst("SequenceNumber") { return by(.getRecordsResponse, "/Records/0/SequenceNumber") }
            }
            if has("ContinuationSequenceNumber") {
                return by(.subscribeToShardEvent, "/Records", "/ContinuationSequenceNumber")
            }
            if has("NextShardIterator") { return by(.getRecordsResponse, "/Records", "/NextShardIterator") }
            if has("MillisBehindLatest") { return by(.getRecordsResponse, "/Records", "/MillisBehindLatest") }
            if has("FailedRecordCount") { return by(.putRecordsResponse, "/Records", "/FailedRecordCount") }
            if has("StreamName") { return by(.putRecordsRequest, "/Records", "/StreamName") }
            if has("StreamARN") { return by(.putRecordsRequest, "/Records", "/StreamARN") }
            if has("window") || has("shardId") {
                // A tumbling-window invoke without records: only the source ARN tells the two streams apart.
                guard let arn = member("eventSourceARN") else { return nil }
                let isTable = document.kind(arn) == .string && document.string(arn).contains(":dynamodb:")
                let window = has("window") ? "/window" : "/shardId"
                return by(isTable ? .dynamodbEvent : .kinesisEvent, window, "/eventSourceARN")
            }
            return nil
        }
        if has("EventSourceMappings") { return by(.eventSourceMappings, "/EventSourceMappings") }
        if has("KinesisBatchInfo") { return by(.kinesisOnFailure, "/KinesisBatchInfo") }
        if has("DDBStreamBatchInfo") { return by(.dynamodbOnFailure, "/DDBStreamBatchInfo") }
        if has("batchItemFailures") {
            return has("state")
                ? by(.timeWindowResponse, "/batchItemFailures", "/state") : by(.batchItemFailures, "/batchItemFailures")
        }
        // A tumbling-window state is an object; `{"state":"ok"}` is a log line.
        if let state = member("state"), document.kind(state) == .object, document.childCount(index) <= 2 {
            return by(.timeWindowResponse, "/state")
        }
        if has("ContinuationSequenceNumber") { return by(.subscribeToShardEvent, "/ContinuationSequenceNumber") }
        if has("Consumers") { return by(.listStreamConsumersResponse, "/Consumers") }
        if has("ConsumerDescription") { return by(.describeStreamConsumerResponse, "/ConsumerDescription") }
        if let consumer = member("Consumer"), document.kind(consumer) == .object {
            return by(.registerStreamConsumerResponse, "/Consumer")
        }
        if has("StreamDescriptionSummary") { return by(.describeStreamSummaryResponse, "/StreamDescriptionSummary") }
        if let description = member("StreamDescription"), document.kind(description) == .object,
            let named = dynamoDBStreamDescriptionMember(document, description)
        {
            return by(.dynamodbstreamsDescribeStreamResponse, "/StreamDescription/" + named)
        }
        if let description = member("StreamDescription"), document.kind(description) == .object {
            return by(.describeStreamResponse, "/StreamDescription")
        }
        if let shards = member("Shards"), document.kind(shards) == .array { return by(.listShardsResponse, "/Shards") }
        if has("ShardId"), has("SequenceNumber") { return by(.putRecordResponse, "/ShardId", "/SequenceNumber") }
        if has("ConsumerName"), has("ConsumerARN") {
            return has("StreamARN")
                ? by(.kinesisConsumerDescription, "/ConsumerName", "/ConsumerARN", "/StreamARN")
                : by(.kinesisConsumer, "/ConsumerName", "/ConsumerARN")
        }
        if let metadata = member("metadata"), document.member(metadata, named: "method") != nil,
            isKubeMQKinesisMetadata(document, metadata)
        {
            return by(.kubemqKinesisRequest, "/metadata/method")
        }
        if has("recordFormat") { return by(.dynamodbKinesisRecord, "/recordFormat") }
        if has("tableName") && has("dynamodb") { return by(.dynamodbKinesisRecord, "/tableName", "/dynamodb") }
        if has("UUID") && has("EventSourceArn") { return by(.eventSourceMapping, "/UUID", "/EventSourceArn") }
        if has("UUID") && has("FunctionArn") { return by(.eventSourceMapping, "/UUID", "/FunctionArn") }
        if has("EventSourceMappingArn") { return by(.eventSourceMapping, "/EventSourceMappingArn") }
        return nil
    }

    /// The members that make a value with `Records` DynamoDB Streams `GetRecords` output rather than a Lambda
    /// event, or `nil` when it is not.
    ///
    /// The API's records have no `eventSourceARN` (the caller named the stream; every Lambda record has one), and
    /// the output has `NextShardIterator`, whose value begins with the stream ARN
    /// (`arn:aws:dynamodb:…/stream/<label>|…`; Kinesis iterators are opaque base64). A page without an iterator (a
    /// closed shard read to its end) is told by the API's PascalCase `userIdentity` (`Type`, `PrincipalId`);
    /// otherwise it stays a Lambda event missing `eventSourceARN`, reported as such rather than passed
    /// (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html).
    static func dynamoDBStreamsGetRecordsMembers(_ document: JSONDocument, _ index: Int, records: Int) -> [String]? {
        if let iterator = document.member(index, named: "NextShardIterator"), document.kind(iterator) == .string,
            document.string(iterator).contains(":dynamodb:")
        {
            return ["/NextShardIterator"]
        }
        guard document.childCount(records) > 0, document.kind(records + 1) == .object else { return nil }
        let first = records + 1
        guard document.member(first, named: "dynamodb") != nil,
            document.member(first, named: "eventSourceARN") == nil, document.member(first, named: "kinesis") == nil
        else { return nil }
        if document.member(index, named: "NextShardIterator") != nil {
            return ["/Records/0/dynamodb", "/NextShardIterator"]
        }
        guard let identity = document.member(first, named: "userIdentity") else { return nil }
        for name in ["PrincipalId", "Type"] where document.member(identity, named: name) != nil {
            return ["/Records/0/dynamodb", "/Records/0/userIdentity/" + name]
        }
        return nil
    }

    /// The member that makes a `StreamDescription` a DynamoDB stream's (`StreamArn`, `StreamLabel`, `TableName`,
    /// `KeySchema`) rather than a Kinesis stream's (`StreamARN`, `StreamName`, `HasMoreShards`), or `nil`.
    static func dynamoDBStreamDescriptionMember(_ document: JSONDocument, _ description: Int) -> String? {
        ["StreamArn", "StreamLabel", "TableName", "KeySchema"].first {
            document.member(description, named: $0) != nil
        }
    }
}
