import Foundation
import StreamEvents
import StreamJSON
import Testing

@Suite struct DynamoDBEventTests {
    func event(_ name: String) throws -> DynamoDBEvent {
        try JSONDecoder().decode(DynamoDBEvent.self, from: SampleFiles.data(name))
    }

    @Test func jetsSampleReadsImages() throws {
        let record = try event("jets-dynamodb-event").records[0]
        #expect(record.eventName == .modify)
        #expect(record.eventVersion == "1.1")
        #expect(record.dynamodb.newImage?["name"] == "Tung Nguyen")
        #expect(record.dynamodb.oldImage?["name"] == "Tung")
        #expect(record.dynamodb.streamViewType == .newAndOldImages)
        #expect(record.dynamodb.approximateCreationDateTime?.date()?.timeIntervalSince1970 == 1_550_272_599)
    }

    @Test func creationTimeFormsAllDecode() throws {
        func created(_ name: String) throws -> AWSTimestamp? {
            try event(name).records[0].dynamodb.approximateCreationDateTime
        }
        #expect(
            try created("variant-dynamodb-creation-time-float-exponent")?.date()?.timeIntervalSince1970 == 1_578_648_338
        )
        #expect(
            try created("variant-dynamodb-creation-time-float-trailing-zero")?.date()?.timeIntervalSince1970
                == 1_571_849_028)
        #expect(
            try created("variant-dynamodb-creation-time-milliseconds")?.date(unit: .milliseconds)?.timeIntervalSince1970
                == 1_704_153_600.123)
        #expect(try created("variant-dynamodb-creation-time-absent") == nil)
    }

    @Test func docSampleShortSequenceNumbersDecode() throws {
        let records = try event("variant-dynamodb-doc-sample-sequence-numbers").records
        #expect(records.map(\.dynamodb.sequenceNumber) == ["111", "222", "333"])
        #expect(records.map(\.eventName) == [.insert, .modify, .remove])
        #expect(records[0].dynamodb.keys["Id"]?.numberValue?.exactly(Int.self) == 101)
    }

    @Test func ttlDeletionCarriesTheServiceIdentity() throws {
        let record = try event("variant-dynamodb-ttl-remove").records[0]
        #expect(record.userIdentity == .ttlService)
        #expect(record.dynamodb.newImage == nil)
    }

    @Test func allAttributeTypesDecodeWithExactValues() throws {
        let image = try #require(try event("variant-dynamodb-all-attribute-types").records[0].dynamodb.newImage)
        #expect(image["tiny"]?.numberValue?.isValid == true)
        #expect(image["huge"]?.numberValue?.isValid == true)
        #expect(image["digits38"]?.numberValue?.text == "12345678901234567890123456789012345678")
        #expect(image["blob"]?.binaryValue == Array(stride(from: 0, to: 256, by: 7).map(UInt8.init)))
        #expect(image["emptyBlob"] == .binary([]))
        #expect(image["tags"] == .stringSet(["a", "b", ""]))
        #expect(image["blobs"] == .binarySet([[0, 1], [], [0xFF]]))
        #expect(image["nested"]?["a"]?[2] == .null)
        #expect(image["unicode"] == "Grüße, 世界 🌍")
    }

    @Test func kdsUserIdentityNullAbsentAndObjectStayDistinct() throws {
        func change(_ name: String) throws -> DynamoDBKinesisChangeRecord {
            try JSONDecoder().decode(DynamoDBKinesisChangeRecord.self, from: SampleFiles.data(name))
        }
        #expect(try change("contracts-B9-kds-change-record").userIdentity == .null)
        #expect(try change("variant-kds-change-record-user-identity-absent").userIdentity == nil)
        #expect(try change("variant-kds-change-record-microseconds-ttl-remove").userIdentity == .value(.ttlService))
        let micro = try change("variant-kds-change-record-microseconds-ttl-remove")
        #expect(
            micro.dynamodb.approximateCreationDateTime?.date(unit: .microseconds)?.timeIntervalSince1970
                == 1_704_153_600.123456)
    }

    @Test func openSetsKeepUnknownValues() throws {
        let json =
            #"{"eventID":"1","eventName":"UPSERT","eventVersion":"9.9","eventSource":"aws:dynamodb","awsRegion":"xx-moon-1","dynamodb":{"Keys":{},"StreamViewType":"EVERYTHING"}}"#
        let record = try JSONDecoder().decode(DynamoDBEventRecord.self, from: Data(json.utf8))
        #expect(record.eventName.rawValue == "UPSERT")
        #expect(!record.eventName.isKnown)
        #expect(record.awsRegion == "xx-moon-1")
        #expect(record.dynamodb.streamViewType?.rawValue == "EVERYTHING")
        let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(record))
        #expect(again == (try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))))
    }

    @Test func absentMembersAreNotWritten() throws {
        let record = DynamoDBStreamRecord(keys: ["pk": "a"])
        #expect(try sortedJSON(record) == #"{"Keys":{"pk":{"S":"a"}}}"#)
    }
}
