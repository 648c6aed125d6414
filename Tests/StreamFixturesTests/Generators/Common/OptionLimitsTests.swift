import StreamContracts
import StreamEvents
import StreamFixtures
import Testing

/// Every options type is its kind's single checked configuration: a value outside a limit throws an error naming the
/// option by its property name, never a clamped result; `Gen`, the catalog and the manifest share those limits.
@Suite struct OptionLimitsTests {
    /// One value outside one limit: the option's property path, and the validation that must reject it.
    struct Case: Sendable, CustomTestStringConvertible {
        var field: String
        var found: String
        var check: @Sendable () throws(GeneratorOptionsError) -> Void
        var testDescription: String { "\(field) = \(found)" }
    }

    static func kinesis(_ field: String, _ found: String, _ change: (inout KinesisOptions) -> Void) -> Case {
        var options = KinesisOptions()
        change(&options)
        let checked = options
        return Case(field: field, found: found) { () throws(GeneratorOptionsError) in try checked.validate() }
    }

    static func dynamoDB(_ field: String, _ found: String, _ change: (inout DynamoDBOptions) -> Void) -> Case {
        var options = DynamoDBOptions()
        change(&options)
        let checked = options
        return Case(field: field, found: found) { () throws(GeneratorOptionsError) in try checked.validate() }
    }

    static func options<Options: Sendable>(
        _ options: Options, _ field: String, _ found: String,
        _ validate: @escaping @Sendable (Options) throws(GeneratorOptionsError) -> Void
    ) -> Case {
        Case(field: field, found: found) { () throws(GeneratorOptionsError) in try validate(options) }
    }

    static let badAccount = AWSEnvironment(accountID: "1")

