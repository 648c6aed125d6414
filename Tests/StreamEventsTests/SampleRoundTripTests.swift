import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Every bundled sample (from the seeds, the EventContract article and the real-world variants)
/// decodes into its model and re-encodes to equal JSON.
@Suite struct SampleRoundTripTests {
    static let kinesisEvents = [
        "jets-kinesis-event",
        "seed001-kinesis-request-example",
        "contracts-A9-kinesis-minimal",
        "variant-kinesis-tumbling-window-event",
        "variant-kinesis-tumbling-final-invoke-empty-state",
        "variant-kinesis-encrypted-kms-binary-data",
        "variant-kinesis-arrival-timestamp-string",
        "variant-kinesis-arrival-timestamp-whole-seconds",
        "variant-kinesis-carrying-kds-change-record",
    ]

    static let dynamoDBEvents = [
        "jets-dynamodb-event",
        "contracts-B11-dynamodb-minimal",
        "variant-dynamodb-creation-time-float-exponent",
        "variant-dynamodb-creation-time-float-trailing-zero",
        "variant-dynamodb-creation-time-milliseconds",
        "variant-dynamodb-creation-time-absent",
        "variant-dynamodb-doc-sample-sequence-numbers",
        "variant-dynamodb-ttl-remove",
        "variant-dynamodb-all-attribute-types",
        "variant-dynamodb-keys-only-binary-key",
        "variant-dynamodb-tumbling-window-event",
    ]

    static let kdsChangeRecords = [
        "contracts-B9-kds-change-record",
        "variant-kds-change-record-microseconds-ttl-remove",
        "variant-kds-change-record-user-identity-absent",
    ]

    static let batchResponses = [
        "contracts-A5-partial-batch-response",
        "variant-batch-response-empty-list",
        "variant-batch-response-empty-object",
        "variant-batch-response-dynamodb-sequence-numbers",
    ]

    static let timeWindowResponses = [
        "contracts-A4-tumbling-window-response",
        "variant-tumbling-window-response-string-state-with-failure",
    ]

    static let onFailureRecords = [
        "contracts-A6-kinesis-on-failure-record",
        "variant-dynamodb-on-failure-record",
        "variant-kinesis-on-failure-record-age-exceeded-never-invoked",
        "variant-kinesis-on-failure-record-s3-payload",
        "variant-dynamodb-on-failure-record-s3-age-exceeded",
    ]

    @Test(arguments: kinesisEvents)
    func kinesisEventSampleRoundTrips(_ name: String) throws {
        let event = try SampleFiles.expectRoundTrip(KinesisEvent.self, name)
        for record in event.records {
            #expect(record.eventID.hasSuffix(":" + record.kinesis.sequenceNumber))
            _ = try record.kinesis.dataBytes()
        }
    }

    @Test(arguments: dynamoDBEvents)
    func dynamoDBEventSampleRoundTrips(_ name: String) throws {
        let event = try SampleFiles.expectRoundTrip(DynamoDBEvent.self, name)
        #expect(!event.records.isEmpty)
    }

    @Test(arguments: kdsChangeRecords)
    func kdsChangeRecordSampleRoundTrips(_ name: String) throws {
        try SampleFiles.expectRoundTrip(DynamoDBKinesisChangeRecord.self, name)
    }

    @Test(arguments: batchResponses)
    func batchResponseSampleRoundTrips(_ name: String) throws {
        try SampleFiles.expectRoundTrip(StreamsEventResponse.self, name)
    }

    @Test(arguments: timeWindowResponses)
    func timeWindowResponseSampleRoundTrips(_ name: String) throws {
        let response = try SampleFiles.expectRoundTrip(TimeWindowEventResponse.self, name)
        #expect(response.state?.objectValue != nil)
    }

    @Test(arguments: onFailureRecords)
    func onFailureRecordSampleRoundTrips(_ name: String) throws {
        let record = try SampleFiles.expectRoundTrip(StreamOnFailureRecord.self, name)
        #expect((record.kinesisBatchInfo == nil) != (record.dynamoDBBatchInfo == nil))
    }

    /// The comparison behind every sample test notices a lost member, a changed number and a
    /// null turned into an absent member, and ignores member order and number spelling.
    @Test func jsonComparisonCatchesLossAndIgnoresLayout() throws {
        func equal(_ a: String, _ b: String) throws -> Bool {
            let (expected, actual) = try SampleFiles.jsonValues(Data(a.utf8), Data(b.utf8))
            return expected == actual
        }
        #expect(try !equal(#"{"a":1,"b":2}"#, #"{"a":1}"#))
        #expect(try !equal(#"{"a":1.5}"#, #"{"a":1.25}"#))
        #expect(try !equal(#"{"a":null}"#, #"{}"#))
        #expect(try !equal(#"{"a":"1"}"#, #"{"a":1}"#))
        #expect(try equal(#"{"a":1,"b":[true,"x"]}"#, #"{"b":[true,"x"],"a":1.0}"#))
        #expect(try equal(#"{"t":1.578648338E9}"#, #"{"t":1578648338}"#))
    }

    @Test func everySampleFileHasARoundTripTest() throws {
        let listed =
            Self.kinesisEvents + Self.dynamoDBEvents + Self.kdsChangeRecords + Self.batchResponses
            + Self.timeWindowResponses + Self.onFailureRecords
        #expect(Set(listed).count == listed.count, "a sample is listed twice")
        // Samples of the stream-event models carry these prefixes; other suites own the rest.
        let prefixes = ["jets-", "seed001-", "contracts-", "variant-"]
        let ours = try SampleFiles.allNames().filter { name in prefixes.contains { name.hasPrefix($0) } }
        #expect(ours == listed.sorted())
    }
}
