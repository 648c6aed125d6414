import StreamEvents
import Testing

@testable import StreamFixtures

@Suite struct DynamoDBStreamsAPIGeneratorTests {
    @Test func getRecordsPagesReadOneShardInOrderWithIteratorsNamingTheStream() throws {
        let options = DynamoDBStreamsAPIOptions(count: 6, recordsPerPage: 8, table: DynamoDBOptions(shards: 3))
        let pages = DynamoDBStreamsAPI.GetRecordsOutput.generate(options, seed: 11)
        let arn = DynamoDBTableSimulator(options: options.table, seed: 11).streamARN
        #expect(pages.count == 6)
        #expect(pages.allSatisfy { $0.nextShardIterator?.hasPrefix(arn + "|") == true })
        let sequences = pages.flatMap { $0.records ?? [] }.compactMap(\.dynamodb.sequenceNumber)
        #expect(!sequences.isEmpty)
        for (earlier, later) in zip(sequences, sequences.dropFirst()) {
            #expect(earlier.count < later.count || (earlier.count == later.count && earlier < later))
        }
    }

    @Test func cliV2PagesWriteISOCreationTimes() {
        let options = DynamoDBStreamsAPIOptions(count: 4, recordsPerPage: 5, timestampStyle: .iso8601)
        let times = DynamoDBStreamsAPI.GetRecordsOutput.generate(options, seed: 3)
            .flatMap { $0.records ?? [] }.compactMap(\.dynamodb.approximateCreationDateTime)
        #expect(!times.isEmpty)
        #expect(times.allSatisfy { if case .iso8601 = $0.form { true } else { false } })
    }

    @Test func describedShardsFormLineagesOfClosedParentsAndOneOpenChild() throws {
        let options = DynamoDBStreamsAPIOptions(count: 10, table: DynamoDBOptions(shards: 4))
        for output in DynamoDBStreamsAPI.DescribeStreamOutput.generate(options, seed: 8) {
            let description = try #require(output.streamDescription)
            let shards = description.shards ?? []
            #expect(shards.count { $0.sequenceNumberRange?.endingSequenceNumber == nil } == 4)
            for (position, shard) in shards.enumerated() {
                guard let parent = shard.parentShardID else { continue }
                let earlier = try #require(shards.prefix(position).first { $0.shardID == parent })
                #expect(earlier.sequenceNumberRange?.endingSequenceNumber != nil)
            }
            #expect(description.streamARN?.hasSuffix("/stream/" + (description.streamLabel ?? "")) == true)
        }
    }
}
