import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Every event source mapping sample decodes and re-encodes to equal JSON.
@Suite struct EventSourceMappingSampleTests {
    /// Seed 000 (Jets docs): `aws lambda list-event-source-mappings` output of AWS CLI v1.
    @Test func jetsListOutputOfSeed000RoundTrips() throws {
        let list = try APIModelSamples.expectRoundTrip(
            ListEventSourceMappingsResponse.self, sample: "esm-list-jets-cli-v1.json")
        let mapping = try #require(list.eventSourceMappings?.first)
        #expect(mapping.uuid == "861c866f-356a-4dba-9191-6ed853118fba")
        #expect(mapping.state == .enabled)
        #expect(mapping.lastModified?.date()?.timeIntervalSince1970 == 1_550_287_680)
        #expect(mapping.eventSourceARN == "arn:aws:kinesis:us-west-2:112233445566:stream/my-stream")
        #expect(mapping.lastProcessingResult == "OK")
        #expect(list.nextMarker == nil && list.nextToken == nil)
    }

    /// CLIEX style (awscli examples): fractional epoch `LastModified`, `USER_INITIATED`, empty `OnFailure`.
    @Test func cliExampleStyleKinesisListRoundTrips() throws {
        let list = try APIModelSamples.expectRoundTrip(
            ListEventSourceMappingsResponse.self, sample: "esm-list-cliex-kinesis.json")
        let mapping = try #require(list.eventSourceMappings?.first)
        #expect(mapping.lastModified?.form == .number(try #require(JSONNumber("1569284520.333"))))
        #expect(mapping.stateTransitionReason == "USER_INITIATED")
        #expect(mapping.destinationConfig == DestinationConfig(onFailure: .init()))
        #expect(mapping.functionResponseTypes == [])
        #expect(mapping.maximumRecordAgeInSeconds == -1)
    }

    /// AWS CLI v2 prints timestamps as ISO-8601 text; they stay text, byte for byte.
    @Test func cliV2IsoTimestampsRoundTripAsText() throws {
        let list = try APIModelSamples.expectRoundTrip(
            ListEventSourceMappingsResponse.self, sample: "esm-list-cli-v2-iso-timestamps.json")
        let mapping = try #require(list.eventSourceMappings?.first)
        #expect(mapping.lastModified?.form == .iso8601("2024-01-02T00:00:00.000000+00:00"))
        #expect(mapping.lastModified?.date()?.timeIntervalSince1970 == 1_704_153_600)
        #expect(mapping.startingPositionTimestamp?.form == .iso8601("2024-01-01T12:00:00+00:00"))
        #expect(mapping.startingPosition == .atTimestamp)
        #expect(mapping.functionResponseTypes == [.reportBatchItemFailures])
        let text = String(decoding: try JSONEncoder().encode(mapping), as: UTF8.self)
        #expect(text.contains(#""LastModified":"2024-01-02T00:00:00.000000+00:00""#))
    }

    /// `"FilterCriteria": null` (criteria encrypted with a customer key) is kept as an explicit null.
    @Test func filterCriteriaNullRoundTripsAsNull() throws {
        let list = try APIModelSamples.expectRoundTrip(
            ListEventSourceMappingsResponse.self, sample: "esm-list-filter-criteria-null.json")
        let mapping = try #require(list.eventSourceMappings?.first)
        #expect(mapping.filterCriteria == .null)
        #expect(mapping.kmsKeyARN != nil)
        #expect(list.nextMarker == "AAEAAYyLaSCQ2Ljpm3xKPAmXkGJx")
    }

    /// The AWS CLI's own `NextToken` is kept next to the API's `NextMarker`.
    @Test func cliNextTokenRoundTrips() throws {
        let list = try APIModelSamples.expectRoundTrip(
            ListEventSourceMappingsResponse.self, sample: "esm-list-next-token-cli.json")
        #expect(list.nextToken == "eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==")
        #expect(list.eventSourceMappings?.first?.state == .disabled)
    }

    /// A configuration with every botocore member, Kafka, MQ and DocumentDB shapes included.
    @Test func everyMemberConfigurationRoundTrips() throws {
        let mapping = try APIModelSamples.expectRoundTrip(
            EventSourceMappingConfiguration.self, sample: "esm-get-every-member.json")
        #expect(mapping.selfManagedEventSource?.endpoints?[.kafkaBootstrapServers]?.count == 2)
        #expect(mapping.sourceAccessConfigurations?.last?.type == SourceAccessType(rawValue: "SOME_FUTURE_TYPE"))
        #expect(mapping.filterCriteria?.asOptional?.filters?.count == 2)
        #expect(mapping.documentDBEventSourceConfig?.fullDocument == .updateLookup)
        #expect(mapping.state == .updating)
    }

    @Test func createRequestRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(
            CreateEventSourceMappingRequest.self, sample: "esm-create-request-kinesis.json")
        #expect(request.tags == ["team": "orders", "env": "prod"])
        #expect(request.functionName == "process-orders")
    }

    @Test func updateRequestRoundTrips() throws {
        let request = try APIModelSamples.expectRoundTrip(
            UpdateEventSourceMappingRequest.self, sample: "esm-update-request.json")
        #expect(request.uuid == "0b4a7c2e-2f9d-4c61-9f3e-6a8d1e5b7c90")
        #expect(request.enabled == false)
    }

    @Test func botocoreSampleWithoutAnyMemberRoundTrips() throws {
        let empty = try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: Data("{}".utf8))
        #expect(empty == EventSourceMappingConfiguration())
        #expect(try APIModelSamples.encodedObject(empty).isEmpty)
    }
}
