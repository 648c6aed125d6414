import StreamEvents
import StreamFixtures
import Testing

@Suite struct KinesisStreamTests {
    @Test func partitionKeysMapToTheShardsOfTheContractExamples() {
        // EventContract §D.1: with 3 shards, "1" hashes to shard 2 and "partitionKey-03" to shard 1.
        let stream = KinesisStream(name: "orders", shardCount: 3)
        #expect(stream.shardIndex(forPartitionKey: "1") == 2)
        #expect(stream.shardIndex(forPartitionKey: "partitionKey-03") == 1)
        #expect(KinesisHashKey(partitionKey: "1").description == "261578874264819908609102035485573088411")
    }

    @Test func hashRangesSplitTheKeySpaceEvenly() {
        let ranges = KinesisStream(name: "orders", shardCount: 3).shardRanges
        #expect(ranges.hashKeyRange(ofShard: 0)?.upperBound.description == "113427455640312821154458202477256070484")
        #expect(ranges.hashKeyRange(ofShard: 2)?.upperBound == KinesisHashKey.max)
    }

    @Test func shardIDsArePaddedToTwelveDigits() {
        let stream = KinesisStream(name: "orders", shardCount: 12)
        #expect(stream.shardID(0) == "shardId-000000000000")
        #expect(stream.shardID(11) == "shardId-000000000011")
        #expect(stream.shardID(-4) == "shardId-000000000000")
    }

    @Test func arnComesFromTheEnvironment() {
        let stream = KinesisStream(
            name: "clickstream-prod", environment: AWSEnvironment(region: .usGovWest1, accountID: "123456789012"))
        #expect(stream.arn == "arn:aws-us-gov:kinesis:us-gov-west-1:123456789012:stream/clickstream-prod")
    }

    @Test func shardCountsBelowOneActAsOne() {
        let stream = KinesisStream(name: "orders", shardCount: 0)
        #expect(stream.shardRanges.shardCount == 1)
        #expect(stream.shardIndex(forPartitionKey: "anything") == 0)
    }

    @Test func randomStreamsAreValid() throws {
        for stream in KinesisStream.random(shards: 2...5).samples(count: 300, seed: 9) {
            try stream.environment.validate()
            #expect((2...5).contains(stream.shardCount))
            #expect(KinesisEventChecks.parseStreamARN(stream.arn) != nil, "\(stream.arn)")
            #expect(stream.creationSecondsSince1970 < 1_704_067_200)
        }
    }
}
