import Foundation
import Testing

@testable import StreamEvents

@Suite struct KinesisHashKeyTests {
    @Test func hashesThePartitionKeyWithMD5BigEndian() {
        // MD5("1") = c4ca4238a0b923820dcc509a6f75849b
        let key = KinesisHashKey(partitionKey: "1")
        #expect(key.high == 0xc4ca_4238_a0b9_2382)
        #expect(key.low == 0x0dcc_509a_6f75_849b)
        #expect(key.description == "261578874264819908609102035485573088411")
    }

    @Test func hashesUTF8BytesOfTheKey() {
        // python: int(hashlib.md5('café'.encode()).hexdigest(), 16)
        #expect(KinesisHashKey(partitionKey: "caf\u{E9}").description == "9395458997242411472544951782067420578")
    }

    @Test(arguments: ["0", "1", "170141183460469231731687303715884105728", "340282366920938463463374607431768211455"])
    func parsesExplicitHashKeysAndPrintsThemBack(decimal: String) {
        #expect(KinesisHashKey(decimal: decimal)?.description == decimal)
    }

    @Test(arguments: [
        "", "00", "01", "-1", "1e3", "340282366920938463463374607431768211456",
        "9999999999999999999999999999999999999999",
    ])
    func rejectsExplicitHashKeysOutsideTheAPIPattern(decimal: String) {
        #expect(KinesisHashKey(decimal: decimal) == nil)
    }

    @Test func ordersByValue() {
        #expect(KinesisHashKey.min < KinesisHashKey(high: 0, low: 1))
        #expect(KinesisHashKey(high: 0, low: .max) < KinesisHashKey(high: 1, low: 0))
        #expect(KinesisHashKey.max.description == "340282366920938463463374607431768211455")
    }

    @Test func bridgesToUInt128() {
        let key = KinesisHashKey(partitionKey: "1")
        #expect(key.uint128Value == 261_578_874_264_819_908_609_102_035_485_573_088_411)
        #expect(KinesisHashKey(key.uint128Value) == key)
    }

    @Test func codesAsADecimalString() throws {
        let key = KinesisHashKey(partitionKey: "1")
        let json = try JSONEncoder().encode([key])
        #expect(String(decoding: json, as: UTF8.self) == #"["261578874264819908609102035485573088411"]"#)
        #expect(try JSONDecoder().decode([KinesisHashKey].self, from: json) == [key])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([KinesisHashKey].self, from: Data(#"["01"]"#.utf8))
        }
    }
}

@Suite struct KinesisShardRangesTests {
    /// The ranges of the 3-shard stream in the AWS CLI `describe-stream` example (EventContract §D.1).
    @Test func splitsThreeShardsLikeDescribeStream() throws {
        let shards = try #require(KinesisShardRanges(shardCount: 3))
        let ranges = (0..<3).compactMap { shards.hashKeyRange(ofShard: $0) }.map {
            [$0.lowerBound.description, $0.upperBound.description]
        }
        #expect(
            ranges == [
                ["0", "113427455640312821154458202477256070484"],
                ["113427455640312821154458202477256070485", "226854911280625642308916404954512140969"],
                ["226854911280625642308916404954512140970", "340282366920938463463374607431768211455"],
            ])
    }

    @Test func mapsTheContractExamplesToTheirShards() throws {
        let shards = try #require(KinesisShardRanges(shardCount: 3))
        #expect(shards.shardIndex(forPartitionKey: "1") == 2)
        #expect(shards.shardIndex(forPartitionKey: "partitionKey-03") == 1)
    }

    /// Expected shards computed with Python: `min(int(md5(k).hexdigest(), 16) // (2**128 // n), n - 1)`.
    @Test(arguments: [
        (2, [1, 1, 0, 0, 0, 0, 0, 0]),
        (7, [4, 5, 1, 0, 1, 1, 2, 1]),
        (500, [343, 419, 119, 37, 71, 111, 160, 126]),
        (10000, [6878, 8392, 2396, 753, 1433, 2231, 3212, 2530]),
    ])
    func mapsPartitionKeysLikePython(shardCount: Int, expected: [Int]) throws {
        let shards = try #require(KinesisShardRanges(shardCount: shardCount))
        #expect((0..<8).map { shards.shardIndex(forPartitionKey: "user-\($0)") } == expected)
    }

    @Test func mapsRangeBoundsToTheirOwnShard() throws {
        for count in [1, 2, 3, 7, 64, 1000] {
            let shards = try #require(KinesisShardRanges(shardCount: count))
            for index in [0, count / 2, count - 1] {
                let range = try #require(shards.hashKeyRange(ofShard: index))
                #expect(shards.shardIndex(for: range.lowerBound) == index)
                #expect(shards.shardIndex(for: range.upperBound) == index)
            }
            #expect(shards.hashKeyRange(ofShard: count - 1)?.upperBound == .max)
        }
    }

    @Test func refusesNonPositiveCountsAndOutOfRangeShards() throws {
        #expect(KinesisShardRanges(shardCount: 0) == nil)
        #expect(KinesisShardRanges(shardCount: -3) == nil)
        let shards = try #require(KinesisShardRanges(shardCount: 3))
        #expect(shards.hashKeyRange(ofShard: 3) == nil)
        #expect(shards.hashKeyRange(ofShard: -1) == nil)
        #expect(KinesisShardRanges(shardCount: 1)?.hashKeyRange(ofShard: 0) == KinesisHashKey.min...KinesisHashKey.max)
    }

    @Test func handlesTheLargestShardCount() throws {
        let shards = try #require(KinesisShardRanges(shardCount: .max))
        #expect(shards.shardIndex(for: .max) == .max - 1)
        #expect(shards.shardIndex(for: .min) == 0)
    }
}
