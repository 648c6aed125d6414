import Foundation
import StreamEvents
import Testing

@Suite struct DynamoDBItemSizeTests {
    // MARK: Numbers

    @Test(arguments: [
        ("0", 1), ("-0", 1), ("0.000", 1), ("0E+5", 1),
        ("1", 2), ("9", 2), ("10", 2), ("99", 2), ("100", 2), ("1000", 2), ("1E+10", 2), ("1E+11", 2),
        ("101", 3), ("1001", 3), ("10001", 4), ("12345", 4),
        ("12.5", 3), ("1.5", 3), ("0.5", 2), ("0.05", 2), ("0.005", 2), ("0.0012", 2), ("100.5", 4),
        ("-1", 3), ("-12.5", 4), ("-0.5", 3),
        ("1E-130", 2), ("-1E-130", 3), ("1E-129", 2), ("1.1E-129", 2), ("1.1E-130", 3),
        ("+1.50E2", 3), (".5", 2), ("5.", 2),
    ])
    func numberSizeFollowsTheDigitPairRule(text: String, expected: Int) {
        #expect(DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: text)) == expected, "N \(text)")
    }

    @Test func thirtyEightDigitNumbersCostTwentyOrTwentyOneBytes() {
        let digits = "12345678901234567890123456789012345678"
        // 38 digits aligned on the point: 19 pairs.
        #expect(DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: digits)) == 20)
        #expect(DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: "-" + digits)) == 21)
        // One digit before the point: the pairs split as 1|23|…|78 → 20 pairs.
        let shifted = "1." + digits.dropFirst()
        #expect(DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: shifted)) == 21)
        // Negative and split: 22 by the rule, capped at 21.
        #expect(DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: "-" + shifted)) == 21)
        #expect(
            DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: "9.9999999999999999999999999999999999999E+125")) == 20)
    }

    @Test func numberSizeIgnoresHowTheTextIsWritten() {
        let forms = ["1500", "1.5E3", "+1500", "1500.000", "0001500", "15e2"]
        let sizes = forms.map { DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: $0)) }
        #expect(sizes.allSatisfy { $0 == 2 }, "\(sizes)")
    }

    @Test func textThatIsNotANumberHasNoSize() {
        #expect(DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: "12a")) == nil)
        #expect(DynamoDBItemSize.size(of: AttributeValue.numberSet(["1", "x"])) == nil)
        #expect(DynamoDBItemSize.size(of: ["a": ["b": .list([.number("--1")])]] as AttributeMap) == nil)
        #expect(DynamoDBItemSize.streamRecordSize(keys: ["k": "v"], newImage: ["n": .number("")], oldImage: nil) == nil)
    }

    // MARK: Other types

    @Test func scalarsCountTheirBytes() {
        #expect(DynamoDBItemSize.size(of: AttributeValue.string("")) == 0)
        #expect(DynamoDBItemSize.size(of: AttributeValue.string("Grüße 🌍")) == 12)
        #expect(DynamoDBItemSize.size(of: AttributeValue.binary([1, 2, 3])) == 3)
        #expect(DynamoDBItemSize.size(of: AttributeValue.bool(false)) == 1)
        #expect(DynamoDBItemSize.size(of: AttributeValue.null) == 1)
    }

    @Test func setsSumTheirElements() {
        #expect(DynamoDBItemSize.size(of: AttributeValue.stringSet(["a", "bc", ""])) == 3)
        #expect(DynamoDBItemSize.size(of: AttributeValue.numberSet(["1", "-12.5", "0"])) == 2 + 4 + 1)
        #expect(DynamoDBItemSize.size(of: AttributeValue.binarySet([[1], [], [1, 2, 3]])) == 4)
    }

    @Test func documentsAddThreeBytesAndOnePerMember() {
        #expect(DynamoDBItemSize.size(of: AttributeValue.map([:])) == 3)
        #expect(DynamoDBItemSize.size(of: AttributeValue.list([])) == 3)
        // M: 3 + (1 + 1 + 1) + (2 + 2 + 1)
        #expect(DynamoDBItemSize.size(of: ["a": "x", "bb": 10] as AttributeValue) == 11)
        // L: 3 + (1 + 1) + (1 + 1) + (3 + 1)
        #expect(DynamoDBItemSize.size(of: ["x", true, .map([:])] as AttributeValue) == 11)
        // Nested: the inner list is 3 + (2 + 1) = 6, the outer map 3 + (1 + 6 + 1) = 11.
        #expect(DynamoDBItemSize.size(of: ["l": [1]] as AttributeValue) == 11)
    }

    @Test func itemsAddNamesWithoutOverhead() {
        #expect(DynamoDBItemSize.size(of: [:] as AttributeMap) == 0)
        #expect(DynamoDBItemSize.size(of: ["naïve": "é"] as AttributeMap) == 6 + 2)
    }

    // MARK: Verified samples (EventContract §B.6, §B.11)

    /// The Lambda developer guide's (and SAM's) DynamoDB example: one item inserted, changed, removed.
    @Test func lambdaGuideInsertModifyRemoveSizesMatch() {
        let keys: AttributeMap = ["Id": .number("101")]
        let first: AttributeMap = ["Message": "New item!", "Id": .number("101")]
        let second: AttributeMap = ["Message": "This item has changed", "Id": .number("101")]
        #expect(DynamoDBItemSize.streamRecordSize(keys: keys, newImage: first, oldImage: nil) == 26)
        #expect(DynamoDBItemSize.streamRecordSize(keys: keys, newImage: second, oldImage: first) == 59)
        #expect(DynamoDBItemSize.streamRecordSize(keys: keys, newImage: nil, oldImage: second) == 38)
    }

    /// The AWS CLI `dynamodbstreams get-records` example (three records, `Music` table).
    @Test func cliGetRecordsExampleSizesMatch() {
        func song(_ artist: String, _ title: String, album: String, awards: String) -> (AttributeMap, AttributeMap) {
            (
                ["Artist": .string(artist), "SongTitle": .string(title)],
                [
                    "AlbumTitle": .string(album), "Artist": .string(artist),
                    "Awards": .number(DynamoDBNumber(unchecked: awards)),
                    "SongTitle": .string(title),
                ]
            )
        }
        let (keys1, image1) = song("No One You Know", "Call Me Today", album: "Somewhat Famous", awards: "1")
        #expect(DynamoDBItemSize.streamRecordSize(keys: keys1, newImage: image1, oldImage: nil) == 119)
        let (keys2, image2) = song("Acme Band", "Happy Day", album: "Songs About Life", awards: "10")
        #expect(DynamoDBItemSize.streamRecordSize(keys: keys2, newImage: image2, oldImage: nil) == 100)
        let (_, image3) = song("Acme Band", "Happy Day", album: "Updated Album Title", awards: "10")
        #expect(DynamoDBItemSize.streamRecordSize(keys: keys2, newImage: image3, oldImage: image2) == 170)
    }

    /// A real Kinesis Data Streams for DynamoDB record captured by Powertools for AWS Lambda (TypeScript).
    @Test func powertoolsKinesisCaptureSizeMatches() {
        let keys: AttributeMap = ["id": "record-1qit2y819gi"]
        let image: AttributeMap = ["id": "record-1qit2y819gi", "data": "data-x6aq7ckdpgk"]
        #expect(DynamoDBItemSize.streamRecordSize(keys: keys, newImage: image, oldImage: nil) == 60)
    }

    /// §B.11's minimal MODIFY record and the Jets sample, read from the bundled sample files.
    @Test(arguments: ["contracts-B11-dynamodb-minimal", "jets-dynamodb-event"])
    func sampleFileSizeBytesMatch(name: String) throws {
        let event = try JSONDecoder().decode(DynamoDBEvent.self, from: SampleFiles.data(name))
        for record in event.records {
            let computed = DynamoDBItemSize.streamRecordSize(of: record.dynamodb)
            #expect(computed != nil)
            #expect(computed == record.dynamodb.sizeBytes, "\(name) \(record.eventID)")
        }
    }
}
