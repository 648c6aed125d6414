import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct DynamoDBOptionsTests {
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
        #expect(
            try DynamoDBOperationMix(parsing: "put=6,update=3,delete=1")
                == DynamoDBOperationMix(put: 6, update: 3, delete: 1))
        #expect(try DynamoDBOperationMix(parsing: "delete=2") == DynamoDBOperationMix(put: 0, update: 0, delete: 2))
        for bad in ["put=-1", "insert=2", "put=0", "put=x", "put"] {
            #expect(throws: DynamoDBGeneratorError.self, "\(bad)") { try DynamoDBOperationMix(parsing: bad) }
        }
    }

    @Test func generateHonoursEveryOption() throws {
        let options = DynamoDBOptions(
            count: 4, records: 7, shards: 2, region: .euCentral1, accountID: "123456789012",
            tableName: "Customers-prod",
            viewType: .newImage, keySchema: try DynamoDBKeySchema(parsing: "customerId:N,orderDate:S"), ttlShare: 0,
            operations: DynamoDBOperationMix(put: 1, update: 0, delete: 0))
        try options.validate()
        let events = DynamoDBEvent.generate(options, seed: 5)
        #expect(events.count == 4)
        for event in events {
            #expect(event.records.count == 7)
            #expect(DynamoDBInvariants.problems(in: event).isEmpty)
            for record in event.records {
                #expect(record.awsRegion == .euCentral1)
                #expect(
                    record.eventSourceARN?.hasPrefix(
                        "arn:aws:dynamodb:eu-central-1:123456789012:table/Customers-prod/stream/")
                        == true)
                #expect(record.dynamodb.streamViewType == .newImage)
                #expect(Set(record.dynamodb.keys.names) == ["customerId", "orderDate"])
                #expect(record.eventName != .remove && record.userIdentity == nil)
            }
        }
    }

    @Test func generationIsDeterministicPerSeed() {
        let options = DynamoDBOptions(count: 3, records: 5, shards: 3)
        let first = DynamoDBEvent.generate(options, seed: "same").map { $0.compactJSON() }
        #expect(first == DynamoDBEvent.generate(options, seed: "same").map { $0.compactJSON() })
        #expect(first != DynamoDBEvent.generate(options, seed: "other").map { $0.compactJSON() })
    }

    @Test func windowedGenerationReturnsExactlyTheCount() {
        let options = DynamoDBOptions(count: 9, records: 3, windowSeconds: 60)
        let events = DynamoDBEvent.generate(options, seed: "window")
        #expect(events.count == 9)
        #expect(events.allSatisfy { $0.window != nil && $0.records.count <= 3 })
    }

    @Test func changeRecordsGenerateFromTheSameOptions() {
        let options = DynamoDBOptions(count: 25, kinesisTimestampPrecision: .microseconds)
        let records = DynamoDBKinesisChangeRecord.generate(options, seed: 1)
        #expect(records.count == 25)
        #expect(records.allSatisfy { DynamoDBInvariants.problems(in: $0).isEmpty })
    }

    @Test func optionsOutOfRangeAreReportedByName() {
        let cases: [(DynamoDBOptions, String)] = [
            (DynamoDBOptions(count: -1), "count"),
            (DynamoDBOptions(batchSize: 0), "batchSize"),
            (DynamoDBOptions(records: 101), "records"),
            (DynamoDBOptions(windowSeconds: 901), "windowSeconds"),
            (DynamoDBOptions(accountID: "12345"), "accountID"),
            (DynamoDBOptions(tableName: "a"), "tableName"),
            (DynamoDBOptions(shards: 65), "shards"),
            (DynamoDBOptions(ttlShare: -0.1), "ttlShare"),
            (DynamoDBOptions(viewType: "BOTH"), "viewType"),
            (
                DynamoDBOptions(keySchema: DynamoDBKeySchema(partitionKey: .string("k"), sortKey: .number("k"))),
                "keySchema"
            ),
            (DynamoDBOptions(operations: DynamoDBOperationMix(put: 0, update: 0, delete: 0)), "operations"),
        ]
        for (options, field) in cases {
            do {
                try options.validate()
                Issue.record("accepted \(field)")
            } catch {
                #expect(error.field == field, "\(error)")
            }
            // Generation clamps instead of failing.
            let events = DynamoDBEvent.generate(options, seed: 1)
            #expect(events.allSatisfy { DynamoDBInvariants.problems(in: $0).isEmpty }, "\(field)")
        }
    }

    @Test func optionsRoundTripThroughJSON() throws {
        let options = DynamoDBOptions(
            count: 2, region: .apSoutheast2, viewType: .keysOnly,
            keySchema: DynamoDBKeySchema(partitionKey: .binary("hash"), sortKey: .number("version")), windowSeconds: 30)
        let bytes = try StreamJSONEncoder().encode(options)
        #expect(try StreamJSONDecoder().decode(DynamoDBOptions.self, from: bytes) == options)
    }
}
