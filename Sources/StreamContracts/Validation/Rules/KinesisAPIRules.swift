import StreamEvents
import StreamJSON

/// The rules of Kinesis API payloads (GetRecords, SubscribeToShard, PutRecords, consumers, stream summaries)
/// and KubeMQ requests.
enum KinesisAPIRules: Int, RuleGroup {
    case continuationSequenceNumber, failedRecordCount, putRecordsEntry, putRecordsRequestSize, hashKeyRange,
        arnMatchesName, kubemqNumericRange, kubemqMembersMatchMethod

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .continuationSequenceNumber:
            RuleDescriptor(
                id: "kinesis.continuation-sequence-number", severity: .error, kinds: RuleKinds.subscribe,
                summary: "ContinuationSequenceNumber is not below the last record's SequenceNumber", section: "C.4")
        case .failedRecordCount:
            RuleDescriptor(
                id: "kinesis.failed-record-count", severity: .error, kinds: [.putRecordsResponse],
                summary: "FailedRecordCount equals the number of entries with an ErrorCode", section: "C.4")
        case .putRecordsEntry:
            RuleDescriptor(
                id: "kinesis.put-records-entry", severity: .error, kinds: [.putRecordsResponse],
                summary: "each PutRecords result has SequenceNumber and ShardId, or an ErrorCode, not both",
                section: "C.4")
        case .putRecordsRequestSize:
            RuleDescriptor(
                id: "kinesis.put-records-request-size", severity: .error, kinds: [.putRecordsRequest],
                summary: "a PutRecords request carries at most 5 MiB of data and partition keys", section: "C.4")
        case .hashKeyRange:
            RuleDescriptor(
                id: "kinesis.hash-key-range", severity: .error, kinds: RuleKinds.childShards,
                summary: "hash keys are at most 2^128-1 and a HashKeyRange starts no later than it ends", section: "D.1"
            )
        case .arnMatchesName:
            RuleDescriptor(
                id: "kinesis.arn-matches-name", severity: .error,
                kinds: [
                    .kinesisConsumer, .kinesisConsumerDescription, .listStreamConsumersResponse,
                    .registerStreamConsumerResponse, .describeStreamConsumerResponse, .describeStreamSummaryResponse,
                ],
                summary: "ConsumerARN names ConsumerName (and StreamARN's stream); StreamARN names StreamName",
                section: "C.3")
        case .kubemqNumericRange:
            RuleDescriptor(
                id: "kubemq.numeric-range", severity: .error, kinds: [.kubemqKinesisRequest],
                summary: "metadata limit is 1…10000 and shard_count at least 1, as Kinesis accepts them", section: "C.4"
            )
        case .kubemqMembersMatchMethod:
            // The connector reads each metadata key for some methods only and ignores it for the others
            // (kubemq-targets `targets/aws/kinesis/metadata.go` and its README, seed 002); the README's own
            // "Get Records" example says `put_records` and sets `limit`, so this is a warning.
            RuleDescriptor(
                id: "kubemq.members-match-method", severity: .warning, kinds: [.kubemqKinesisRequest],
                summary:
                    "metadata keys and data are ones the request's method reads (a get_records limit on put_records "
                    + "contradicts it)", section: "C.4")
        }
    }
}

extension RuleContext {
    /// Rules for Kinesis API records (`GetRecords` output, `SubscribeToShardEvent`): data, order, layout, arrival.
    ///
    /// - Returns: The last record's sequence number, when it is a digit string.
    @discardableResult
    mutating func checkAPIRecords(_ container: Int) -> Int? {
        guard let records = arrayMember(container, MemberName.records) else { return nil }
        var previous: Int?
        for record in elements(records) where document.kind(record) == .object {
            checkKinesisData(
                stringMember(record, MemberName.dataPascal),
                partitionKey: stringMember(record, MemberName.partitionKeyPascal),
                label: "Data")
            guard let sequence = stringMember(record, MemberName.sequenceNumberPascal),
                DecimalDigits.isDigits(utf8(sequence))
            else { continue }
            let layout = DecimalDigits.kinesisLayout(utf8(sequence))
            checkSequenceNumberLayout(sequence, layout: layout)
            if let previous { checkIncreasing(previous, sequence) }
            previous = sequence
            if let layout, let arrival = member(record, MemberName.approximateArrivalTimestampPascal),
                let seconds = arrivalSeconds(arrival)
            {
                checkArrival(arrival, seconds: seconds, layout: layout)
            }
        }
        checkChildShards(container)
        return previous
    }

