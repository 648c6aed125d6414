import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct DynamoDBGeneratorOptionsTests {
    @Test func keySchemasParseFromTheCommandLineForm() throws {
        #expect(try DynamoDBKeySchema(parsing: "pk:S") == DynamoDBKeySchema(partitionKey: .string("pk")))
        #expect(
            try DynamoDBKeySchema(parsing: " userId : s , createdAt:N ")
                == DynamoDBKeySchema(partitionKey: .string("userId"), sortKey: .number("createdAt")))
        #expect(try DynamoDBKeySchema(parsing: "digest:B").description == "digest:B")
        for bad in ["", "pk", "pk:X", "a:S,b:S,c:S", "pk:S,pk:N", ":S"] {
            #expect(throws: DynamoDBGeneratorError.self, "\(bad)") { try DynamoDBKeySchema(parsing: bad) }
        }
    }

    @Test func operationMixesParseFromTheCommandLineForm() throws {
        #expect(try DynamoDBOperationMix(parsing: "put=6,update=3,delete=1") == DynamoDBOperationMix(put: 6, update: 3, delete: 1))
        #expect(try DynamoDBOperationMix(parsing: "delete=2") == DynamoDBOperationMix(put: 0, update: 0, delete: 2))
        for bad in ["put=-1", "insert=2", "put=0", "put=x", "put"] {
            #expect(throws: DynamoDBGeneratorError.self, "\(bad)") { try DynamoDBOperationMix(parsing: bad) }
        }
    }

    @Test func generateHonoursEveryOption() throws {
        let options = DynamoDBGeneratorOptions(
            eventCount: 4, recordsPerEvent: 7, streamViewType: .newImage, region: .euCentral1, accountID: "123456789012",
            tableName: "Customers-prod", keySchema: try DynamoDBKeySchema(parsing: "customerId:N,orderDate:S"),
            shardCount: 2, ttlShare: 0, operations: DynamoDBOperationMix(put: 1, update: 0, delete: 0))
        let events = try DynamoDBEvent.generate(options, seed: 5)
        #expect(events.count == 4)
        for event in events {
            #expect(event.records.count == 7)
            #expect(DynamoDBInvariants.problems(in: event).isEmpty)
            for record in event.records {
                #expect(record.awsRegion == .euCentral1)
                #expect(record.eventSourceARN?.hasPrefix("arn:aws:dynamodb:eu-central-1:123456789012:table/Customers-prod/stream/") == true)
                #expect(record.dynamodb.streamViewType == .newImage)
                #expect(Set(record.dynamodb.keys.names) == ["customerId", "orderDate"])
                #expect(record.eventName != .remove && record.userIdentity == nil)
            }
        }
    }

    @Test func windowedGenerationReturnsExactlyTheCount() throws {
        let options = DynamoDBGeneratorOptions(eventCount: 9, recordsPerEvent: 3, tumblingWindowSeconds: 60)
        let events = try DynamoDBEvent.generate(options, seed: "window")
        #expect(events.count == 9)
        #expect(events.allSatisfy { $0.window != nil && $0.records.count <= 3 })
    }

    @Test func changeRecordsGenerateFromTheSameOptions() throws {
        let options = DynamoDBGeneratorOptions(eventCount: 25, kinesisTimestampPrecision: .microseconds)
        let records = try DynamoDBKinesisChangeRecord.generate(options, seed: 1)
        #expect(records.count == 25)
        #expect(records.allSatisfy { DynamoDBInvariants.problems(in: $0).isEmpty })
    }

    @Test func optionsOutOfRangeAreReportedByName() {
        let cases: [(DynamoDBGeneratorOptions, String)] = [
            (DynamoDBGeneratorOptions(eventCount: 0), "eventCount"),
            (DynamoDBGeneratorOptions(recordsPerEvent: 10_001), "recordsPerEvent"),
            (DynamoDBGeneratorOptions(tumblingWindowSeconds: 901), "tumblingWindowSeconds"),
            (DynamoDBGeneratorOptions(accountID: "12345"), "environment.accountID"),
            (DynamoDBGeneratorOptions(tableName: "a"), "name"),
            (DynamoDBGeneratorOptions(shardCount: 65), "shardCount"),
            (DynamoDBGeneratorOptions(ttlShare: -0.1), "ttlShare"),
            (DynamoDBGeneratorOptions(streamViewType: "BOTH"), "streamViewType"),
        ]
        for (options, location) in cases {
            do {
                _ = try DynamoDBEvent.generate(options, seed: 1)
                Issue.record("accepted \(location)")
            } catch {
                #expect(error.code == .invalidOption && error.location == location, "\(error)")
            }
        }
    }

    @Test func optionsRoundTripThroughJSON() throws {
        let options = DynamoDBGeneratorOptions(
            eventCount: 2, streamViewType: .keysOnly, region: .apSoutheast2,
            keySchema: DynamoDBKeySchema(partitionKey: .binary("hash"), sortKey: .number("version")),
            tumblingWindowSeconds: 30)
        let bytes = try StreamJSONEncoder().encode(options)
        #expect(try StreamJSONDecoder().decode(DynamoDBGeneratorOptions.self, from: bytes) == options)
    }
}
