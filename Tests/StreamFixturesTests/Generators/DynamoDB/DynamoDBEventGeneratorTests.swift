import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct DynamoDBEventGeneratorTests {
    /// 1,000 seeds in five chunks that run in parallel (each under a second in debug builds).
    @Test(arguments: 0..<5)
    func everyGeneratedEventKeepsTheContract(chunk: Int) throws {
        var failures: [String] = []
        let seeds = (chunk * 200)..<(chunk * 200 + 200)
        for sample in try Gen.dynamoDBEvent(recordCount: 1...3).seededSamples(seeds, seed: "dynamodb-events") {
            let problems = DynamoDBInvariants.problems(in: sample.value)
            if !problems.isEmpty { failures.append("seed \(sample.seed): \(problems.prefix(3))") }
            if let problem = RoundTrip.problem(sample.value) { failures.append("seed \(sample.seed): \(problem)") }
            if failures.count > 5 { break }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func samplesCoverEveryEventNameViewTypePartitionAndAttributeType() throws {
        var names = Set<String>()
        var viewTypes = Set<String>()
        var partitions = Set<String>()
        var types = Set<String>()
        var keyTypes = Set<String>()
        var sortKeys = 0
        var ttlDeletes = 0
        func collect(_ value: AttributeValue) {
            types.insert(value.typeKey)
            switch value {
            case .map(let map): for member in map.members { collect(member.value) }
            case .list(let elements): for element in elements { collect(element) }
            default: break
            }
        }
        for event in try Gen.dynamoDBEvent(recordCount: 3...6).samples(count: 400, seed: 11) {
            for record in event.records {
                names.insert(record.eventName.rawValue)
                viewTypes.insert(record.dynamodb.streamViewType?.rawValue ?? "")
                partitions.insert(record.awsRegion.partition)
                if record.userIdentity != nil { ttlDeletes += 1 }
                if record.dynamodb.keys.count == 2 { sortKeys += 1 }
                for key in record.dynamodb.keys.members { keyTypes.insert(key.value.typeKey) }
                for image in [record.dynamodb.newImage, record.dynamodb.oldImage].compactMap({ $0 }) {
                    for member in image.members { collect(member.value) }
                }
            }
        }
        #expect(names == ["INSERT", "MODIFY", "REMOVE"])
        #expect(viewTypes == Set(StreamViewType.knownValues.map(\.rawValue)))
        #expect(partitions == ["aws", "aws-cn", "aws-us-gov"])
        #expect(types == Set(AttributeValue.typeKeys))
        #expect(keyTypes == ["S", "N", "B"])
        #expect(sortKeys > 0)
        #expect(ttlDeletes > 0)
    }

    @Test func oldImagesContinueTheStreamOfEveryItem() throws {
        for seed in 0..<30 {
            var table = try Gen.dynamoDBTable(streamViewType: .newAndOldImages).run(seed: Seed(UInt64(seed)))
            var state: [AttributeMap: AttributeMap] = [:]
            for item in table.items {
                let keys = AttributeMap(
                    table.keySchema.attributes.compactMap { attribute in
                        item[attribute.name].map { AttributeMap.Member(name: attribute.name, value: $0) }
                    })
                state[keys] = item
            }
            for record in table.nextRecords(count: 150) {
                let keys = record.dynamodb.keys
                switch record.eventName {
                case .insert:
                    #expect(state[keys] == nil, "seed \(seed): INSERT of an existing key")
                    state[keys] = record.dynamodb.newImage
                case .modify:
                    #expect(state[keys] != nil && state[keys] == record.dynamodb.oldImage, "seed \(seed): MODIFY")
                    #expect(
                        record.dynamodb.oldImage != record.dynamodb.newImage, "seed \(seed): MODIFY changed nothing")
                    state[keys] = record.dynamodb.newImage
                default:
                    #expect(state[keys] != nil && state[keys] == record.dynamodb.oldImage, "seed \(seed): REMOVE")
                    state[keys] = nil
                }
            }
            #expect(state.count == table.itemCount, "seed \(seed)")
        }
    }

    @Test func sequenceNumbersGrowWithinAShardAcrossEvents() throws {
        for seed in 0..<40 {
            var table = try Gen.dynamoDBTable(shardCount: 1...1).run(seed: Seed(UInt64(seed)))
            var previous: DynamoDBEventRecord?
            for _ in 0..<5 {
                for record in table.nextEvent(recordCount: 7).records {
                    if let previous, let a = previous.dynamodb.sequenceNumber, let b = record.dynamodb.sequenceNumber {
                        #expect(DynamoDBInvariants.isGreater(b, than: a), "seed \(seed): \(a) then \(b)")
                        #expect(
                            (DynamoDBInvariants.seconds(record) ?? 0) >= (DynamoDBInvariants.seconds(previous) ?? 0))
                    }
                    previous = record
                }
            }
        }
    }

    @Test func timeToLiveDeletesOnlyExpiredItems() throws {
        var deletes = 0
        for seed in 0..<40 {
            var table = try DynamoDBTableSimulator(
                operations: DynamoDBOperationMix(put: 2, update: 1, delete: 3), ttlShare: 0.6, existingItemCount: 30,
                seed: Seed(UInt64(seed)))
            let ttlName = try #require(table.ttlAttributeName)
            for record in table.nextRecords(count: 40) where record.userIdentity != nil {
                deletes += 1
                let expiry = try #require(record.dynamodb.oldImage?[ttlName]?.numberValue?.exactly(Int64.self))
                #expect(expiry <= DynamoDBInvariants.seconds(record) ?? 0, "seed \(seed)")
            }
        }
        #expect(deletes > 10)
    }

    @Test func batchesStayWithinBatchSizeAndSixMegabytes() throws {
        let bigItems = Gen<AttributeMap>.constant(["blob": .binary([UInt8](repeating: 1, count: 390_000))])
        var table = try DynamoDBTableSimulator(
            streamViewType: .newAndOldImages, items: .items(bigItems), existingItemCount: 0, seed: 5)
        var total = 0
        for _ in 0..<2 {
            let event = table.nextEvent(recordCount: 100)
            let bytes = event.compactJSON()
            #expect(bytes.count <= 6_000_000)
            #expect(event.records.count < 100)
            #expect(DynamoDBInvariants.problems(in: event).isEmpty)
            total += event.records.count
        }
        #expect(total > 6)
        var small = try DynamoDBTableSimulator(seed: 6)
        #expect(small.nextEvent(recordCount: 250).records.count == 250)
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let first = try Gen.dynamoDBEvent().samples(count: 20, seed: 99).map { try StreamJSONEncoder().encode($0) }
        let second = try Gen.dynamoDBEvent().samples(count: 20, seed: 99).map { try StreamJSONEncoder().encode($0) }
        let other = try Gen.dynamoDBEvent().samples(count: 20, seed: 100).map { try StreamJSONEncoder().encode($0) }
        #expect(first == second)
        #expect(first != other)
    }
}

