import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct DynamoDBKinesisChangeRecordTests {
    /// 1,000 seeds in four chunks that run in parallel.
    @Test(arguments: 0..<4)
    func everyChangeRecordKeepsTheKinesisForDynamoDBContract(chunk: Int) {
        var failures: [String] = []
        let seeds = (chunk * 250)..<(chunk * 250 + 250)
        for sample in Gen.dynamoDBKinesisChangeRecord().seededSamples(seeds, seed: "kds") {
            let problems = DynamoDBInvariants.problems(in: sample.value)
            if !problems.isEmpty { failures.append("seed \(sample.seed): \(problems.prefix(3))") }
            if let problem = RoundTrip.problem(sample.value) { failures.append("seed \(sample.seed): \(problem)") }
            if failures.count > 5 { break }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func precisionSetsTheUnitOfTheCreationTime() throws {
        var table = try DynamoDBTableSimulator(clock: SimulatedClock(start: 1_731_924_555_370), seed: 8)
        let milliseconds = table.nextKinesisChangeRecord(precision: .milliseconds)
        let microseconds = table.nextKinesisChangeRecord(precision: .microseconds)
        #expect(milliseconds.dynamodb.approximateCreationDateTime?.description.count == 13)
        #expect(microseconds.dynamodb.approximateCreationDateTime?.description.count == 16)
        #expect(milliseconds.userIdentity == .null || milliseconds.eventName == .remove)
    }

    @Test func consecutiveRecordsFollowTheTable() throws {
        for records in try Gen.dynamoDBKinesisChangeRecords(count: 20...20).samples(count: 20, seed: 3) {
            var state: [AttributeMap: AttributeMap] = [:]
            var created: Int64 = 0
            for record in records {
                let keys = record.dynamodb.keys
                if record.eventName == .insert { #expect(state[keys] == nil) }
                if record.eventName != .insert, let known = state[keys] { #expect(known == record.dynamodb.oldImage) }
                state[keys] = record.dynamodb.newImage
                guard case .number(let number)? = record.dynamodb.approximateCreationDateTime?.form else { continue }
                let value = number.int64Value ?? 0
                #expect(value >= created)
                created = value
            }
        }
    }

    @Test func partitionKeyIsThirtyTwoUppercaseHexDigitsPerItem() throws {
        var table = try DynamoDBTableSimulator(seed: 12)
        var byKeys: [AttributeMap: String] = [:]
        for _ in 0..<200 {
            let record = table.nextKinesisChangeRecord()
            let key = record.kinesisPartitionKey
            #expect(key.utf8.count == 32 && key.utf8.allSatisfy { (48...57).contains($0) || (65...70).contains($0) })
            if let known = byKeys[record.dynamodb.keys] { #expect(known == key) }
            byKeys[record.dynamodb.keys] = key
        }
        #expect(Set(byKeys.values).count == byKeys.count)
    }
}
