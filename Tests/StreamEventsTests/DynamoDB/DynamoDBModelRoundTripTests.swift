import Foundation
import StreamEvents
import Testing

/// Hand-built DynamoDB values survive encode → decode unchanged.
@Suite struct DynamoDBModelRoundTripTests {
    @Test func dynamoDBEventsRoundTrip() throws {
        var random = TestRandom(seed: 0xDD1)
        for iteration in 0..<200 {
            let event = random.dynamoDBEvent()
            #expect(try jsonRoundTrip(event) == event, "seed 0xDD1 iteration \(iteration)")
        }
    }

    @Test func streamRecordsKeepAbsentMembersAbsent() throws {
        var random = TestRandom(seed: 0xDD2)
        for _ in 0..<100 {
            let record = random.streamRecord()
            let decoded = try jsonRoundTrip(record)
            #expect(decoded == record)
            #expect((decoded.newImage == nil) == (record.newImage == nil))
            #expect((decoded.approximateCreationDateTime == nil) == (record.approximateCreationDateTime == nil))
        }
    }

    @Test func changeRecordsRoundTripWithTheirUserIdentityForm() throws {
        var random = TestRandom(seed: 0xDD3)
        for iteration in 0..<100 {
            let change = random.changeRecord()
            let decoded = try jsonRoundTrip(change)
            #expect(decoded == change, "seed 0xDD3 iteration \(iteration)")
            #expect(decoded.userIdentity == change.userIdentity)
        }
    }

    @Test func smallValuesRoundTrip() throws {
        #expect(try jsonRoundTrip(DynamoDBUserIdentity.ttlService) == .ttlService)
        #expect(try jsonRoundTrip(StreamViewType.knownValues) == StreamViewType.knownValues)
        #expect(try jsonRoundTrip(DynamoDBEventName.knownValues) == DynamoDBEventName.knownValues)
        #expect(StreamViewType.newAndOldImages.includesNewImage && StreamViewType.newAndOldImages.includesOldImage)
        #expect(!StreamViewType.keysOnly.includesNewImage && !StreamViewType.newImage.includesOldImage)
    }
}
