import Foundation
import Testing

@testable import StreamEvents

@Suite struct KinesisSequenceNumberTests {
    struct RealSample: Sendable, CustomStringConvertible {
        var decimal: String
        var shardIndex: UInt32
        var shardCreationSeconds: UInt32
        var sequenceIndex: UInt64
        var arrivalSeconds: UInt32
        /// The record's `approximateArrivalTimestamp` where the source shows one.
        var approximateArrivalTimestamp: Double?
        var description: String { decimal }
    }

    /// Sequence numbers from the EventContract article (§A.9, §A.6) and the real captures in Tests/StreamContractsTests/Seeds/.
    static let realSamples: [RealSample] = [
        // §A.9: shard 3, shard created 2024-01-01T00:00:00Z, arrival 2024-01-02T00:00:00Z.
        RealSample(
            decimal: "49647888802629322072519528340475047711767296381468803122", shardIndex: 3,
            shardCreationSeconds: 1_704_067_200, sequenceIndex: 42, arrivalSeconds: 1_704_153_600,
            approximateArrivalTimestamp: 1_704_153_600.123),
        // §A.6 endSequenceNumber: the next record of the same shard, one second later.
        RealSample(
            decimal: "49647888802629322072519528340476256637586911079362986034", shardIndex: 3,
            shardCreationSeconds: 1_704_067_200, sequenceIndex: 43, arrivalSeconds: 1_704_153_601),
        // Lambda developer guide example (seeds/001), shardId-000000000006, 2018-12-17T22:10:50Z.
        RealSample(
            decimal: "49590338271490256608559692538361571095921575989136588898", shardIndex: 6,
            shardCreationSeconds: 1_542_776_258, sequenceIndex: 1_734_642_199, arrivalSeconds: 1_545_084_650,
            approximateArrivalTimestamp: 1_545_084_650.987),
        RealSample(
            decimal: "49590338271490256608559692540925702759324208523137515618", shardIndex: 6,
            shardCreationSeconds: 1_542_776_258, sequenceIndex: 1_734_644_320, arrivalSeconds: 1_545_084_709,
            approximateArrivalTimestamp: 1_545_084_711.166),
        // Jets Kinesis event capture (seeds/000), shardId-000000000000.
        RealSample(
            decimal: "49593016666855735301798073856083438124424404568371101698", shardIndex: 0,
            shardCreationSeconds: 1_550_282_721, sequenceIndex: 3470, arrivalSeconds: 1_550_289_188,
            approximateArrivalTimestamp: 1_550_289_189.474),
    ]

    @Test(arguments: realSamples)
    func decomposesRealSequenceNumbers(sample: RealSample) throws {
        let number = try #require(KinesisSequenceNumber(decimal: sample.decimal))
        #expect(number.shardIndex == sample.shardIndex)
        #expect(number.shardCreationSeconds == sample.shardCreationSeconds)
        #expect(number.sequenceIndex == sample.sequenceIndex)
        #expect(number.arrivalSeconds == sample.arrivalSeconds)
        #expect(number.reservedByte == 0)
        if let timestamp = sample.approximateArrivalTimestamp {
            #expect(abs(Double(number.arrivalSeconds) - timestamp) < 3)
        }
    }

    @Test(arguments: realSamples)
    func composesRealSequenceNumbersFromTheirFields(sample: RealSample) {
        let number = KinesisSequenceNumber(
            shardCreationSeconds: sample.shardCreationSeconds, shardIndex: sample.shardIndex,
            sequenceIndex: sample.sequenceIndex, arrivalSeconds: sample.arrivalSeconds)
        #expect(number.decimal == sample.decimal)
    }

