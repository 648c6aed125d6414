import StreamEvents
import StreamJSON
import Testing

@testable import StreamFixtures

/// The generators' fast paths against the plain definitions they replaced: event ids as 128 bits, decimals written
/// as bytes, integers through `String(Int)`, Kinesis data encoded straight into the output.
@Suite struct GenerationFastPathTests {
    @Test func eventIDBitsReadAsTheHexDigitsFastTextWrites() {
        for seed in 0..<200 {
            var bits = SeededRandom(seed: Seed(UInt64(seed)))
            var text = bits
            #expect(RecentEventIDs.Bits(using: &bits).text == FastText.hex(length: 32, using: &text))
            #expect(bits.next() == text.next())
        }
    }

    @Test func digestBitsReadAsHexString() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<200 {
            let digest = (0..<16).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(RecentEventIDs.Bits(digest: digest).text == hexString(digest))
        }
        #expect(RecentEventIDs.Bits(digest: [UInt8](repeating: 0, count: 16)).text == String(repeating: "0", count: 32))
    }

    @Test func aRepeatedIDIsDerivedFromItsSequenceNumber() {
        var ids = RecentEventIDs()
        let drawn = RecentEventIDs.Bits(low: 0, high: 0)
        let first = ids.unique(drawn, sequenceNumber: "100")
        #expect(first == String(repeating: "0", count: 32))
        let second = ids.unique(drawn, sequenceNumber: "101")
        #expect(second == hexString(MD5.digest(Array((first + ":101").utf8))))
        let third = ids.unique(drawn, sequenceNumber: "101")
        #expect(third == hexString(MD5.digest(Array((second + ":101").utf8))))
        #expect(Set([first, second, third]).count == 3)
    }

    /// The `String` edits `decimal(units:fractionDigits:)` used to make.
    static func referenceDecimal(units: Int, fractionDigits: Int) -> String {
        var value = units
        var digits = max(fractionDigits, 0)
        while digits > 0, value % 10 == 0 {
            value /= 10
            digits -= 1
        }
        if value == 0 { return "0" }
        var text = String(value.magnitude)
        if digits > 0 {
            if text.count <= digits { text = String(repeating: "0", count: digits - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        }
        return value < 0 ? "-" + text : text
    }

    @Test func decimalsAreWrittenAsTheStringEditsWroteThem() {
        var units = [Int.min, Int.max, -1, 1, 9, 10, 99, 100, 101, 12_345, -12_345, 20_000_000, -2_000_000]
        var random = SeededRandom(seed: 5)
        for _ in 0..<500 { units.append(random.int(in: -3_000_000...30_000_000)) }
        for unit in units {
            for digits in 0...6 {
                let number = RandomAttributeValues.decimal(units: unit, fractionDigits: digits)
                #expect(number.text == Self.referenceDecimal(units: unit, fractionDigits: digits), "\(unit) \(digits)")
                #expect(number.isValid || unit == Int.min || unit == Int.max)
            }
        }
    }

    @Test func integersAreWrittenAsTheirDescription() {
        for value in [Int.min, -1_000_001, -101, -100, 0, 1_000, 1_001, 1_704_067_200, Int.max] {
            #expect(FastText.number(value).text == DynamoDBNumber(value).text)
            #expect(FastText.number(value) == DynamoDBNumber(value))
            #expect(FastText.number(Int64(value)).text == DynamoDBNumber(Int64(value)).text)
        }
    }

    /// Data encoded into the output writes what the events every public API returns write.
    @Test(arguments: [KinesisPayloadStyle.json, .text, .bytes, .mixed])
    func kinesisDraftsWriteWhatFilledEventsWrite(payload: KinesisPayloadStyle) throws {
        for windowSeconds in [nil, 30] as [Int?] {
            let options = KinesisOptions(
                count: 6, records: 25, shards: 3, payload: payload, aggregationShare: 0.5, windowSeconds: windowSeconds)
            var drafts = 0
            var events = KinesisEvent.generate(options, seed: 9).makeIterator()
            try KinesisEvent.generateDrafts(options, payload: nil, seed: 9) { (draft: KinesisEventDraft) throws in
                let filled = draft.filled
                let encoded = try StreamJSONEncoder().encode(filled)
                #expect(draft.compactJSON() == filled.compactJSON())
                #expect(filled.compactJSON() == encoded)
                #expect(filled == events.next())
                #expect(draft.event.records.allSatisfy { $0.kinesis.data.isEmpty })
                drafts += 1
            }
            #expect(drafts == 6)
        }
    }
}