@Suite struct DynamoDBCompactJSONTests {
    @Test func writesTheSameBytesAsStreamJSONEncoder() throws {
        for sample in try Gen.dynamoDBEvent(recordCount: 1...4).seededSamples(count: 150, seed: "writer") {
            let expected = try StreamJSONEncoder().encode(sample.value)
            #expect(sample.value.compactJSON() == expected, "seed \(sample.seed)")
        }
        for events in try Gen.dynamoDBWindowEvents(recordCount: 1...6).samples(count: 30, seed: "writer") {
            for event in events { #expect(event.compactJSON() == (try StreamJSONEncoder().encode(event))) }
        }
        for change in Gen.dynamoDBKinesisChangeRecord().samples(count: 100, seed: "writer") {
            #expect(change.compactJSON() == (try StreamJSONEncoder().encode(change)))
        }
    }

    @Test func escapesLikeStreamJSONEncoder() throws {
        var change = try #require(Gen.dynamoDBKinesisChangeRecord().samples(count: 1, seed: 1).first)
        change.userIdentity = nil
        change.dynamodb.newImage = [
            "quote\"name": "line\nbreak\t\"q\" \\ \u{01}\u{1F} é 🌍", "b": .binary([]), "b1": .binary([1]),
            "b2": .binary([1, 2]), "empty": .map([:]), "list": [], "ns": .numberSet(["-1.5E3"]),
        ]
        #expect(change.compactJSON() == (try StreamJSONEncoder().encode(change)))
        change.userIdentity = .value(.ttlService)
        let record = DynamoDBEventRecord(
            eventID: "x", eventName: .remove, awsRegion: .euWest1, dynamodb: change.dynamodb, userIdentity: .ttlService)
        #expect(record.compactJSON() == (try StreamJSONEncoder().encode(record)))
        #expect(change.compactJSON() == (try StreamJSONEncoder().encode(change)))
    }
}