    @Test func decodesTheContractExampleToItsDocumentedDates() throws {
        let number = try #require(
            KinesisSequenceNumber(decimal: "49647888802629322072519528340475047711767296381468803122"))
        let formatter = ISO8601DateFormatter()
        #expect(
            formatter.string(from: Date(timeIntervalSince1970: Double(number.shardCreationSeconds)))
                == "2024-01-01T00:00:00Z")
        #expect(
            formatter.string(from: Date(timeIntervalSince1970: Double(number.arrivalSeconds)))
                == "2024-01-02T00:00:00Z")
    }

    @Test func alwaysComposes56DigitsThatDecomposeBack() {
        let extremes = [
            KinesisSequenceNumber(shardCreationSeconds: 0, shardIndex: 0, sequenceIndex: 0, arrivalSeconds: 0),
            KinesisSequenceNumber(
                shardCreationSeconds: .max, shardIndex: .max, sequenceIndex: .max, arrivalSeconds: .max,
                reservedByte: .max),
            KinesisSequenceNumber(
                shardCreationSeconds: 1_704_067_200, shardIndex: 1234, sequenceIndex: 1 << 40,
                arrivalSeconds: 1_704_153_600, reservedByte: 7),
        ]
        for number in extremes {
            #expect(number.decimal.count == 56)
            #expect(KinesisSequenceNumber(decimal: number.decimal) == number)
        }
    }

    @Test func growsWithTheSequenceIndexWithinAShard() {
        var number = KinesisSequenceNumber(
            shardCreationSeconds: 1_704_067_200, shardIndex: 3, sequenceIndex: 42, arrivalSeconds: 1_704_153_600)
        let first = number
        number.sequenceIndex += 1
        #expect(first < number)
        #expect(KinesisSequenceNumber.compare(first.decimal, number.decimal) == -1)
    }

    @Test(arguments: [
        "49545115243490985018280067714973144582180062593244200961",  // SAM default: the older "version 1" layout
        "4964788880262932207251952834047504771176729638146880312",  // 55 digits
        "496478888026293220725195283404750477117672963814688031220",  // 57 digits
        "04964788880262932207251952834047504771176729638146880312",  // leading zero
        "4964788880262932207251952834047504771176729638146880312x",
        "",
        "111",
    ])
    func rejectsNumbersOutsideTheVersion2Layout(decimal: String) {
        #expect(KinesisSequenceNumber(decimal: decimal) == nil)
    }

    @Test func rejectsDisagreeingShardIndexCopies() throws {
        let valid = try #require(UInt256(decimal: "49647888802629322072519528340475047711767296381468803122"))
        #expect(KinesisSequenceNumber(valid) != nil)
        let flippedNibble = valid.subtractingReportingOverflow(UInt256(1) << 144).partialValue  // nibble 3 → 2
        #expect(KinesisSequenceNumber(flippedNibble) == nil)
        let wrongVersion = valid.addingReportingOverflow(UInt256(1)).partialValue  // trailing nibble 2 → 3
        #expect(KinesisSequenceNumber(wrongVersion) == nil)
    }

    @Test func codesAsADecimalString() throws {
        let text = "49647888802629322072519528340475047711767296381468803122"
        let number = try #require(KinesisSequenceNumber(decimal: text))
        let json = try JSONEncoder().encode([number])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(text)\"]")
        #expect(try JSONDecoder().decode([KinesisSequenceNumber].self, from: json) == [number])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([KinesisSequenceNumber].self, from: Data(#"["111"]"#.utf8))
        }
    }

    @Test(arguments: [
        ("1", "2", -1), ("2", "1", 1), ("10", "9", 1), ("0009", "9", 0), ("0", "", 0), ("000", "0", 0),
        ("111", "110", 1),
        (
            "49647888802629322072519528340475047711767296381468803122",
            "49647888802629322072519528340476256637586911079362986034", -1
        ),
        (
            "49647888802629322072519528340475047711767296381468803122",
            "4964788880262932207251952834047504771176729638146880312", 1
        ),
    ])
    func comparesDecimalStringsAsIntegers(lhs: String, rhs: String, expected: Int) {
        #expect(KinesisSequenceNumber.compare(lhs, rhs) == expected)
        #expect(KinesisSequenceNumber.compare(Array(rhs.utf8), Array(lhs.utf8)) == -expected)
        // The slice overload (slices that do not start at 0) and the generic byte loop (a lazy view has no
        // contiguous storage) agree with the buffer comparison.
        let left = Array(("x" + lhs + "y").utf8).dropFirst().dropLast()
        let right = Array(("x" + rhs + "y").utf8).dropFirst().dropLast()
        #expect(KinesisSequenceNumber.compare(left, right) == expected)
        #expect(KinesisSequenceNumber.compare(right, left) == -expected)
        #expect(KinesisSequenceNumber.compare(lhs.utf8.lazy.map { $0 }, rhs.utf8.lazy.map { $0 }) == expected)
    }
}
