import Foundation
import StreamEvents
import Testing

/// Hand-built Kinesis values survive encode → decode unchanged.
@Suite struct KinesisModelRoundTripTests {
    @Test func kinesisEventsRoundTrip() throws {
        var random = TestRandom(seed: 0x4B1)
        for iteration in 0..<200 {
            let event = random.kinesisEvent()
            #expect(try jsonRoundTrip(event) == event, "seed 0x4B1 iteration \(iteration)")
        }
    }

    @Test func recordsAndPayloadsRoundTripOnTheirOwn() throws {
        var random = TestRandom(seed: 0x4B2)
        for _ in 0..<50 {
            let record = random.kinesisRecord()
            #expect(try jsonRoundTrip(record) == record)
            #expect(try jsonRoundTrip(record.kinesis) == record.kinesis)
        }
    }

    @Test func openValuesRoundTrip() throws {
        #expect(try jsonRoundTrip([KinesisEncryptionType.kms, "NEW"]) == [.kms, "NEW"])
        #expect(try jsonRoundTrip([AWSRegion.apSoutheast4, "xx-moon-1"]) == [.apSoutheast4, "xx-moon-1"])
        #expect(AWSRegion.cnNorth1.partition == "aws-cn")
        #expect(AWSRegion.usGovWest1.partition == "aws-us-gov")
        #expect(AWSRegion.euWest1.partition == "aws")
    }

    @Test func changingAFieldChangesEquality() {
        var random = TestRandom(seed: 0x4B3)
        let record = random.kinesisRecord()
        var other = record
        other.kinesis.partitionKey += "x"
        #expect(other != record)
    }
}
