import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct KinesisPayloadGeneratorTests {
    @Test func jsonDocumentsAreNestedObjectsThatSurviveTheParser() throws {
        var kinds = Set<String>()
        for document in Gen.jsonDocument.samples(count: 500, seed: 1) {
            guard case .object(let object) = document else {
                Issue.record("not an object: \(document)")
                continue
            }
            kinds.insert(object.keys.first ?? "")
            #expect(
                object.contains {
                    if case .object = $0.value { true } else if case .array = $0.value { true } else { false }
                })
            let bytes = try StreamJSONEncoder().encode(document)
            #expect(try JSONDocument(parsing: bytes).root.value == document)
        }
        #expect(kinds.count == 4)
    }

    @Test func partitionKeysAreOneToTwoHundredFiftySixCharacters() {
        var lengths = Set<Int>()
        for key in KinesisPartitionKey.realistic.samples(count: 3_000, seed: 2) {
            #expect((1...256).contains(key.unicodeScalars.count), "\(key)")
            lengths.insert(key.unicodeScalars.count)
        }
        #expect(lengths.contains(1) && lengths.contains(36) && lengths.contains { $0 > 100 })
    }

    @Test func numberedKeysLookLikeSAMs() {
        let keys = Set(KinesisPartitionKey.numbered(prefix: "partitionKey-", count: 10).samples(count: 200, seed: 3))
        #expect(keys == Set((0..<10).map { "partitionKey-0\($0)" }))
    }

    @Test func uppercaseHexKeysMatchKinesisForDynamoDB() {
        for key in KinesisPartitionKey.uppercaseHex.samples(count: 100, seed: 4) {
            #expect(key.count == 32 && key.allSatisfy { "0123456789ABCDEF".contains($0) })
        }
    }
}