    static let cases: [Case] = [
        kinesis("count", "0") { $0.count = 0 },
        kinesis("count", "100001") { $0.count = 100_001 },
        kinesis("records", "0") { $0.records = 0 },
        kinesis("records", "10001") { $0.records = 10_001 },
        kinesis("records", "200") { $0.records = 200 },  // above batchSize 100
        kinesis("shards", "0") { $0.shards = 0 },
        kinesis("shards", "1001") { $0.shards = 1_001 },
        kinesis("streamName", "\"\"") { $0.streamName = "" },
        kinesis("aggregationShare", "-0.1") { $0.aggregationShare = -0.1 },
        kinesis("aggregationShare", "1.5") { $0.aggregationShare = 1.5 },
        kinesis("aggregationShare", "nan") { $0.aggregationShare = .nan },
        kinesis("windowSeconds", "0") { $0.windowSeconds = 0 },
        kinesis("windowSeconds", "901") { $0.windowSeconds = 901 },
        kinesis("batchSize", "0") { $0.batchSize = 0 },
        kinesis("batchSize", "10001") { $0.batchSize = 10_001 },
        dynamoDB("count", "0") { $0.count = 0 },
        dynamoDB("count", "100001") { $0.count = 100_001 },
        dynamoDB("records", "0") { $0.records = 0 },
        dynamoDB("records", "10001") { $0.records = 10_001 },
        dynamoDB("shards", "0") { $0.shards = 0 },
        dynamoDB("shards", "65") { $0.shards = 65 },
        dynamoDB("ttlShare", "-0.5") { $0.ttlShare = -0.5 },
        dynamoDB("ttlShare", "1.5") { $0.ttlShare = 1.5 },
        dynamoDB("windowSeconds", "0") { $0.windowSeconds = 0 },
        dynamoDB("windowSeconds", "901") { $0.windowSeconds = 901 },
        dynamoDB("batchSize", "10001") { $0.batchSize = 10_001 },
        options(EventSourceMappingOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in try o.validate()
        },
        options(EventSourceMappingOptions(count: 100_001), "count", "100001") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(EventSourceMappingOptions(environment: badAccount), "environment.accountID", "\"1\"") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(EventSourceMappingListOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(EventSourceMappingListOptions(pageSize: 0), "pageSize", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(EventSourceMappingListOptions(pageSize: 10_001), "pageSize", "10001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(KinesisStreamOptions(shardCount: 0), "shardCount", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KinesisStreamOptions(shardCount: 1_001), "shardCount", "1001") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KinesisStreamOptions(name: "a/b"), "name", "\"a/b\"") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KinesisStreamOptions(environment: badAccount), "environment.accountID", "\"1\"") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(KinesisConsumerOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in try o.validate() },
        options(KinesisConsumerOptions(consumerCount: -1), "consumerCount", "-1") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KinesisConsumerOptions(consumerCount: 21), "consumerCount", "21") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KinesisConsumerOptions(stream: .init(shardCount: 1_001)), "stream.shardCount", "1001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(ListStreamConsumersOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(ListStreamConsumersOptions(count: 21), "count", "21") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(ListStreamConsumersOptions(pageSize: 0), "pageSize", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(ListStreamConsumersOptions(pageSize: 10_001), "pageSize", "10001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(ListStreamConsumersOptions(stream: .init(shardCount: 0)), "stream.shardCount", "0") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(PutRecordsOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in try o.validate() },
        options(PutRecordsOptions(recordsPerRequest: 0...5), "recordsPerRequest", "0…5") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(PutRecordsOptions(recordsPerRequest: 1...501), "recordsPerRequest", "1…501") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(PutRecordsOptions(stream: .init(name: "")), "stream.name", "\"\"") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(ShardReadOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in try o.validate() },
        options(ShardReadOptions(recordsPerDelivery: -1...5), "recordsPerDelivery", "-1…5") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(ShardReadOptions(recordsPerDelivery: 0...10_001), "recordsPerDelivery", "0…10001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(KubeMQKinesisRequestOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KubeMQKinesisRequestOptions(count: 100_001), "count", "100001") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KubeMQKinesisRequestOptions(environment: badAccount), "environment.accountID", "\"1\"") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(BatchItemFailuresOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(BatchItemFailuresOptions(maximumRecords: 0), "maximumRecords", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(BatchItemFailuresOptions(maximumRecords: 10_001), "maximumRecords", "10001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(OnFailureRecordOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in try o.validate() },
        options(OnFailureRecordOptions(maximumRecords: 0), "maximumRecords", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(OnFailureRecordOptions(maximumRecords: 10_001), "maximumRecords", "10001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(OnFailureRecordOptions(functionName: "my function"), "functionName", "\"my function\"") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(DynamoDBStreamsAPIOptions(recordsPerPage: 0), "recordsPerPage", "0") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(DynamoDBStreamsAPIOptions(recordsPerPage: 1001), "recordsPerPage", "1001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(DynamoDBStreamsAPIOptions(table: DynamoDBOptions(shards: 65)), "table.shards", "65") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(KinesisShardListOptions(reshards: 101), "reshards", "101") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(KinesisShardListOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(TimeWindowResponseOptions(count: 0), "count", "0") { o throws(GeneratorOptionsError) in
            try o.validate()
        },
        options(TimeWindowResponseOptions(maximumRecords: 0), "maximumRecords", "0") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        options(TimeWindowResponseOptions(maximumRecords: 10_001), "maximumRecords", "10001") {
            o throws(GeneratorOptionsError) in try o.validate()
        },
        Case(field: "records", found: "0…5") { () throws(GeneratorOptionsError) in
            _ = try Gen.kinesisEvent(records: 0...5)
        },
        Case(field: "records", found: "1…10001") { () throws(GeneratorOptionsError) in
            _ = try Gen.kinesisEvent(records: 1...10_001)
        },
        Case(field: "shards", found: "0…2") { () throws(GeneratorOptionsError) in
            _ = try Gen.kinesisEvent(shards: 0...2)
        },
        Case(field: "shards", found: "1…1001") { () throws(GeneratorOptionsError) in
            _ = try Gen.kinesisEvent(shards: 1...1_001)
        },
        Case(field: "tumblingWindowShare", found: "1.5") { () throws(GeneratorOptionsError) in
            _ = try Gen.kinesisEvent(tumblingWindowShare: 1.5)
        },
        Case(field: "recipe.aggregationShare", found: "2.0") { () throws(GeneratorOptionsError) in
            _ = try Gen.kinesisEvent(recipe: KinesisRecordRecipe(aggregationShare: 2))
        },
        Case(field: "recipe.userRecordsPerAggregate", found: "0…3") { () throws(GeneratorOptionsError) in
            _ = try Gen.kinesisEvent(recipe: KinesisRecordRecipe(userRecordsPerAggregate: 0...3))
        },
        Case(field: "shardCount", found: "1…65") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBTable(shardCount: 1...65)
        },
        Case(field: "shardCount", found: "0…2") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBTable(shardCount: 0...2)
        },
        Case(field: "recordCount", found: "0…3") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBEvent(recordCount: 0...3)
        },
        Case(field: "recordCount", found: "1…10001") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBEvent(recordCount: 1...10_001)
        },
        Case(field: "seconds", found: "1…901") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBWindowEvents(seconds: 1...901)
        },
        Case(field: "recordCount", found: "0…4") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBWindowEvents(recordCount: 0...4)
        },
        Case(field: "batchSize", found: "0…5") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBWindowEvents(batchSize: 0...5)
        },
        Case(field: "count", found: "0…3") { () throws(GeneratorOptionsError) in
            _ = try Gen.dynamoDBKinesisChangeRecords(count: 0...3)
        },
    ]

    @Test(arguments: cases)
    func aValueOutsideItsLimitThrowsNamingTheOption(_ bad: Case) {
        do throws(GeneratorOptionsError) {
            try bad.check()
            Issue.record("\(bad.field) = \(bad.found) was accepted")
        } catch {
            #expect(error.field == bad.field, "\(error)")
            #expect(error.message.hasSuffix("found \(bad.found)"), "\(error)")
        }
    }

    @Test func theDefaultsAndEveryLimitItselfAreAccepted() throws {
        try KinesisOptions().validate()
        try KinesisOptions(
            count: KinesisOptions.countRange.upperBound, records: KinesisOptions.recordsRange.upperBound,
            shards: KinesisOptions.shardsRange.upperBound, aggregationShare: 1,
            windowSeconds: KinesisOptions.windowSecondsRange.upperBound,
            batchSize: KinesisOptions.batchSizeRange.upperBound
        ).validate()
        try DynamoDBOptions(shards: DynamoDBOptions.shardsRange.upperBound, ttlShare: 1).validate()
        try PutRecordsOptions(recordsPerRequest: PutRecordsOptions.recordsPerRequestRange).validate()
        try ShardReadOptions(recordsPerDelivery: ShardReadOptions.recordsPerDeliveryRange).validate()
        try ListStreamConsumersOptions(count: ListStreamConsumersOptions.countRange.upperBound).validate()
        _ = try Gen.kinesisEvent(records: KinesisOptions.recordsRange, shards: KinesisOptions.shardsRange)
        _ = try Gen.dynamoDBTable(shardCount: DynamoDBOptions.shardsRange)
        _ = try Gen.dynamoDBEvent(recordCount: DynamoDBOptions.recordsRange)
        _ = try Gen.dynamoDBWindowEvents(
            seconds: DynamoDBOptions.windowSecondsRange, recordCount: DynamoDBOptions.recordsRange,
            batchSize: DynamoDBOptions.batchSizeRange)
    }

    @Test func theErrorGivesTheAllowedRangeAndTheValue() {
        #expect(throws: GeneratorOptionsError(field: "shards", message: "expected 1…1000, found 1001")) {
            try KinesisOptions(shards: 1_001).validate()
        }
        #expect(throws: GeneratorOptionsError(field: "records", message: "expected at most batchSize (100), found 200"))
        {
            try KinesisOptions(records: 200).validate()
        }
    }

    /// The manifest's error for `member` of `kind` set to `value`.
    static func manifestError(_ kind: String, _ member: String, _ value: String) -> String {
        do {
            _ = try FixtureManifest(
                parsing: Array(#"{"fixtures": [{"path": "a.json", "kind": "\#(kind)", "\#(member)": \#(value)}]}"#.utf8)
            )
            return "no error"
        } catch {
            return error.message
        }
    }

    @Test func theManifestReportsExactlyTheOptionsLimits() {
        let kinesis = KinesisOptions.shardsRange
        #expect(
            Self.manifestError("kinesis-event", "shards", "\(kinesis.upperBound + 1)")
                == "1:69: /fixtures/0/shards: shards: expected \(kinesis.lowerBound)…\(kinesis.upperBound), found "
                + "\(kinesis.upperBound + 1)")
        #expect(Self.manifestError("kinesis-event", "shards", "\(kinesis.upperBound)") == "no error")
        let dynamoDB = DynamoDBOptions.shardsRange
        #expect(
            Self.manifestError("dynamodb-event", "shards", "\(dynamoDB.upperBound + 1)")
                == "1:70: /fixtures/0/shards: shards: expected \(dynamoDB.lowerBound)…\(dynamoDB.upperBound), found "
                + "\(dynamoDB.upperBound + 1)")
        let stream = KinesisStreamOptions.shardCountRange
        #expect(
            Self.manifestError("kinesis-consumer", "shards", "\(stream.upperBound + 1)")
                == "1:72: /fixtures/0/shards: shards: expected \(stream.lowerBound)…\(stream.upperBound), found "
                + "\(stream.upperBound + 1)")
        let window = KinesisOptions.windowSecondsRange
        #expect(
            Self.manifestError("kinesis-event", "windowSeconds", "\(window.upperBound + 1)")
                == "1:76: /fixtures/0/windowSeconds: windowSeconds: expected \(window.lowerBound)…\(window.upperBound), "
                + "found \(window.upperBound + 1)")
        let pages = ListStreamConsumersOptions.countRange
        #expect(
            Self.manifestError("list-stream-consumers-response", "count", "\(pages.upperBound + 1)")
                == "1:85: /fixtures/0/count: count: expected \(pages.lowerBound)…\(pages.upperBound), found "
                + "\(pages.upperBound + 1)")
    }

    @Test func genTheCatalogAndTheOptionsShareOneShardLimit() throws {
        let limit = KinesisOptions.shardsRange
        #expect(KinesisStreamOptions.shardCountRange == limit)
        _ = try Gen.kinesisEvent(shards: limit)
        #expect(throws: GeneratorOptionsError.self) {
            try Gen.kinesisEvent(shards: limit.lowerBound...(limit.upperBound + 1))
        }
        _ = try FixtureCatalog.validate(FixtureRecipe(kind: .kinesisEvent, shards: limit.upperBound))
        #expect(throws: FixtureRecipeError(member: "shards", "expected 1…1000, found 1001")) {
            try FixtureCatalog.validate(FixtureRecipe(kind: .kinesisEvent, shards: limit.upperBound + 1))
        }
        #expect(throws: FixtureRecipeError(member: "records", "expected 1…10000, found 10001")) {
            try FixtureCatalog.validate(FixtureRecipe(kind: .batchItemFailures, records: 10_001))
        }
    }
}
