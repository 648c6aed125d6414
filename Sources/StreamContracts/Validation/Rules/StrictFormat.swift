import StreamJSON
import StreamJSONSchema

/// One of the exact AWS formats that `defs.schema.json` keeps as a `…Strict` definition for the rules.
///
/// The pattern and length bounds are read from the embedded schema and compiled once, so rules and schema never
/// drift apart. A definition that can't be found or compiled matches everything (the rule then stays silent rather
/// than trapping); `RuleCatalogTests` checks that every one loads.
struct StrictFormat: Sendable {
    /// The definition's name in `defs.schema.json`, e.g. `kinesisStreamArnStrict`.
    let name: String
    let pattern: ECMAPattern?
    /// The pattern as a `FormatShape` when it is of that plain kind: matched without the pattern engine.
    let shape: FormatShape?
    let minimumLength: Int?
    let maximumLength: Int?
    /// Whether the definition was found with a pattern that compiled.
    let isLoaded: Bool
    /// What the format looks like, for messages: `a Kinesis stream ARN (arn:<partition>:kinesis:…)`.
    let expected: String

    /// Position in `StrictFormats.all`, for per-run caches.
    let slot: Int

    init(definition name: String, slot: Int, expected: String) {
        self.name = name
        self.slot = slot
        self.expected = expected
        let definition = ContractSchemas.documents["defs.schema.json"]?["$defs"]?[name]
        let source = definition?["pattern"]?.stringValue
        let compiled = source.flatMap { try? ECMAPattern($0) }
        pattern = compiled
        shape = compiled == nil ? nil : source.flatMap { FormatShape(source: $0) }
        minimumLength = definition?["minLength"]?.numberValue?.int64Value.map { Int($0) }
        maximumLength = definition?["maxLength"]?.numberValue?.int64Value.map { Int($0) }
        isLoaded = compiled != nil
    }

    /// Whether UTF-8 `bytes` have the format.
    func matches(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { matches($0) }
    }

    /// Whether UTF-8 `bytes` have the format: the length bounds (in characters), then the pattern.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if minimumLength != nil || maximumLength != nil {
            let length = Self.scalarCount(bytes)
            if let minimumLength, length < minimumLength { return false }
            if let maximumLength, length > maximumLength { return false }
        }
        if let shape { return shape.matches(bytes) }
        guard let pattern else { return true }
        let memo = StrictFormatMemo.shared
        if let matched = memo.answer(slot: slot, bytes) { return matched }
        let matched = pattern.matches(utf8: bytes)
        memo.record(slot: slot, bytes, matched: matched)
        return matched
    }

    /// The number of Unicode scalars in UTF-8 `bytes`: the bytes that are not continuation bytes (`10xxxxxx`),
    /// counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = bytes.count
        var index = 0
        while index &+ 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            count &-= UTF8Word.continuationBytes(word)
            index &+= 8
        }
        while index < bytes.count {
            if base[index] & 0xC0 == 0x80 { count &-= 1 }
            index &+= 1
        }
        return count
    }

    /// The pattern as written in the schema, for messages.
    var patternSource: String { pattern?.source ?? "" }
}