    /// Rules for a `SubscribeToShardEvent`: API records, and the continuation point after them.
    mutating func checkSubscribeToShardEvent(_ event: Int) {
        guard document.kind(event) == .object else { return }
        let last = checkAPIRecords(event)
        guard let last, let continuation = stringMember(event, MemberName.continuationSequenceNumber),
            DecimalDigits.isDigits(utf8(continuation)), DecimalDigits.compare(utf8(continuation), utf8(last)) < 0
        else { return }
        report(
            KinesisAPIRules.continuationSequenceNumber, at: continuation,
            "ContinuationSequenceNumber \(quoted(continuation)) is below the last record's SequenceNumber "
                + "\(quoted(last)); a subscription continues after the records it delivered")
    }

    /// Hash key ranges of child shards: within 2^128 − 1 and ordered.
    private mutating func checkChildShards(_ container: Int) {
        guard let shards = arrayMember(container, MemberName.childShards) else { return }
        for shard in elements(shards) {
            guard let range = objectMember(shard, MemberName.hashKeyRange) else { continue }
            let start = stringMember(range, MemberName.startingHashKey)
            let end = stringMember(range, MemberName.endingHashKey)
            let startValid = start.map { checkHashKey($0, label: "StartingHashKey") } ?? false
            let endValid = end.map { checkHashKey($0, label: "EndingHashKey") } ?? false
            if let start, let end, startValid, endValid, DecimalDigits.compare(utf8(start), utf8(end)) > 0 {
                report(
                    KinesisAPIRules.hashKeyRange, at: end,
                    "EndingHashKey \(quoted(end)) is below StartingHashKey \(quoted(start))")
            }
        }
    }

    /// A hash key is at most 2^128 − 1; returns whether it is a digit string within range.
    private mutating func checkHashKey(_ key: Int, label: String) -> Bool {
        let bytes = utf8(key)
        guard DecimalDigits.isDigits(bytes) else { return false }
        if DecimalDigits.compare(bytes, DecimalDigits.maximumHashKey[...]) > 0 {
            report(
                KinesisAPIRules.hashKeyRange, at: key,
                "\(label) \(quoted(key)) is above 2^128 − 1 = 340282366920938463463374607431768211455, the "
                    + "largest hash key")
            return false
        }
        return true
    }

    /// Rules for a `PutRecords` request: each record's data and explicit hash key, and the request's size.
    mutating func checkPutRecordsRequest(_ request: Int) {
        guard let records = arrayMember(request, MemberName.records) else { return }
        var total = 0
        for record in elements(records) where document.kind(record) == .object {
            let data = stringMember(record, MemberName.dataPascal)
            let key = stringMember(record, MemberName.partitionKeyPascal)
            checkKinesisData(data, partitionKey: key, label: "Data")
            if let data, let shape = Base64Shape(utf8(data)) { total += shape.decodedCount }
            if let key { total += utf8(key).count }
            if let hashKey = stringMember(record, MemberName.explicitHashKey) {
                _ = checkHashKey(hashKey, label: "ExplicitHashKey")
            }
        }
        if total > options.maximumPutRecordsRequestBytes {
            report(
                KinesisAPIRules.putRecordsRequestSize, at: records,
                "the request carries \(total) bytes of data and partition keys; PutRecords accepts at most "
                    + "\(options.maximumPutRecordsRequestBytes) (5 MiB)")
        }
        checkARN(stringMember(request, MemberName.streamARN), StrictFormats.kinesisStreamArn, label: "StreamARN")
    }

