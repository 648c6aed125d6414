/// The rules of one payload area, as the cases of an `Int`-backed enum whose catalog entries are declared beside
/// the checks that report them.
///
/// A check reports a case (`report(KinesisEventRules.batchSingleShard, at:…)`), never a free-standing descriptor,
/// and `ContractRules.groups` lists every group, so a rule can't be reported without being in the catalog that
/// `stream-fixtures rules` prints. `describe(_:)` is an exhaustive `switch`: a new case doesn't compile without
/// its entry.
///
/// ```swift
/// enum OnFailureRules: Int, RuleGroup {
///     case sequenceRangeOrdered
///     static let descriptors: [RuleDescriptor] = describingAllCases()
///     static func describe(_ rule: Self) -> RuleDescriptor { … }
/// }
/// ```
protocol RuleGroup: CaseIterable, Sendable, RawRepresentable<Int> {
    /// The catalog entries of the group, one per case in case order: `describingAllCases()`, built once.
    static var descriptors: [RuleDescriptor] { get }

    /// The catalog entry of `rule`.
    static func describe(_ rule: Self) -> RuleDescriptor
}

extension RuleGroup {
    /// The catalog entry of this rule (read from `descriptors`, so reporting allocates nothing for it).
    var descriptor: RuleDescriptor { Self.descriptors[rawValue] }

    /// `describe(_:)` of every case, in case order: the value of `descriptors`.
    static func describingAllCases() -> [RuleDescriptor] { allCases.map(describe) }
}

/// The payload kinds that several rules share.
enum RuleKinds {
    // The on-failure kinds carry a whole Lambda event under `payload` (S3 destinations), checked with the event's
    // rules, so every rule of an event applies to them too.
    static let kinesisEvent: [PayloadKind] = [.kinesisEvent, .kinesisOnFailure]
    static let dynamodbEvent: [PayloadKind] = [.dynamodbEvent, .dynamodbOnFailure]
    static let streamEvents: [PayloadKind] = [.kinesisEvent, .dynamodbEvent, .kinesisOnFailure, .dynamodbOnFailure]
    static let dynamodbRecords: [PayloadKind] = [
        .dynamodbEvent, .dynamodbKinesisRecord, .dynamodbstreamsGetRecordsResponse, .dynamodbOnFailure,
    ]
    /// The kinds whose `Records` are DynamoDB stream records of one shard: the Lambda event (alone or as an
    /// on-failure record's `payload`) and the Streams API's `GetRecords` output.
    static let dynamodbStreamBatches: [PayloadKind] = [
        .dynamodbEvent, .dynamodbstreamsGetRecordsResponse, .dynamodbOnFailure,
    ]
    static let kinesisRecordKinds: [PayloadKind] = [
        .kinesisEvent, .getRecordsResponse, .subscribeToShardEvent, .subscribeToShardEventStream, .kinesisOnFailure,
    ]
    static let kinesisDataKinds: [PayloadKind] = [
        .kinesisEvent, .getRecordsResponse, .subscribeToShardEvent, .subscribeToShardEventStream,
        .putRecordsRequest, .kubemqKinesisRequest, .kinesisOnFailure,
    ]
    static let mappings: [PayloadKind] = [.eventSourceMapping, .eventSourceMappings]
    static let onFailure: [PayloadKind] = [.kinesisOnFailure, .dynamodbOnFailure]
    static let responses: [PayloadKind] = [.batchItemFailures, .timeWindowResponse]
    static let childShards: [PayloadKind] = [
        .getRecordsResponse, .subscribeToShardEvent, .subscribeToShardEventStream, .putRecordsRequest,
    ]
    static let subscribe: [PayloadKind] = [.subscribeToShardEvent, .subscribeToShardEventStream]
}
