import StreamContracts
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// Every event a simulated mapping sends, and every on-failure record it writes, satisfies the event contract with no
/// error and no warning, across settings, sources and seeds.
@Suite struct MappingContractTests {
    static let validator: ContractValidator? = try? ContractValidator()

    static let destinations = [
        "arn:aws:sqs:us-east-1:111122223333:orders-dlq", "arn:aws:sns:us-east-1:111122223333:orders-failures",
        "arn:aws:s3:::orders-failed-batches",
    ]

    /// A mapping with settings drawn from `seed`.
    static func mapping(seed: Int) -> EventSourceMappingConfiguration {
        EventSourceMappingConfiguration(
            batchSize: [1, 3, 10, 100][seed % 4],
            maximumBatchingWindowInSeconds: [0, 1, 5][seed % 3],
            parallelizationFactor: [1, 2, 5][seed % 3],
            destinationConfig: DestinationConfig(onFailure: .init(destination: destinations[seed % 3])),
            maximumRecordAgeInSeconds: seed % 5 == 0 ? 60 : -1,
            bisectBatchOnFunctionError: seed % 2 == 0,
            maximumRetryAttempts: [0, 1, 3][seed % 3],
            tumblingWindowInSeconds: seed % 4 == 1 ? 30 : 0,
            functionResponseTypes: seed % 3 == 0 ? [] : [.reportBatchItemFailures])
    }

    /// A handler that fails about one record in seven: it throws, or reports the failing record.
    static func answer<Record>(
        _ records: [Record], sequenceNumber: (Record) -> String, windowed: Bool, state: JSONValue?
    ) throws -> JSONValue {
        let poisoned = records.map(sequenceNumber).filter { $0.utf8.last.map { $0 % 7 == 0 } ?? false }
        if let first = poisoned.first, first.utf8.last.map({ $0 % 2 == 0 }) ?? false { throw MappingScript.Failure() }
        let failures = poisoned.prefix(1).map { identifier -> JSONValue in
            .object(JSONObject([.init(key: "itemIdentifier", value: .string(identifier))]))
        }
        var members: [JSONObject.Member] = [.init(key: "batchItemFailures", value: .array(failures))]
        if windowed { members.append(.init(key: "state", value: state ?? .object(JSONObject()))) }
        return .object(JSONObject(members))
    }

    func findings(_ value: some Encodable, as kind: PayloadKind, seed: Int) throws -> [String] {
        let validator = try #require(Self.validator)
        let report = validator.validate(value, as: kind)
        return report.diagnostics.map {
            "seed \(seed) \(kind.rawValue): \($0.severity.rawValue)[\($0.rule)] \($0.pointer): \($0.message)"
        }
    }

    @Test(arguments: 0..<24)
    func kinesisInvocationsAndOnFailureRecordsValidateCleanly(seed: Int) async throws {
        var recipe = KinesisRecordRecipe()
        recipe.millisecondsBetweenRecords = 0...2_000
        let stream = KinesisStreamSimulator(
            stream: KinesisStream(name: "orders", shardCount: seed % 3 + 1), recipe: recipe, seed: Seed(UInt64(seed)))
        var simulator = try EventSourceMappingSimulator(
            mapping: Self.mapping(seed: seed), stream: stream, seed: Seed(UInt64(seed)))
        simulator.produceRecords(60)
        let windowed = seed % 4 == 1
        let outcome = await simulator.runWithJSONResponse { event in
            try Self.answer(
                event.records, sequenceNumber: \.kinesis.sequenceNumber, windowed: windowed, state: event.state)
        }
        var found: [String] = []
        for event in outcome.events { found += try findings(event, as: .kinesisEvent, seed: seed) }
        for record in outcome.onFailureRecords { found += try findings(record, as: .kinesisOnFailure, seed: seed) }
        #expect(found.isEmpty, "\(found.prefix(5).joined(separator: "\n"))")
        #expect(outcome.violations.isEmpty, "\(outcome.violations.prefix(5))")
        #expect(outcome.invocations.count > 0)
    }

    @Test(arguments: 0..<24)
    func dynamoDBInvocationsAndOnFailureRecordsValidateCleanly(seed: Int) async throws {
        let table = try DynamoDBTableSimulator(name: "orders", shardCount: seed % 3 + 1, seed: Seed(UInt64(seed)))
        var simulator = try EventSourceMappingSimulator(
            mapping: Self.mapping(seed: seed), table: table, seed: Seed(UInt64(seed)))
        simulator.produceRecords(60)
        let windowed = seed % 4 == 1
        let outcome = await simulator.runWithJSONResponse { event in
            try Self.answer(
                event.records, sequenceNumber: { $0.dynamodb.sequenceNumber ?? "" }, windowed: windowed,
                state: event.state)
        }
        var found: [String] = []
        for event in outcome.events { found += try findings(event, as: .dynamodbEvent, seed: seed) }
        for record in outcome.onFailureRecords { found += try findings(record, as: .dynamodbOnFailure, seed: seed) }
        #expect(found.isEmpty, "\(found.prefix(5).joined(separator: "\n"))")
        #expect(outcome.violations.isEmpty, "\(outcome.violations.prefix(5))")
    }

    /// The failing handler above gives up some batches in these runs, so the on-failure checks are not vacuous.
    @Test func theContractRunsWriteOnFailureRecords() async throws {
        var written = 0
        for seed in 0..<24 {
            var simulator = try EventSourceMappingSimulator(
                mapping: Self.mapping(seed: seed),
                stream: KinesisStreamSimulator(name: "orders", shardCount: 2, seed: Seed(UInt64(seed))),
                seed: Seed(UInt64(seed)))
            simulator.produceRecords(60)
            let windowed = seed % 4 == 1
            let outcome = await simulator.runWithJSONResponse { event in
                try Self.answer(
                    event.records, sequenceNumber: \.kinesis.sequenceNumber, windowed: windowed, state: event.state)
            }
            written += outcome.onFailureRecords.count
        }
        #expect(written > 10)
    }
}