    /// Rules for a `PutRecords` response: the failure count and the shape of each result.
    mutating func checkPutRecordsResponse(_ response: Int) {
        guard let records = arrayMember(response, MemberName.records) else { return }
        var failed = 0
        for record in elements(records) where document.kind(record) == .object {
            let sequence = stringMember(record, MemberName.sequenceNumberPascal)
            let shard = stringMember(record, MemberName.shardIdPascal)
            let error = member(record, MemberName.errorCode)
            if error != nil { failed += 1 }
            let isSuccess = sequence != nil && shard != nil && error == nil
            let isFailure = sequence == nil && shard == nil && error != nil
            if !isSuccess, !isFailure {
                report(
                    KinesisAPIRules.putRecordsEntry, at: record,
                    "a PutRecords result has SequenceNumber and ShardId (success) or ErrorCode and ErrorMessage "
                        + "(failure); this one has "
                        + Self.list(
                            [
                                sequence.map { _ in "SequenceNumber" }, shard.map { _ in "ShardId" },
                                error.map { _ in "ErrorCode" },
                            ].compactMap { $0 }
                        ).nonEmpty(or: "none of them"))
            }
            if let shard {
                checkFormat(shard, StrictFormats.kinesisShardId, rule: FormatRules.shardIDFormat, label: "ShardId")
            }
            if let sequence, DecimalDigits.isDigits(utf8(sequence)) {
                let layout = DecimalDigits.kinesisLayout(utf8(sequence))
                checkSequenceNumberLayout(sequence, layout: layout)
                checkSequenceNumberShard(
                    sequence, layout: layout, shard: shard, label: "SequenceNumber", shardLabel: "ShardId")
            }
        }
        if let count = numberMember(response, MemberName.failedRecordCount), let value = integer(count), value >= 0,
            value != failed
        {
            report(
                KinesisAPIRules.failedRecordCount, at: count,
                "FailedRecordCount is \(value), but \(failed) of the \(document.childCount(records)) results have "
                    + "an ErrorCode")
        }
    }

    /// Rules for a consumer: its ARN names it (and, in a description, its stream).
    mutating func checkConsumer(_ consumer: Int) {
        guard document.kind(consumer) == .object, let arn = stringMember(consumer, MemberName.consumerARN) else {
            return
        }
        let stream = stringMember(consumer, MemberName.streamARN)
        checkARN(stream, StrictFormats.kinesisStreamArn, label: "StreamARN")
        guard checkARN(arn, StrictFormats.kinesisConsumerArn, label: "ConsumerARN"),
            let parts = ARNParts(utf8(arn))
        else { return }
        // resource = stream/<stream>/consumer/<name>:<epoch>
        let resource = parts.slice(parts.resource)
        let segments = resource.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard segments.count == 4, let colon = segments[3].lastIndex(of: UInt8(ascii: ":")) else { return }
        let arnStream = segments[1]
        let arnName = segments[3][segments[3].startIndex..<colon]
        if let name = stringMember(consumer, MemberName.consumerName), Self.isResourceName(utf8(name)),
            utf8(name) != arnName
        {
            report(
                KinesisAPIRules.arnMatchesName, at: name,
                "ConsumerName \(quoted(name)) is not the consumer named in ConsumerARN \(quoted(arn)) "
                    + "(\"\(String(decoding: arnName, as: UTF8.self))\")")
        }
        if let stream, let streamParts = ARNParts(utf8(stream)),
            StrictFormats.kinesisStreamArn.matches(utf8(stream)),
            streamParts.slice(streamParts.resource).dropFirst("stream/".utf8.count) != arnStream
                || streamParts.slice(streamParts.region) != parts.slice(parts.region)
                || streamParts.slice(streamParts.account) != parts.slice(parts.account)
        {
            report(
                KinesisAPIRules.arnMatchesName, at: stream,
                "StreamARN \(quoted(stream)) is not the stream of ConsumerARN \(quoted(arn))")
        }
    }

    /// Rules for a stream summary: its ARN names it.
    mutating func checkStreamSummary(_ summary: Int) {
        guard document.kind(summary) == .object, let arn = stringMember(summary, MemberName.streamARN) else { return }
        guard checkARN(arn, StrictFormats.kinesisStreamArn, label: "StreamARN"), let parts = ARNParts(utf8(arn)),
            let name = stringMember(summary, MemberName.streamName), Self.isResourceName(utf8(name))
        else { return }
        let arnName = parts.slice(parts.resource).dropFirst("stream/".utf8.count)
        if utf8(name) != arnName {
            report(
                KinesisAPIRules.arnMatchesName, at: name,
                "StreamName \(quoted(name)) is not the stream named in StreamARN \(quoted(arn)) "
                    + "(\"\(String(decoding: arnName, as: UTF8.self))\")")
        }
    }

