import StreamContracts
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// The whole contract — schema and semantic rules — accepts every generated DynamoDB document with no error and no
/// warning.
@Suite struct DynamoDBContractValidationTests {
    static let validator: ContractValidator? = try? ContractValidator()

    func findings(_ bytes: [UInt8], kind: String, seed: Seed) throws -> [String] {
        let validator = try #require(Self.validator)
        let (detected, diagnostics) = validator.check(try JSONDocument(parsing: bytes))
        var findings: [String] = []
        if detected?.rawValue != kind {
            findings.append("seed \(seed): detected as \(detected?.rawValue ?? "nothing")")
        }
        for diagnostic in diagnostics {
            findings.append(
                "seed \(seed): \(diagnostic.severity.rawValue)[\(diagnostic.rule)] \(diagnostic.pointer): \(diagnostic.message)"
            )
        }
        return findings
    }

    /// 1,000 seeds in five chunks that run in parallel.
    @Test(arguments: 0..<5)
    func generatedEventsValidateCleanly(chunk: Int) throws {
        var found: [String] = []
        for sample in try Gen.dynamoDBEvent(recordCount: 1...3).seededSamples(
            (chunk * 200)..<(chunk * 200 + 200), seed: "contract")
        {
            found += try findings(sample.value.compactJSON(), kind: "dynamodb-event", seed: sample.seed)
            if found.count > 5 { break }
        }
        #expect(found.isEmpty, "\(found.prefix(5).joined(separator: "\n"))")
    }

    @Test func windowInvocationsValidateCleanly() throws {
        var found: [String] = []
        for sample in try Gen.dynamoDBWindowEvents(recordCount: 1...6, batchSize: 1...3).seededSamples(
            0..<150, seed: "contract")
        {
            for event in sample.value {
                found += try findings(event.compactJSON(), kind: "dynamodb-event", seed: sample.seed)
            }
            if found.count > 5 { break }
        }
        #expect(found.isEmpty, "\(found.prefix(5).joined(separator: "\n"))")
    }

    /// 1,000 seeds in two chunks.
    @Test(arguments: 0..<2)
    func changeRecordsValidateCleanly(chunk: Int) throws {
        var found: [String] = []
        for sample in Gen.dynamoDBKinesisChangeRecord().seededSamples(
            (chunk * 500)..<(chunk * 500 + 500), seed: "contract")
        {
            found += try findings(sample.value.compactJSON(), kind: "dynamodb-kinesis-record", seed: sample.seed)
            if found.count > 5 { break }
        }
        #expect(found.isEmpty, "\(found.prefix(5).joined(separator: "\n"))")
    }

    @Test func generatedOptionsValidateCleanly() throws {
        var found: [String] = []
        for seed in 0..<60 {
            let options = DynamoDBOptions(
                count: 2, records: seed % 7 + 1, shards: seed % 3 + 1, viewType: StreamViewType.knownValues[seed % 4],
                windowSeconds: seed % 5 == 0 ? 60 : nil)
            for event in DynamoDBEvent.generate(options, seed: Seed(UInt64(seed))) {
                found += try findings(event.compactJSON(), kind: "dynamodb-event", seed: Seed(UInt64(seed)))
            }
        }
        #expect(found.isEmpty, "\(found.prefix(5).joined(separator: "\n"))")
    }
}
