import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct KinesisEventPropertyTests {
    /// Small events (debug builds are slow): 1–2 records, a fifth of them KPL aggregates of 2–4 user records, a
    /// quarter tumbling-window invokes.
    static let samples = Result { () throws(GeneratorOptionsError) in
        try Gen.kinesisEvent(
            records: 1...2,
            recipe: KinesisRecordRecipe(payload: .mixed, aggregationShare: 0.2, userRecordsPerAggregate: 2...4),
            tumblingWindowShare: 0.25
        ).seededSamples(count: 1_000, seed: "kinesis-properties")
    }

    @Test func everyGeneratedEventSatisfiesTheContract() throws {
        for sample in try Self.samples.get() {
            let problems = KinesisEventChecks.violations(of: sample.value)
            #expect(problems == [], "seed \(sample.seed)")
        }
    }

    @Test func everyGeneratedEventRoundTripsThroughTheStreamCodecs() throws {
        let encoder = StreamJSONEncoder()
        let decoder = StreamJSONDecoder()
        for sample in try Self.samples.get() {
            let bytes = try encoder.encode(sample.value)
            let decoded = try decoder.decode(KinesisEvent.self, from: bytes)
            #expect(decoded == sample.value, "seed \(sample.seed)")
            #expect(try encoder.encode(decoded) == bytes, "seed \(sample.seed)")
        }
    }

    @Test func samplesCoverWindowsAggregatesEncryptionAndEveryPartition() throws {
        var windows = 0
        var aggregates = 0
        var encrypted = 0
        var partitions = Set<String>()
        for event in try Self.samples.get().map(\.value) {
            if event.window != nil { windows += 1 }
            if event.records.first?.kinesis.encryptionType != nil { encrypted += 1 }
            for record in event.records where KPLAggregate.isAggregated(try record.kinesis.dataBytes()) {
                aggregates += 1
            }
            partitions.insert(String(event.records.first?.eventSourceARN.split(separator: ":")[1] ?? ""))
        }
        #expect(windows > 150 && aggregates > 150 && encrypted > 300)
        #expect(partitions == ["aws", "aws-cn", "aws-us-gov"])
    }

    /// MD5 of the concatenated compact JSON of fixed seeds. Changing it means every committed Kinesis fixture
    /// changes: do it only on purpose, and regenerate the fixtures with it.
    @Test func fixedSeedsGiveTheCommittedDigest() throws {
        var bytes = [UInt8]()
        let encoder = StreamJSONEncoder()
        for event in try Gen.kinesisEvent().samples(count: 20, seed: 2024) { bytes += try encoder.encode(event) }
        var options = KinesisOptions(count: 6, records: 4, shards: 3, aggregationShare: 0.3, windowSeconds: 120)
        for event in KinesisEvent.generate(options, seed: 7) { bytes += try encoder.encode(event) }
        options = KinesisOptions(count: 3, records: 5, region: .cnNorth1, encryption: .kms, payload: .text)
        for event in KinesisEvent.generate(options, seed: "text") { bytes += try encoder.encode(event) }
        #expect(hexString(MD5.digest(bytes)) == "d581625e31240b2fd8ae1a416975a3b4")
    }
}

@Suite struct KinesisCompactJSONTests {
    @Test func compactJSONIsByteForByteTheEncodersOutput() throws {
        let encoder = StreamJSONEncoder()
        for sample in try KinesisEventPropertyTests.samples.get() {
            #expect(sample.value.compactJSON() == (try encoder.encode(sample.value)), "seed \(sample.seed)")
        }
    }

    @Test func compactJSONMatchesForHandWrittenEdgeCases() throws {
        let payload = KinesisRecordPayload(
            partitionKey: "quote\" back\\slash \u{1}", sequenceNumber: "1", data: "",
            approximateArrivalTimestamp: AWSTimestamp(form: .numericString("1480641523.477")),
            encryptionType: KinesisEncryptionType(rawValue: "FUTURE"), kinesisSchemaVersion: "2.0")
        let record = KinesisEventRecord(
            eventID: "x", eventSourceARN: "arn:aws:kinesis:EXAMPLE", invokeIdentityArn: "arn:aws:iam::EXAMPLE",
            awsRegion: "mars-1", kinesis: payload, eventSource: "other", eventName: "n", eventVersion: "9")
        var isoRecord = record
        isoRecord.kinesis.approximateArrivalTimestamp = AWSTimestamp(form: .iso8601("2024-01-02T00:00:00.000Z"))
        isoRecord.kinesis.encryptionType = nil
        let events = [
            KinesisEvent(records: []),
            KinesisEvent(records: [record, isoRecord], state: .null),
            KinesisEvent(
                records: [record],
                window: TimeWindow(
                    start: AWSTimestamp(form: .iso8601("2020-12-09T07:04:00Z")),
                    end: AWSTimestamp(epochNumber: JSONNumber(1_607_497_560))),
                state: ["1": 282, "nested": ["a": [true, nil]]], shardId: "shard\"1", eventSourceARN: "e",
                isFinalInvokeForWindow: true, isWindowTerminatedEarly: false),
        ]
        for event in events {
            #expect(event.compactJSON() == (try StreamJSONEncoder().encode(event)))
        }
        var buffer = Array("prefix".utf8)
        events[1].appendCompactJSON(to: &buffer)
        #expect(buffer == Array("prefix".utf8) + events[1].compactJSON())
    }
}
