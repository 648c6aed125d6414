import Foundation
import StreamEvents
import StreamJSON

/// Hand-built model values, varied by a seeded generator, for round-trip property tests.
extension TestRandom {
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { index in Character(String(index == 0 ? 1 + below(9) : below(10))) })
    }

    mutating func timestamp() -> AWSTimestamp {
        switch below(4) {
        case 0: AWSTimestamp(epochSeconds: Double(1_500_000_000 + below(300_000_000)) + Double(below(1000)) / 1000)
        case 1: AWSTimestamp(epochNumber: JSONNumber(1_500_000_000_000 + below(1_000_000_000)))
        case 2: AWSTimestamp(form: .numericString("\(1_500_000_000 + below(1000)).\(below(900) + 100)"))
        default: AWSTimestamp(iso8601: Date(timeIntervalSince1970: Double(1_500_000_000 + below(1_000_000))))
        }
    }

    mutating func jsonValue(depth: Int = 0) -> JSONValue {
        switch below(depth > 2 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(bool())
        case 2: return .number(JSONNumber(below(1_000_000) - 500_000))
        case 3: return .string(string())
        case 4: return .array((0..<below(3)).map { _ in jsonValue(depth: depth + 1) })
        default:
            var object = JSONObject()
            for index in 0..<below(4) { object["k\(index)"] = jsonValue(depth: depth + 1) }
            return .object(object)
        }
    }

    mutating func window() -> TimeWindow? {
        guard bool() else { return nil }
        return TimeWindow(start: Date(timeIntervalSince1970: Double(1_600_000_000 + below(1000) * 60)), seconds: 60)
    }

    mutating func kinesisRecord() -> KinesisEventRecord {
        let shard = "shardId-" + String(repeating: "0", count: 11) + String(below(10))
        let sequence = digits(56)
        var payload = KinesisRecordPayload(
            partitionKey: string(maxCount: 5) + "k", sequenceNumber: sequence, approximateArrivalTimestamp: timestamp(),
            encryptionType: [nil, .unencrypted, .kms, KinesisEncryptionType(rawValue: "FUTURE")][below(4)])
        payload.setData(bytes(maxCount: 40))
        return KinesisEventRecord(
            eventID: shard + ":" + sequence, eventSourceARN: "arn:aws:kinesis:us-east-1:111122223333:stream/s",
            invokeIdentityArn: "arn:aws:iam::111122223333:role/r",
            awsRegion: AWSRegion.knownValues[below(AWSRegion.knownValues.count)],
            kinesis: payload)
    }

    mutating func kinesisEvent() -> KinesisEvent {
        let window = window()
        return KinesisEvent(
            records: (0..<below(4)).map { _ in kinesisRecord() }, window: window,
            state: window == nil ? nil : jsonValue(), shardId: window == nil ? nil : "shardId-000000000001",
            eventSourceARN: window == nil ? nil : "arn:aws:kinesis:us-east-1:111122223333:stream/s",
            isFinalInvokeForWindow: window == nil ? nil : bool(), isWindowTerminatedEarly: window == nil ? nil : bool())
    }

    mutating func attributeMap() -> AttributeMap {
        var map = AttributeMap()
        for _ in 0..<below(5) { map[string(maxCount: 4) + "a"] = AttributeValueTests.randomValue(&self, depth: 1) }
        return map
    }

    mutating func streamRecord() -> DynamoDBStreamRecord {
        DynamoDBStreamRecord(
            approximateCreationDateTime: bool() ? timestamp() : nil, keys: attributeMap(),
            newImage: bool() ? attributeMap() : nil, oldImage: bool() ? attributeMap() : nil,
            sequenceNumber: bool() ? digits(21 + below(20)) : nil, sizeBytes: bool() ? 1 + below(400_000) : nil,
            streamViewType: bool() ? StreamViewType.knownValues[below(4)] : nil)
    }

    mutating func dynamoDBRecord() -> DynamoDBEventRecord {
        DynamoDBEventRecord(
            eventID: digits(32), eventName: DynamoDBEventName.knownValues[below(3)], awsRegion: .euWest1,
            dynamodb: streamRecord(),
            eventSourceARN: bool()
                ? "arn:aws:dynamodb:eu-west-1:111122223333:table/t/stream/2024-01-01T00:00:00.000" : nil,
            userIdentity: bool() ? .ttlService : nil, eventVersion: bool() ? "1.0" : "1.1")
    }

    mutating func dynamoDBEvent() -> DynamoDBEvent {
        let window = window()
        return DynamoDBEvent(
            records: (0..<below(4)).map { _ in dynamoDBRecord() }, window: window,
            state: window == nil ? nil : jsonValue(),
            shardId: window == nil ? nil : "shardId-00000001704067200000-1a2b3c4d",
            eventSourceARN: nil, isFinalInvokeForWindow: window == nil ? nil : bool(),
            isWindowTerminatedEarly: window == nil ? nil : bool())
    }

    mutating func changeRecord() -> DynamoDBKinesisChangeRecord {
        let identities: [Nullable<DynamoDBUserIdentity>?] = [nil, .null, .value(.ttlService)]
        return DynamoDBKinesisChangeRecord(
            awsRegion: .usEast1,
            eventID: UUID(uuidString: "6B0F3A52-6A41-4C0C-9D39-2F0C5F2A7E1\(below(10))")?.uuidString ?? "",
            eventName: .insert, tableName: "t" + string(maxCount: 3), dynamodb: streamRecord(),
            userIdentity: identities[below(3)])
    }

    mutating func batchInfo() -> StreamBatchInfo {
        StreamBatchInfo(
            shardId: "shardId-000000000003", startSequenceNumber: digits(56), endSequenceNumber: digits(56),
            approximateArrivalOfFirstRecord: AWSTimestamp(iso8601: Date(timeIntervalSince1970: 1_704_153_600.5)),
            approximateArrivalOfLastRecord: timestamp(), batchSize: 1 + below(10_000),
            streamArn: "arn:aws:kinesis:us-east-1:111122223333:stream/orders")
    }

    mutating func onFailureRecord() -> StreamOnFailureRecord {
        let kinesis = bool()
        return StreamOnFailureRecord(
            requestContext: OnFailureRequestContext(
                requestId: "3f0c9b6e-2d55-4f1a-9a55-0a1b2c3d4e5f",
                functionArn: "arn:aws:lambda:us-east-1:111122223333:function:f",
                condition: [.retryAttemptsExhausted, .recordAgeExceeded, "SomethingNew"][below(3)],
                approximateInvokeCount: below(10)),
            responseContext: bool()
                ? OnFailureResponseContext()
                : OnFailureResponseContext(
                    statusCode: 200, executedVersion: "$LATEST", functionError: bool() ? "Unhandled" : nil),
            timestamp: AWSTimestamp(iso8601: Date(timeIntervalSince1970: Double(1_704_153_600 + below(1000)))),
            kinesisBatchInfo: kinesis ? batchInfo() : nil, dynamoDBBatchInfo: kinesis ? nil : batchInfo())
    }

    mutating func batchItemFailures() -> [BatchItemFailure]? {
        switch below(3) {
        case 0: nil
        case 1: []
        default: (0..<(1 + below(3))).map { _ in BatchItemFailure(itemIdentifier: bool() ? digits(56) : nil) }
        }
    }
}
