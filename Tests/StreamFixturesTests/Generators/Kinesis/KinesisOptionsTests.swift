import StreamEvents
import StreamFixtures
import Testing

@Suite struct KinesisOptionsTests {
    @Test func generateMakesCountEventsOfRecordsEach() {
        let options = KinesisOptions(count: 7, records: 4, shards: 3, region: .apSoutheast2)
        let events = KinesisEvent.generate(options, seed: 1)
        #expect(events.count == 7)
        for event in events {
            #expect(event.records.count == 4)
            #expect(event.records.allSatisfy { $0.awsRegion == .apSoutheast2 })
            #expect(KinesisEventChecks.violations(of: event) == [])
        }
    }

    @Test func windowOptionsMakeTumblingWindowInvokes() {
        let events = KinesisEvent.generate(KinesisOptions(count: 9, records: 2, windowSeconds: 300), seed: 2)
        #expect(events.count == 9)
        #expect(events.allSatisfy { $0.window != nil && KinesisEventChecks.violations(of: $0) == [] })
        #expect(events.contains { $0.isFinalInvokeForWindow == true })
    }

    @Test func encryptionOptionsDecideTheMember() {
        let kms = KinesisEvent.generate(KinesisOptions(count: 5, encryption: .kms), seed: 3).flatMap(\.records)
        #expect(kms.allSatisfy { $0.kinesis.encryptionType == .kms })
        let none = KinesisEvent.generate(KinesisOptions(count: 5, encryption: .unencrypted), seed: 3).flatMap(\.records)
        #expect(none.allSatisfy { $0.kinesis.encryptionType == .unencrypted })
        let absent = KinesisEvent.generate(KinesisOptions(count: 5, encryption: .absent), seed: 3).flatMap(\.records)
        #expect(absent.allSatisfy { $0.kinesis.encryptionType == nil })
    }

    @Test func streamNameAndAccountAreUsedAsGiven() {
        let options = KinesisOptions(accountID: "999988887777", streamName: "sensor.readings_v2")
        let record = KinesisEvent.generate(options, seed: 4).first?.records.first
        #expect(record?.eventSourceARN == "arn:aws:kinesis:us-east-1:999988887777:stream/sensor.readings_v2")
    }

    @Test func aggregationShareOfOneAggregatesEveryRecord() throws {
        let events = KinesisEvent.generate(KinesisOptions(count: 3, records: 3, aggregationShare: 1), seed: 5)
        for record in events.flatMap(\.records) {
            #expect(KPLAggregate.isAggregated(try record.kinesis.dataBytes()))
        }
    }

    @Test func validateAcceptsTheDefaults() throws {
        try KinesisOptions().validate()
        try KinesisOptions(records: 10_000, shards: 500, region: .cnNorthwest1, batchSize: 10_000).validate()
    }

    @Test(arguments: [
        (KinesisOptions(records: 0), "records"),
        (KinesisOptions(records: 200, batchSize: 100), "records"),
        (KinesisOptions(shards: 0), "shards"),
        (KinesisOptions(accountID: "1234"), "accountID"),
        (KinesisOptions(streamName: "orders/prod"), "streamName"),
        (KinesisOptions(aggregationShare: 1.5), "aggregationShare"),
        (KinesisOptions(windowSeconds: 901), "windowSeconds"),
        (KinesisOptions(batchSize: 10_001), "batchSize"),
        (KinesisOptions(count: -1), "count"),
    ])
    func validateNamesTheOptionOutOfRange(options: KinesisOptions, field: String) {
        #expect {
            try options.validate()
        } throws: { error in
            (error as? GeneratorOptionsError)?.field == field
        }
    }

    @Test func generateClampsWhatValidateRejects() {
        let events = KinesisEvent.generate(KinesisOptions(count: 2, records: 50, shards: 0, batchSize: 20), seed: 6)
        #expect(events.map(\.records.count) == [20, 20])
    }
}
