import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct ShardReadGeneratorTests {
    typealias Check = GeneratedPayloadChecks
    static let shardCount = 4
    static let options = ShardReadOptions(count: 5, recordsPerDelivery: 0...4, stream: .init(shardCount: shardCount))

    /// Checks the records of one reading: one shard, increasing 56-digit numbers, arrival seconds inside them,
    /// non-decreasing arrivals, partition keys of the shard.
    func requireRecordsOfOneShard(_ records: [KinesisAPI.Record]) throws -> Int? {
        let ranges = try #require(KinesisShardRanges(shardCount: Self.shardCount))
        var previous: KinesisAPI.Record?
        var shard: Int?
        for record in records {
            // Decoding checks the 56 digits and the layout; Base64.isCanonical is the strict base64 rule.
            let number = try #require(KinesisSequenceNumber(decimal: record.sequenceNumber))
            try Check.require(Base64.isCanonical(record.data), "data \(record.data) is not canonical base64")
            let arrival = try #require(Check.milliseconds(record.approximateArrivalTimestamp))
            try Check.require(Int64(number.arrivalSeconds) == arrival / 1000, "arrival second vs sequence number")
            let index = Int(number.shardIndex)
            try Check.require(shard == nil || shard == index, "records of two shards")
            shard = index
            try Check.require(ranges.shardIndex(forPartitionKey: record.partitionKey) == index, "key of another shard")
            if let previous {
                try Check.require(Check.isLess(previous.sequenceNumber, record.sequenceNumber), "sequence order")
                try Check.require(
                    (Check.milliseconds(previous.approximateArrivalTimestamp) ?? 0) <= arrival, "arrival order")
            }
            previous = record
        }
        return shard
    }

    /// Checks that child shards replace `parent`: two halves of its range, or one shard covering it and a neighbour.
    func requireChildren(_ children: [KinesisAPI.ChildShard], of parent: Int) throws {
        let ranges = try #require(KinesisShardRanges(shardCount: Self.shardCount))
        let own = try #require(ranges.hashKeyRange(ofShard: parent))
        for child in children {
            try Check.requireStrict("kinesisShardIdStrict", child.shardID)
            try Check.require((Int(child.shardID.dropFirst(8)) ?? 0) >= Self.shardCount, "child reuses an index")
            try Check.require(
                child.parentShards.first == "shardId-" + String(repeating: "0", count: 11) + "\(parent)",
                "parents \(child.parentShards)")
        }
        if children.count == 2 {
            try Check.require(children[0].hashKeyRange.startingHashKey == own.lowerBound.description, "split start")
            try Check.require(children[1].hashKeyRange.endingHashKey == own.upperBound.description, "split end")
            let middle = try #require(KinesisHashKey(decimal: children[0].hashKeyRange.endingHashKey))
            let next = try #require(KinesisHashKey(decimal: children[1].hashKeyRange.startingHashKey))
            let afterMiddle = KinesisHashKey(middle.wide.addingReportingOverflow(UInt256(1)).partialValue)
            try Check.require(next == afterMiddle && middle < next, "split halves are not adjacent")
        } else {
            try Check.require(children.count == 1 && children[0].parentShards.count == 2, "merge \(children)")
            let start = try #require(KinesisHashKey(decimal: children[0].hashKeyRange.startingHashKey))
            let end = try #require(KinesisHashKey(decimal: children[0].hashKeyRange.endingHashKey))
            try Check.require(start <= own.lowerBound && own.upperBound <= end, "merge does not cover the parent")
        }
    }

    @Test func subscriptionEventsContinueFromTheLastRecordAndCatchUp() throws {
        var closed = 0
        try Gen.subscribeToShardEvents(Self.options).forAll(count: 1000, seed: "subscribe") { events in
            try Check.require(events.count == 5, "events")
            let shard = try requireRecordsOfOneShard(events.flatMap(\.records))
            var continuation: String?
            for (index, event) in events.enumerated() {
                try Check.require(
                    KinesisSequenceNumber(decimal: event.continuationSequenceNumber) != nil, "continuation")
                if let last = event.records.last {
                    try Check.require(event.continuationSequenceNumber == last.sequenceNumber, "continuation")
                } else if let continuation {
                    try Check.require(event.continuationSequenceNumber == continuation, "continuation moved")
                }
                if let continuation {
                    try Check.require(!Check.isLess(event.continuationSequenceNumber, continuation), "went back")
                }
                continuation = event.continuationSequenceNumber
                if index > 0 {
                    try Check.require(event.millisBehindLatest <= events[index - 1].millisBehindLatest, "lag grew")
                }
                try Check.require(event.childShards == nil || index == events.count - 1, "ChildShards before the end")
            }
            try Check.require(events.last?.millisBehindLatest == 0, "not caught up at the end")
            if let children = events.last?.childShards,
                let parent = shard
                    ?? KinesisSequenceNumber(
                        decimal: events[0].continuationSequenceNumber
                    ).map({ Int($0.shardIndex) })
            {
                closed += 1
                try requireChildren(children, of: parent)
            }
        }
        #expect(closed > 100)
    }

    @Test func getRecordsPagesCarryFreshIteratorsUntilTheShardCloses() throws {
        try Gen.getRecordsPages(Self.options).forAll(count: 1000, seed: "get-records") { pages in
            _ = try requireRecordsOfOneShard(pages.flatMap(\.records))
            var iterators = Set<String>()
            for (index, page) in pages.enumerated() {
                let closing = index == pages.count - 1 && page.childShards != nil
                if closing {
                    try Check.require(page.nextShardIterator == nil, "iterator after the shard closed")
                } else {
                    let iterator = try #require(page.nextShardIterator)
                    try Check.require((1...512).contains(iterator.utf8.count), "iterator length \(iterator.utf8.count)")
                    try Check.require(iterator.hasPrefix("AAAAAAAAAA") && Base64.isCanonical(iterator), "iterator")
                    try Check.require(iterators.insert(iterator).inserted, "iterator reused")
                    try Check.require(page.childShards == nil, "ChildShards on an open page")
                }
                if index > 0 {
                    try Check.require(
                        (page.millisBehindLatest ?? 0) <= (pages[index - 1].millisBehindLatest ?? 0), "lag grew")
                }
            }
            try Check.require(pages.last?.millisBehindLatest == 0, "not caught up")
        }
    }

    @Test func closesShardOptionDecidesTheEnding() {
        let open = KinesisAPI.SubscribeToShardEvent.generate(.init(count: 3, closesShard: false), seed: 1)
        #expect(open.allSatisfy { $0.childShards == nil })
        let closed = KinesisAPI.GetRecordsOutput.generate(.init(count: 3, closesShard: true), seed: 1)
        #expect(closed.last?.nextShardIterator == nil && closed.last?.childShards?.isEmpty == false)
    }

    @Test func readingsRoundTripThroughTheirJSON() throws {
        let iso = ShardReadOptions(stream: .init(timestampStyle: .iso8601))
        try Gen.subscribeToShardEvents(iso).forAll(count: 200, seed: "subscribe-rt") { events in
            for event in events { try Check.requireRoundTrip(event) }
        }
        try Gen.getRecordsPages(.init()).forAll(count: 200, seed: "get-records-rt") { pages in
            for page in pages { try Check.requireRoundTrip(page) }
        }
    }

    @Test func sameSeedGivesTheCommittedBytes() throws {
        let options = ShardReadOptions(count: 4)
        try Check.expectDigest(
            KinesisAPI.SubscribeToShardEvent.generate(options, seed: 2024), "2d3ab87992261ff51902190132cfcb34")
        try Check.expectDigest(
            KinesisAPI.GetRecordsOutput.generate(options, seed: 2024), "93ba5208cbd90ee9280f17d6899d2a9b")
    }
}
