import Foundation
import StreamEvents
import StreamJSON
import Testing

@testable import StreamContracts

/// Typed values are validated and batch responses checked without the caller writing JSON.
@Suite struct TypedValidationTests {
    let validator: ContractValidator
    init() throws { validator = try ContractValidator() }

    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func aTypedEventValidatesAsItsDetectedKind() throws {
        let event = try Self.decode(KinesisEvent.self, RuleCases.kinesisTwoRecords)
        let report = validator.validate(event)
        #expect(report.kind == "kinesis-event")
        #expect(report.isValid, "\(report.diagnostics.map(\.rule))")
        #expect(report.source == "KinesisEvent")
    }

    @Test func aForcedKindIsTheOneChecked() throws {
        let event = try Self.decode(KinesisEvent.self, RuleCases.kinesisTwoRecords)
        let report = validator.validate(event, as: .dynamodbEvent)
        #expect(report.kind == "dynamodb-event")
        #expect(!report.isValid)
        #expect(report.diagnostics.contains { $0.rule.hasPrefix("schema.") })
    }

    @Test func aValueThatCannotBeWrittenAsJSONIsAnErrorNotAPass() {
        let report = validator.validate(["rate": Double.nan], as: .kinesisEvent)
        #expect(!report.isValid)
        #expect(report.diagnostics.map(\.rule) == ["contract.encoding-failed"])
    }

    @Test func aKinesisResponseNamingRecordsOfTheBatchPasses() throws {
        let event = try Self.decode(KinesisEvent.self, RuleCases.kinesisTwoRecords)
        let response = StreamsEventResponse(failedItemIdentifiers: [RuleCases.sequence2])
        #expect(try validator.checkBatchResponse(response, answering: event).isEmpty)
    }

    @Test func aKinesisResponseNamingAnotherRecordIsReportedAtItsPointer() throws {
        let event = try Self.decode(KinesisEvent.self, RuleCases.kinesisMinimal)
        let response = StreamsEventResponse(failedItemIdentifiers: [RuleCases.sequence2])
        let findings = try validator.checkBatchResponse(response, answering: event)
        #expect(findings.map(\.rule) == ["response.item-identifier-in-batch"])
        #expect(findings.first?.pointer.description == "/batchItemFailures/0/itemIdentifier")
    }

    @Test func aDynamoDBResponseIsCheckedAgainstItsSequenceNumbers() throws {
        let event = try Self.decode(DynamoDBEvent.self, RuleCases.dynamodbTwoRecords)
        let sequence = try #require(event.records.last?.dynamodb.sequenceNumber)
        #expect(
            try validator.checkBatchResponse(StreamsEventResponse(failedItemIdentifiers: [sequence]), answering: event)
                .isEmpty)
        let wrong = StreamsEventResponse(failedItemIdentifiers: [RuleCases.sequence1])
        #expect(
            try validator.checkBatchResponse(wrong, answering: event).map(\.rule) == [
                "response.item-identifier-in-batch"
            ])
    }

    @Test func aWindowResponseNeedsItsStateAndBatchSequenceNumbers() throws {
        let event = try Self.decode(KinesisEvent.self, RuleCases.kinesisWindow)
        let answered = TimeWindowEventResponse(state: .object(JSONObject()), batchItemFailures: [])
        #expect(try validator.checkBatchResponse(answered, answering: event).isEmpty)
        let wrong = TimeWindowEventResponse(
            state: .object(JSONObject()), batchItemFailures: [BatchItemFailure(itemIdentifier: RuleCases.sequence2)])
        #expect(
            try validator.checkBatchResponse(wrong, answering: event).map(\.rule) == [
                "response.item-identifier-in-batch"
            ])
    }

    @Test func aDynamoDBWindowResponseIsCheckedToo() throws {
        let event = try Self.decode(DynamoDBEvent.self, RuleCases.dynamodbTwoRecords)
        let wrong = TimeWindowEventResponse(
            state: .object(JSONObject()), batchItemFailures: [BatchItemFailure(itemIdentifier: RuleCases.sequence1)])
        #expect(
            try validator.checkBatchResponse(wrong, answering: event).map(\.rule) == [
                "response.item-identifier-in-batch"
            ])
    }
}
