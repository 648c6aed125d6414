import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct KinesisStreamSimulatorTests {
    static func simulator(
        shards: Int = 4, recipe: KinesisRecordRecipe = KinesisRecordRecipe(), batchSize: Int = 100,
        window: Int? = nil, seed: Seed = 42
    ) -> KinesisStreamSimulator {
        let stream = KinesisStream(
            name: "orders", environment: AWSEnvironment(region: .euWest1, accountID: "123456789012"),
            shardCount: shards, encryptionType: .kms)
        return KinesisStreamSimulator(
            stream: stream, recipe: recipe, batchSize: batchSize, tumblingWindowSeconds: window, seed: seed)
    }

    static func shard(of event: KinesisEvent) -> String {
        String(event.records.first?.eventID.prefix(20) ?? "")
    }

    @Test func eventsSatisfyTheContract() {
        var simulator = Self.simulator()
        for event in simulator.nextEvents(50, recordCount: 20) {
            #expect(KinesisEventChecks.violations(of: event, batchSize: 100) == [])
        }
    }

    @Test func sequenceNumbersGrowWithinAShardAcrossEvents() {
        var simulator = Self.simulator(shards: 2)
        var last: [String: String] = [:]
        var arrivals: [String: Double] = [:]
        for _ in 0..<40 {
            let event = simulator.nextEvent(recordCount: 5)
            let shard = Self.shard(of: event)
            for record in event.records {
                if let previous = last[shard] { #expect(previous < record.kinesis.sequenceNumber) }
                last[shard] = record.kinesis.sequenceNumber
                let arrival = record.kinesis.approximateArrivalTimestamp.date()?.timeIntervalSince1970 ?? 0
                #expect(arrival >= arrivals[shard, default: 0])
                arrivals[shard] = arrival
            }
        }
        #expect(last.count == 2)
    }

    @Test func consecutiveRecordsOfAShardHaveConsecutiveCounters() throws {
        var simulator = Self.simulator(shards: 1)
        let records = simulator.nextEvent(recordCount: 30).records + simulator.nextEvent(recordCount: 30).records
        let counters = try records.map { try #require(KinesisSequenceNumber(decimal: $0.kinesis.sequenceNumber)) }
        for (earlier, later) in zip(counters, counters.dropFirst()) {
            #expect(later.sequenceIndex == earlier.sequenceIndex + 1)
            #expect(later.shardCreationSeconds == 1_700_000_000)
        }
    }

    @Test func partitionKeyMapsToTheShardThatOwnsItsHashKey() {
        var simulator = Self.simulator(shards: 7)
        let ranges = simulator.stream.shardRanges
        var shardsSeen = Set<String>()
        for event in simulator.nextEvents(60, recordCount: 10) {
            for record in event.records {
                let shard = ranges.shardIndex(forPartitionKey: record.kinesis.partitionKey)
                #expect(record.eventID.hasPrefix(simulator.stream.shardID(shard) + ":"))
                shardsSeen.insert(String(record.eventID.prefix(20)))
            }
        }
        #expect(shardsSeen.count == 7)
    }

    @Test func explicitShardRequestsAreHonouredEvenWithAFewDistinctKeys() {
        let recipe = KinesisRecordRecipe(partitionKeys: KinesisPartitionKey.numbered(prefix: "partitionKey-", count: 3))
        var simulator = Self.simulator(shards: 8, recipe: recipe)
        for shard in 0..<8 {
            let event = simulator.nextEvent(shard: shard, recordCount: 4)
            #expect(event.records.allSatisfy { $0.eventID.hasPrefix(simulator.stream.shardID(shard)) })
            for record in event.records {
                #expect(simulator.stream.shardIndex(forPartitionKey: record.kinesis.partitionKey) == shard)
            }
        }
    }

    @Test func recordCountsAreCappedByTheBatchSize() {
        var simulator = Self.simulator(batchSize: 7)
        #expect(simulator.nextEvent(recordCount: 50).records.count == 7)
        #expect(simulator.nextEvent(recordCount: 0).records.count == 1)
    }

    @Test func eventsStayUnderSixMegabytesAndKeepTheOverflowForTheNextEvent() throws {
        let blob = [UInt8](repeating: 0x5A, count: 900_000)
        let big = KinesisRecordRecipe(payload: .custom { _, _ in blob })
        var simulator = Self.simulator(shards: 1, recipe: big, batchSize: 10)
        let first = simulator.nextEvent(recordCount: 10)
        let second = simulator.nextEvent(recordCount: 10)
        #expect(first.records.count < 10)
        #expect(try StreamJSONEncoder().encode(first).count <= 6_000_000)
        #expect(KinesisEventChecks.violations(of: first) == [])
        let lastOfFirst = try #require(first.records.last)
        let firstOfSecond = try #require(second.records.first)
        let earlier = try #require(KinesisSequenceNumber(decimal: lastOfFirst.kinesis.sequenceNumber))
        let later = try #require(KinesisSequenceNumber(decimal: firstOfSecond.kinesis.sequenceNumber))
        #expect(later.sequenceIndex == earlier.sequenceIndex + 1)
    }

    @Test func oversizedPayloadsAreCutToTheRecordLimit() throws {
        let huge = KinesisRecordRecipe(payload: .custom { _, _ in [UInt8](repeating: 7, count: 2_000_000) })
        var simulator = Self.simulator(shards: 1, recipe: huge)
        let record = try #require(simulator.nextEvent(recordCount: 1).records.first)
        let data = try Base64.decode(record.kinesis.data)
        #expect(data.count + record.kinesis.partitionKey.utf8.count == 1_048_576)
    }

    @Test func customClosuresReceiveRunningIndexes() throws {
        let recipe = KinesisRecordRecipe(payload: .custom { _, index in Array("reading \(index)".utf8) })
        var simulator = Self.simulator(recipe: recipe)
        let texts = try simulator.nextEvents(3, recordCount: 2).flatMap(\.records).map { try $0.kinesis.dataText() }
        #expect(texts == (0..<6).map { "reading \($0)" })
    }

    struct Reading: Codable, Equatable, Sendable {
        var sensor: String
        var celsius: Int
    }

    @Test func encodableGeneratorsBecomeJSONData() throws {
        let readings = Gen.zip(Gen.alphanumeric(length: 4...8), Gen.int(in: -20...40)).map(Reading.init)
        var simulator = Self.simulator(recipe: KinesisRecordRecipe(payload: .json(readings)))
        for record in simulator.nextEvent(recordCount: 10).records {
            let reading = try StreamJSONDecoder().decode(Reading.self, from: try record.kinesis.dataBytes())
            #expect((-20...40).contains(reading.celsius))
        }
        let fixed = try KinesisPayload.json(Reading(sensor: "bay-4", celsius: 21))
        var constant = Self.simulator(recipe: KinesisRecordRecipe(payload: fixed))
        let text = try constant.nextEvent(recordCount: 1).records.first?.kinesis.dataText()
        #expect(text == #"{"sensor":"bay-4","celsius":21}"#)
    }

    @Test func builtInPayloadsProduceJSONTextAndBytes() throws {
        var json = Self.simulator(recipe: KinesisRecordRecipe(payload: .randomJSON))
        for record in json.nextEvent(recordCount: 30).records {
            let document = try JSONDocument(parsing: try record.kinesis.dataBytes())
            #expect(document.root.value.objectValue != nil)
        }
        var text = Self.simulator(recipe: KinesisRecordRecipe(payload: .text))
        for record in text.nextEvent(recordCount: 30).records {
            #expect(try !record.kinesis.dataText().isEmpty)
        }
        var bytes = Self.simulator(recipe: KinesisRecordRecipe(payload: .bytes(count: 3...9)))
        for record in bytes.nextEvent(recordCount: 30).records {
            #expect((3...9).contains(try record.kinesis.dataBytes().count))
        }
    }

    @Test func encryptionTypeIsTheStreamsAndOnlySometimesPresent() {
        var simulator = Self.simulator()
        var present = 0
        let events = simulator.nextEvents(100, recordCount: 2)
        for event in events {
            let types = Set(event.records.map(\.kinesis.encryptionType))
            #expect(types == [nil] || types == [.kms])
            if types == [.kms] { present += 1 }
        }
        #expect((20...80).contains(present))
    }

    @Test func aggregatedRecordsUseTheFirstUserRecordsKeyAndStayOnTheShard() throws {
        let recipe = KinesisRecordRecipe(aggregationShare: 1, userRecordsPerAggregate: 3...6)
        var simulator = Self.simulator(shards: 3, recipe: recipe)
        for event in simulator.nextEvents(10, recordCount: 3) {
            #expect(KinesisEventChecks.violations(of: event) == [])
            for record in event.records {
                let users = try KPLAggregate.decode(try record.kinesis.dataBytes())
                #expect((3...6).contains(users.count))
                #expect(users.first?.partitionKey == record.kinesis.partitionKey)
                let shard = simulator.stream.shardIndex(forPartitionKey: record.kinesis.partitionKey)
                #expect(record.eventID.hasPrefix(simulator.stream.shardID(shard)))
                for user in users {
                    #expect(simulator.stream.shardIndex(forPartitionKey: user.partitionKey) == shard)
                    #expect(try JSONDocument(parsing: user.data).root.value.objectValue != nil)
                }
            }
        }
    }

    @Test func aggregationShareMixesPlainAndAggregatedRecords() throws {
        var simulator = Self.simulator(recipe: KinesisRecordRecipe(aggregationShare: 0.3))
        let records = simulator.nextEvents(20, recordCount: 10).flatMap(\.records)
        let aggregated = try records.filter { KPLAggregate.isAggregated(try $0.kinesis.dataBytes()) }.count
        #expect((30...90).contains(aggregated))
    }

    @Test func explicitHashKeysLandInTheShardsRange() throws {
        let recipe = KinesisRecordRecipe(explicitHashKeyShare: 1, aggregationShare: 1)
        var simulator = Self.simulator(shards: 5, recipe: recipe)
        for event in simulator.nextEvents(10, recordCount: 2) {
            for record in event.records {
                for user in try KPLAggregate.decode(try record.kinesis.dataBytes()) {
                    let hashKey = try #require(user.explicitHashKey.flatMap { KinesisHashKey(decimal: $0) })
                    #expect(
                        record.eventID.hasPrefix(simulator.stream.shardID(simulator.stream.shardIndex(for: hashKey))))
                }
            }
        }
    }

    @Test func roleARNsAreRealRolesInTheStreamsAccount() {
        var simulator = Self.simulator()
        let arn = simulator.invokeIdentityArn
        #expect(arn.hasPrefix("arn:aws:iam::123456789012:role/"))
        let named = KinesisStreamSimulator(
            stream: simulator.stream, roleName: "service-role/orders-consumer-role-1a2b3c4d", seed: 1)
        #expect(named.invokeIdentityArn == "arn:aws:iam::123456789012:role/service-role/orders-consumer-role-1a2b3c4d")
        #expect(simulator.nextEvent().records.allSatisfy { $0.invokeIdentityArn == arn })
    }

    @Test func theSameSeedGivesTheSameEvents() {
        var first = Self.simulator(seed: "same")
        var second = Self.simulator(seed: "same")
        var third = Self.simulator(seed: "other")
        let events = first.nextEvents(5, recordCount: 4)
        #expect(events == second.nextEvents(5, recordCount: 4))
        #expect(events != third.nextEvents(5, recordCount: 4))
    }
}
