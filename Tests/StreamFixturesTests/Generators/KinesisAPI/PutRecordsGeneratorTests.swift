import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct PutRecordsGeneratorTests {
    typealias Check = GeneratedPayloadChecks

    @Test func responsesAnswerTheirRequestsEntryByEntry() throws {
        try Gen.putRecordsExchange(PutRecordsOptions(recordsPerRequest: 1...12)).forAll(count: 1000, seed: "put") {
            exchange in
            let input = exchange.input
            let output = exchange.output
            try Check.require((1...500).contains(input.records.count), "request size")
            try Check.require(output.records.count == input.records.count, "response size")
            try Check.require((input.streamName == nil) != (input.streamARN == nil), "stream named twice or never")
            if let name = input.streamName {
                try Check.require(exchange.streamARN.hasSuffix(":stream/" + name), "name")
            }
            if let arn = input.streamARN { try Check.require(arn == exchange.streamARN, "ARN") }
            let ranges = try #require(KinesisShardRanges(shardCount: exchange.shardCount))
            var lastByShard: [String: String] = [:]
            var failed = 0
            for (entry, result) in zip(input.records, output.records) {
                try Check.requireStrict("base64Strict", entry.data)
                try Check.require((1...256).contains(entry.partitionKey.count), "partition key length")
                if let code = result.errorCode {
                    failed += 1
                    try Check.require(result.shardID == nil && result.sequenceNumber == nil, "failure with a result")
                    try Check.require(
                        [.provisionedThroughputExceededException, .internalFailure].contains(code), "code \(code)")
                    try Check.require(!(result.errorMessage ?? "").isEmpty, "no ErrorMessage")
                    continue
                }
                let shardID = try #require(result.shardID)
                let sequence = try #require(result.sequenceNumber)
                try Check.requireStrict("kinesisShardIdStrict", shardID)
                try Check.requireStrict("kinesisSequenceNumberStrict", sequence)
                let hashKey =
                    try entry.explicitHashKey.map { try #require(KinesisHashKey(decimal: $0)) }
                    ?? KinesisHashKey(partitionKey: entry.partitionKey)
                let expected = "shardId-" + String(repeating: "0", count: 11) + String(ranges.shardIndex(for: hashKey))
                try Check.require(shardID.suffix(12) == expected.suffix(12), "\(shardID) does not own the hash key")
                try Check.require(
                    KinesisSequenceNumber(decimal: sequence).map { Int($0.shardIndex) } == Int(shardID.dropFirst(8)),
                    "sequence number of another shard")
                if let previous = lastByShard[shardID] {
                    try Check.require(Check.isLess(previous, sequence), "sequence numbers do not grow in \(shardID)")
                }
                lastByShard[shardID] = sequence
            }
            try Check.require(
                output.failedRecordCount == failed,
                "FailedRecordCount \(String(describing: output.failedRecordCount)) vs \(failed)")
        }
    }

    @Test func failureModesDecideWhichEntriesFail() {
        let none = PutRecordsExchange.generate(.init(count: 100, failures: .none), seed: 1)
        #expect(none.allSatisfy { $0.output.failedRecordCount == 0 })
        let all = PutRecordsExchange.generate(.init(count: 100, failures: .all), seed: 1)
        #expect(all.allSatisfy { $0.output.failedRecordCount == $0.input.records.count })
        let some = PutRecordsExchange.generate(.init(count: 100, recordsPerRequest: 20...40, failures: .some), seed: 1)
        #expect(some.allSatisfy { ($0.output.failedRecordCount ?? 0) >= 1 })
        #expect(some.contains { ($0.output.failedRecordCount ?? 0) < $0.input.records.count })
    }

    @Test func requestAndResponseKindsComeFromTheSameExchange() {
        let options = PutRecordsOptions(count: 20)
        let exchanges = PutRecordsExchange.generate(options, seed: 8)
        #expect(KinesisAPI.PutRecordsInput.generate(options, seed: 8) == exchanges.map(\.input))
        #expect(KinesisAPI.PutRecordsOutput.generate(options, seed: 8) == exchanges.map(\.output))
    }

    @Test func exchangesRoundTripThroughTheirJSON() throws {
        try Gen.putRecordsExchange().forAll(count: 300, seed: "put-rt") { exchange in
            try Check.requireRoundTrip(exchange.input)
            try Check.requireRoundTrip(exchange.output)
        }
    }

    @Test func sameSeedGivesTheCommittedBytes() throws {
        let options = PutRecordsOptions(count: 3, recordsPerRequest: 1...6)
        try Check.expectDigest(
            KinesisAPI.PutRecordsInput.generate(options, seed: 2024), "9a5aa931a283df8d6de0b59567edf64b")
        try Check.expectDigest(
            KinesisAPI.PutRecordsOutput.generate(options, seed: 2024), "a0aba77529879dab095b1bc9d1bb8d98")
    }
}