    /// Rules for a KubeMQ `aws.kinesis` request: numeric metadata in Kinesis's ranges, the record's data.
    mutating func checkKubeMQRequest(_ request: Int) {
        guard let metadata = objectMember(request, MemberName.metadata) else { return }
        for (name, range, label) in [
            (MemberName.limit, 1...10_000, "limit"), (MemberName.shardCount, 1...Int.max, "shard_count"),
        ] {
            guard let value = stringMember(metadata, name), DecimalDigits.isDigits(utf8(value)) else { continue }
            let number = utf8(value).count > 18 ? Int.max : Int(String(decoding: utf8(value), as: UTF8.self))
            if let number, !range.contains(number) {
                report(
                    KinesisAPIRules.kubemqNumericRange, at: value,
                    "metadata \(label) is \(quoted(value)); Kinesis accepts "
                        + (label == "limit" ? "1 to 10000" : "at least 1"))
            }
        }
        let method = stringMember(metadata, MemberName.method)
        let putsRecord = method.map { document.string($0, equals: "put_record".utf8) } ?? false
        if let data = stringMember(request, MemberName.data) {
            if putsRecord {
                checkKinesisData(
                    data, partitionKey: stringMember(metadata, MemberName.partitionKeySnake), label: "data")
            } else if let shape = Base64Shape(utf8(data)), let offset = shape.nonCanonicalOffset {
                reportNonCanonicalBase64(at: data, bytes: utf8(data), offset: offset, label: "data")
            }
        }
        checkARN(stringMember(metadata, MemberName.streamArnSnake), StrictFormats.kinesisStreamArn, label: "stream_arn")
        if let method { checkKubeMQMembers(request, metadata: metadata, method: method) }
    }

    /// The metadata keys the connector reads for some methods only, and the methods that read each.
    private static let kubemqMethodMembers: [(name: String, methods: Set<String>)] = [
        (
            "stream_name",
            [
                "create_stream", "delete_stream", "list_shards", "get_shard_iterator", "put_record", "put_records",
                "get_records",
            ]
        ),
        ("stream_arn", ["list_stream_consumers"]), ("shard_count", ["create_stream"]),
        ("partition_key", ["put_record"]), ("shard_id", ["get_shard_iterator"]),
        ("shard_iterator_type", ["get_shard_iterator"]), ("shard_iterator_id", ["get_records"]),
        ("limit", ["get_records"]),
    ]

    /// The methods that send `data`.
    private static let kubemqDataMethods: Set<String> = ["put_record", "put_records"]

    /// Each method-specific metadata key, and non-null `data`, belongs to the request's `method`.
    private mutating func checkKubeMQMembers(_ request: Int, metadata: Int, method: Int) {
        let methodName = text(method)
        let readers = Self.kubemqMethodMembers.map(\.methods).reduce(into: Set<String>()) { $0.formUnion($1) }
        // An unknown method is the schema's finding.
        guard readers.contains(methodName) || methodName == "list_streams" else { return }
        for (name, value) in members(metadata) {
            guard let entry = Self.kubemqMethodMembers.first(where: { document.string(name, equals: $0.name.utf8) }),
                !entry.methods.contains(methodName)
            else { continue }
            report(
                KinesisAPIRules.kubemqMembersMatchMethod, at: value,
                "metadata \(entry.name) is for " + Self.list(entry.methods.sorted()) + ", but method at "
                    + "\(relativePointer(method)) is \(quoted(method)), which ignores it")
        }
        if let data = member(request, MemberName.data), document.kind(data) != .null,
            !Self.kubemqDataMethods.contains(methodName)
        {
            report(
                KinesisAPIRules.kubemqMembersMatchMethod, at: data,
                "data is sent only by put_record and put_records, but method at \(relativePointer(method)) is "
                    + "\(quoted(method)), which ignores it")
        }
    }
}

extension RuleContext {
    /// Whether `bytes` is a valid stream or consumer name (`[a-zA-Z0-9_.-]{1,128}`); other names are the schema's
    /// finding.
    static func isResourceName(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard (1...128).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
                true
            default:
                false
            }
        }
    }
}

extension String {
    /// The string, or `fallback` when it is empty.
    fileprivate func nonEmpty(or fallback: String) -> String { isEmpty ? fallback : self }
}
