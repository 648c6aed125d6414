import Foundation
import StreamEvents
import StreamJSON
import Testing

@Suite struct KinesisRecordPayloadTests {
    struct Order: Codable, Equatable {
        var orderId: String
        var amount: Decimal
    }

    func payload(data: String) -> KinesisRecordPayload {
        KinesisRecordPayload(
            partitionKey: "order-1", sequenceNumber: "49647888802629322072519528340475047711767296381468803122",
            data: data, approximateArrivalTimestamp: AWSTimestamp(epochSeconds: 1_704_153_600.123))
    }

    @Test func jetsSampleDataReadsAsKinesisData() throws {
        // The seed shows `kinesis_data` as ["hello world"] for this event.
        let event = try JSONDecoder().decode(KinesisEvent.self, from: SampleFiles.data("jets-kinesis-event"))
        #expect(try event.records.map { try $0.kinesis.dataText() } == ["hello world"])
    }

    @Test func seedRequestExampleDataReadsAsText() throws {
        let event = try JSONDecoder().decode(
            KinesisEvent.self, from: SampleFiles.data("seed001-kinesis-request-example"))
        #expect(
            try event.records.map { try $0.kinesis.dataText() } == ["Hello, this is a test.", "This is only a test."])
        #expect(event.records.map(\.awsRegion) == [.usEast2, .usEast2])
    }

    @Test func contractsMinimalDataDecodesAsJSON() throws {
        let event = try JSONDecoder().decode(KinesisEvent.self, from: SampleFiles.data("contracts-A9-kinesis-minimal"))
        let order = try event.records[0].kinesis.decode(Order.self)
        #expect(order == Order(orderId: "o-1", amount: Decimal(string: "12.5") ?? 0))
        #expect(event.records[0].kinesis.approximateArrivalTimestamp.date()?.timeIntervalSince1970 == 1_704_153_600.123)
    }

    @Test func setDataWritesBase64FromBytesTextAndJSON() throws {
        var payload = payload(data: "")
        payload.setData([0xDE, 0xAD, 0xBE, 0xEF])
        #expect(payload.data == "3q2+7w==")
        #expect(try payload.dataBytes() == [0xDE, 0xAD, 0xBE, 0xEF])
        payload.setData(text: "hello world")
        #expect(payload.data == "aGVsbG8gd29ybGQ=")
        let order = Order(orderId: "o-2", amount: 3)
        try payload.setData(json: order)
        #expect(try payload.decode(Order.self) == order)
    }

    @Test func invalidBase64IsAnErrorNamingTheRecordAndOffset() {
        let payload = payload(data: "aGVsbG8=d29y")
        #expect {
            try payload.dataBytes()
        } throws: { error in
            guard let error = error as? KinesisDataError,
                case .invalidBase64(let base64) = error.problem
            else { return false }
            return base64.offset == 7 && error.description.contains(payload.sequenceNumber)
        }
        #expect(throws: KinesisDataError.self) { try payload.decode(Order.self) }
    }

    @Test func binaryDataIsNotTextAndSaysWhere() throws {
        let event = try JSONDecoder().decode(
            KinesisEvent.self, from: SampleFiles.data("variant-kinesis-encrypted-kms-binary-data"))
        let kinesis = event.records[0].kinesis
        #expect(kinesis.encryptionType == .kms)
        #expect(try kinesis.dataBytes() == [0x00, 0xFF, 0xFE, 0x80, 0x7F, 0x10, 0x20])
        #expect(throws: KinesisDataError(sequenceNumber: kinesis.sequenceNumber, problem: .invalidUTF8(offset: 1))) {
            try kinesis.dataText()
        }
    }

    @Test func arrivalTimestampAsStringKeepsItsForm() throws {
        let event = try JSONDecoder().decode(
            KinesisEvent.self, from: SampleFiles.data("variant-kinesis-arrival-timestamp-string"))
        let kinesis = event.records[0].kinesis
        #expect(kinesis.approximateArrivalTimestamp.form == .numericString("1480641523.477"))
        #expect(kinesis.approximateArrivalTimestamp.date()?.timeIntervalSince1970 == 1_480_641_523.477)
        #expect(kinesis.encryptionType == .unencrypted)
    }

    @Test func dynamoDBChangeRecordDecodesFromData() throws {
        let event = try JSONDecoder().decode(
            KinesisEvent.self, from: SampleFiles.data("variant-kinesis-carrying-kds-change-record"))
        let change = try event.records[0].kinesis.dynamoDBChangeRecord()
        #expect(change.tableName == "orders")
        #expect(change.eventName == .modify)
        #expect(change.userIdentity == .null)
        #expect(change.dynamodb.newImage?["status"] == "SHIPPED")
        #expect(change.dynamodb.sequenceNumber == nil)
        let created = change.dynamodb.approximateCreationDateTime?.date(unit: .milliseconds)
        #expect(created?.timeIntervalSince1970 == 1_704_153_600.123)
    }

    @Test func tumblingWindowFieldsDecode() throws {
        let event = try JSONDecoder().decode(
            KinesisEvent.self, from: SampleFiles.data("variant-kinesis-tumbling-window-event"))
        #expect(event.state == ["1": 282])
        #expect(event.window?.start.description == "2020-12-09T07:04:00Z")
        #expect(event.window?.end.date()?.timeIntervalSince1970 == 1_607_497_560)
        #expect(event.isFinalInvokeForWindow == false)
        #expect(event.shardId == "shardId-000000000006")
    }

    @Test func ordinaryEventWritesNoWindowFields() throws {
        let event = KinesisEvent(records: [])
        #expect(try sortedJSON(event) == #"{"Records":[]}"#)
    }

    @Test func nullStateIsKeptApartFromAbsentState() throws {
        let withNull = try JSONDecoder().decode(KinesisEvent.self, from: Data(#"{"Records":[],"state":null}"#.utf8))
        #expect(withNull.state == .null)
        #expect(try sortedJSON(withNull) == #"{"Records":[],"state":null}"#)
        let absent = try JSONDecoder().decode(KinesisEvent.self, from: Data(#"{"Records":[]}"#.utf8))
        #expect(absent.state == nil)
    }

    @Test func missingRequiredMemberIsAnError() {
        let json =
            #"{"Records":[{"kinesis":{"partitionKey":"1","sequenceNumber":"1","data":"","approximateArrivalTimestamp":1},"eventSource":"aws:kinesis"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(KinesisEvent.self, from: Data(json.utf8)) }
    }

    @Test func timeWindowFromDateWritesSecondPrecision() {
        let window = TimeWindow(start: Date(timeIntervalSince1970: 1_607_497_440.9), seconds: 120)
        #expect(window.start.description == "2020-12-09T07:04:00Z")
        #expect(window.end.description == "2020-12-09T07:06:00Z")
    }
}
