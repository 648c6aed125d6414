import StreamEvents
import Testing

@testable import StreamFixtures

@Suite struct KinesisShardListGeneratorTests {
    /// The open shards' ranges, in order, as (lower, upper).
    static func openRanges(_ shards: [KinesisAPI.Shard]) throws -> [ClosedRange<UInt128>] {
        try shards.filter { $0.sequenceNumberRange.endingSequenceNumber == nil }.map { shard in
            let lower = try #require(KinesisHashKey(decimal: shard.hashKeyRange.startingHashKey))
            let upper = try #require(KinesisHashKey(decimal: shard.hashKeyRange.endingHashKey))
            return lower.uint128Value...upper.uint128Value
        }.sorted { $0.lowerBound < $1.lowerBound }
    }

    @Test func openShardsSplitTheWholeHashKeySpaceAfterEverySplitAndMerge() throws {
        for reshards in [0, 1, 5, 30] {
            let outputs = KinesisAPI.ListShardsOutput.generate(
                KinesisShardListOptions(count: 20, reshards: reshards), seed: Seed(UInt64(reshards)))
            for output in outputs {
                let ranges = try Self.openRanges(output.shards ?? [])
                #expect(ranges.first?.lowerBound == 0)
                #expect(ranges.last?.upperBound == UInt128.max)
                for (left, right) in zip(ranges, ranges.dropFirst()) {
                    #expect(left.upperBound + 1 == right.lowerBound)
                }
            }
        }
    }

    @Test func childrenNameEarlierClosedParents() {
        let outputs = KinesisAPI.ListShardsOutput.generate(KinesisShardListOptions(count: 20, reshards: 8), seed: 9)
        for shards in outputs.compactMap(\.shards) {
            for (position, shard) in shards.enumerated() {
                for parent in [shard.parentShardID, shard.adjacentParentShardID].compactMap({ $0 }) {
                    let earlier = shards.prefix(position).first { $0.shardID == parent }
                    #expect(earlier?.sequenceNumberRange.endingSequenceNumber != nil, "\(shard.shardID) → \(parent)")
                }
            }
        }
    }

    @Test func aPutRecordNamesTheShardItsSequenceNumberEncodes() {
        for output in KinesisAPI.PutRecordOutput.generate(KinesisShardListOptions(count: 50), seed: 4) {
            let number = KinesisSequenceNumber(decimal: output.sequenceNumber)
            #expect(number.map { KinesisShardNaming.shardID(index: Int($0.shardIndex)) } == output.shardID)
        }
    }
}