/// The strict formats the rules use, each compiled once.
enum StrictFormats {
    static let region = StrictFormat(
        definition: "regionStrict", slot: 0, expected: "an AWS region name such as us-east-1")
    static let arn = StrictFormat(
        definition: "arnStrict", slot: 1, expected: "an ARN arn:<partition>:<service>:<region>:<account>:<resource>")
    static let kinesisStreamArn = StrictFormat(
        definition: "kinesisStreamArnStrict", slot: 2,
        expected: "a Kinesis stream ARN arn:<partition>:kinesis:<region>:<12-digit account>:stream/<StreamName>")
    static let kinesisConsumerArn = StrictFormat(
        definition: "kinesisConsumerArnStrict", slot: 3,
        expected:
            "a Kinesis consumer ARN arn:<partition>:kinesis:<region>:<12-digit account>:"
            + "stream/<StreamName>/consumer/<ConsumerName>:<epoch seconds>"
    )
    static let dynamodbStreamArn = StrictFormat(
        definition: "dynamodbStreamArnStrict", slot: 4,
        expected:
            "a DynamoDB stream ARN arn:<partition>:dynamodb:<region>:<12-digit account>:"
            + "table/<TableName>/stream/<YYYY-MM-DDThh:mm:ss.sss>"
    )
    static let lambdaFunctionArn = StrictFormat(
        definition: "lambdaFunctionArnStrict", slot: 5,
        expected:
            "a Lambda function ARN arn:<partition>:lambda:<region>:<12-digit account>:function:<name>[:<qualifier>]")
    static let iamRoleArn = StrictFormat(
        definition: "iamRoleArnStrict", slot: 6,
        expected: "an IAM role ARN arn:<partition>:iam::<12-digit account>:role/[<path>/]<RoleName>")
    static let eventSourceMappingArn = StrictFormat(
        definition: "eventSourceMappingArnStrict", slot: 7,
        expected:
            "an event source mapping ARN arn:<partition>:lambda:<region>:<12-digit account>:event-source-mapping:<UUID>"
    )
    static let eventSourceArn = StrictFormat(
        definition: "eventSourceArnStrict", slot: 8,
        expected: "an event source ARN arn:<partition>:<service>:<region>:<12-digit account>:<resource>")
    static let destinationArn = StrictFormat(
        definition: "destinationArnStrict", slot: 9, expected: "a destination: empty, kafka://<topic> or an ARN")
    static let sqsQueueArn = StrictFormat(
        definition: "sqsQueueArnStrict", slot: 10,
        expected: "an SQS queue ARN arn:<partition>:sqs:<region>:<12-digit account>:<QueueName>")
    static let snsTopicArn = StrictFormat(
        definition: "snsTopicArnStrict", slot: 11,
        expected: "an SNS topic ARN arn:<partition>:sns:<region>:<12-digit account>:<TopicName>")
    static let s3BucketArn = StrictFormat(
        definition: "s3BucketArnStrict", slot: 12, expected: "an S3 bucket ARN arn:<partition>:s3:::<bucket>")
    static let kmsKeyArn = StrictFormat(
        definition: "kmsKeyArnStrict", slot: 13,
        expected: "a KMS key ARN arn:<partition>:kms:<region>:<12-digit account>:key/<id> or alias/<name>")
    static let kinesisShardId = StrictFormat(
        definition: "kinesisShardIdStrict", slot: 14, expected: "a Kinesis shard id shardId-<12 digits>")
    static let dynamodbShardId = StrictFormat(
        definition: "dynamodbShardIdStrict", slot: 15,
        expected: "a DynamoDB Streams shard id shardId-<20 digits>-<8 hex digits>")
    static let kinesisSequenceNumber = StrictFormat(
        definition: "kinesisSequenceNumberStrict", slot: 16, expected: "a 56-digit Kinesis sequence number")
    static let dynamodbSequenceNumber = StrictFormat(
        definition: "dynamodbSequenceNumberStrict", slot: 17,
        expected: "a DynamoDB Streams sequence number of 21 to 40 digits")
    static let dynamodbEventId = StrictFormat(
        definition: "dynamodbEventIdStrict", slot: 18, expected: "32 lowercase hex characters")
    static let uuid = StrictFormat(
        definition: "uuidStrict", slot: 19, expected: "a UUID (8-4-4-4-12 hex digits)")
    static let firehoseDeliveryStreamArn = StrictFormat(
        definition: "firehoseDeliveryStreamArnStrict", slot: 20,
        expected:
            "a Firehose delivery stream ARN arn:<partition>:firehose:<region>:<12-digit account>:"
            + "deliverystream/<DeliveryStreamName>")

    /// Number of formats (slots).
    static let count = 21

    /// Every format, in slot order.
    static var all: [StrictFormat] {
        [
            region, arn, kinesisStreamArn, kinesisConsumerArn, dynamodbStreamArn, lambdaFunctionArn, iamRoleArn,
            eventSourceMappingArn, eventSourceArn, destinationArn, sqsQueueArn, snsTopicArn, s3BucketArn,
            kmsKeyArn, kinesisShardId, dynamodbShardId, kinesisSequenceNumber, dynamodbSequenceNumber,
            dynamodbEventId, uuid, firehoseDeliveryStreamArn,
        ]
    }

    /// The TTL service identity of `userIdentityStrict`: `type` and `principalId` constants.
    static let ttlIdentity: (type: [UInt8], principalId: [UInt8]) = {
        let properties = ContractSchemas.documents["defs.schema.json"]?["$defs"]?["userIdentityStrict"]?["properties"]
        let type = properties?["type"]?["const"]?.stringValue ?? "Service"
        let principal = properties?["principalId"]?["const"]?.stringValue ?? "dynamodb.amazonaws.com"
        return (Array(type.utf8), Array(principal.utf8))
    }()
}
