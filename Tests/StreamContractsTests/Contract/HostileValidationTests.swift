import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

/// Hostile documents through the whole validator (capture reader, schema, rules): every document ends in a
/// result with exact diagnostics, in time linear in its size, without a trap or a deep recursion.
@Suite(.timeLimit(.minutes(1))) struct HostileValidationTests {
    static let validator: ContractValidator? = try? ContractValidator()

    private func report(_ text: String) throws -> [DocumentReport] {
        try #require(Self.validator).validate(capture: Array(text.utf8), source: "hostile").documents
    }

    private func findings(_ text: String) throws -> [String] {
        try report(text).flatMap(\.diagnostics).map {
            "\($0.rule) \($0.pointer.description) \($0.location.map(\.description) ?? "-"): \($0.message)"
        }
    }

    static let kinesisRecord = #"""
        {"kinesis": {"kinesisSchemaVersion": "1.0", "partitionKey": "order-1",
        "sequenceNumber": "49647888802629322072519528340475047711767296381468803122",
        "data": "eyJvcmRlcklkIjoiby0xIiwiYW1vdW50IjoxMi41fQ==", "approximateArrivalTimestamp": 1704153600.123},
        "eventSource": "aws:kinesis", "eventVersion": "1.0",
        "eventID": "shardId-000000000003:49647888802629322072519528340475047711767296381468803122",
        "eventName": "aws:kinesis:record", "invokeIdentityArn": "arn:aws:iam::111122223333:role/orders-consumer-role",
        "awsRegion": "us-east-1", "eventSourceARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders"}
        """#

    static let dynamodbEvent = #"""
        {"Records": [{"eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c", "eventName": "MODIFY", "eventVersion": "1.1",
        "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
        "dynamodb": {"ApproximateCreationDateTime": 1704153600, "Keys": {"pk": {"S": "order#1"}},
        "NewImage": {"pk": {"S": "order#1"}, "total": {"N": "12.5"}, "tags": {"SS": ["a", "b"]}},
        "OldImage": {"pk": {"S": "order#1"}, "total": {"N": "10"}},
        "SequenceNumber": "700000000000000000001", "SizeBytes": 48, "StreamViewType": "NEW_AND_OLD_IMAGES"},
        "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"}]}
        """#

    @Test func theBaseDocumentsAreValid() throws {
        #expect(try findings(#"{"Records": ["# + Self.kinesisRecord + "]}") == [])
        #expect(try findings(Self.dynamodbEvent) == [])
    }

    // MARK: - Nesting

    @Test func nestingAtTheParserLimitIsValidatedWithoutDeepRecursionTrouble() throws {
        // Records › record › kinesis › extra member: 3 levels, then 996 arrays: 999 < 1,000.
        let deep = String(repeating: "[", count: 996) + String(repeating: "]", count: 996)
        let text =
            #"{"Records": ["#
            + Self.kinesisRecord.replacingOccurrences(
                of: #""partitionKey": "order-1","#, with: #""partitionKey": "order-1", "extra": \#(deep),"#) + "]}"
        let actual = try findings(text)
        #expect(
            actual == [
                "contract.unknown-member /Records/0/kinesis/extra 1:85: member \"extra\" is not in the contract of "
                    + "KinesisRecordPayload (AWS may have added it since); known members: approximateArrivalTimestamp, "
                    + "data, encryptionType, kinesisSchemaVersion, partitionKey, sequenceNumber"
            ])
    }

    @Test func nestingBeyondTheParserLimitIsOneUnreadableDocument() throws {
        let text =
            #"{"Records": [{"kinesis": {"data": "# + String(repeating: #"{"a": "#, count: 100_000) + "1"
            + String(repeating: "}", count: 100_000) + "}}]}"
        let actual = try findings(text)
        #expect(actual == ["capture.invalid-json  1:6011: nesting is deeper than the limit of 1000 arrays and objects"])
    }

    @Test func attributeValuesNestedBeyondDynamoDBsLimitAreReportedOnceAtTheLimit() throws {
        // 40 levels of M below NewImage.deep: the first value 33 levels down is reported, nothing deeper is walked.
        let nested =
            String(repeating: #"{"M": {"n": "#, count: 40) + #"{"S": "x"}"# + String(repeating: "}}", count: 40)
        let text = Self.dynamodbEvent.replacingOccurrences(
            of: #""tags": {"SS": ["a", "b"]}"#, with: #""tags": {"SS": ["a", "b"]}, "deep": \#(nested)"#
        ).replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 253"#)
        let actual = try findings(text)
        #expect(
            actual == [
                "dynamodb.nesting-depth /Records/0/dynamodb/NewImage/deep" + String(repeating: "/M/n", count: 33)
                    + " 4:494: this attribute value is nested 33 levels deep; DynamoDB supports at most 32 levels of "
                    + "nested attributes"
            ])
    }

    @Test func attributeValuesNestedAHundredThousandLevelsAreUnreadableNotACrash() throws {
        let nested = String(repeating: #"{"L": ["#, count: 100_000) + String(repeating: "]}", count: 100_000)
        let text = Self.dynamodbEvent.replacingOccurrences(of: #"{"N": "12.5"}"#, with: nested)
        let actual = try findings(text)
        // The broken value is reported where the parser gave up; the reader then reads the lines after it as log
        // text (never dropping a payload attempt), which finds a second cut-off value and the OldImage object — not
        // a payload, so counted as other, not an error.
        #expect(
            actual.first == "capture.invalid-json  4:3532: nesting is deeper than the limit of 1000 arrays and objects")
        #expect(actual.count == 2)
        #expect(try #require(Self.validator).validate(capture: Array(text.utf8), source: "hostile").summary.other == 1)
    }

    // MARK: - Width

    @Test func twoThousandRepeatsOfOneMemberNameAreEachReportedInLinearTime() throws {
        let repeats = String(repeating: #""x": 1, "#, count: 2_000)
        let text =
            #"{"Records": ["#
            + Self.kinesisRecord.replacingOccurrences(
                of: #""eventSource": "aws:kinesis","#, with: #""eventSource": "aws:kinesis", \#(repeats)"#) + "]}"
        let diagnostics = try report(text).flatMap(\.diagnostics)
        let duplicates = diagnostics.filter { $0.rule == "json.duplicate-member" }
        #expect(duplicates.count == 1_999)
        #expect(
            duplicates.last.map { "\($0.pointer.description) \($0.location?.description ?? "-")" }
                == "/Records/0/x 4:16023")
    }

    @Test func aBatchOfTenThousandBrokenRecordsGetsOneFindingPerRecordInLinearTime() throws {
        let broken = Self.kinesisRecord.replacingOccurrences(of: #""eventVersion": "1.0""#, with: #""eventVersion": 1"#)
        let text = #"{"Records": ["# + Array(repeating: broken, count: 10_000).joined(separator: ",") + "]}"
        let diagnostics = try report(text).flatMap(\.diagnostics)
        let types = diagnostics.filter { $0.rule == "schema.type" }
        #expect(types.count == 10_000)
        #expect(types.last?.pointer.description == "/Records/9999/eventVersion")
        // The copies repeat one sequence number: each record after the first is reported once for that too.
        #expect(diagnostics.count - types.count == 9_999)
        #expect(Set(diagnostics.map(\.rule)) == ["schema.type", "batch.sequence-numbers-increasing"])
    }

    // MARK: - Numbers

    @Test func hugeAndLongNumbersAreCheckedAsTextWithoutOverflow() throws {
        let sixty = String(repeating: "1234567890", count: 6)
        let cases = [
            ("1e999999", "infinity s after"), (sixty, "1.2345678901234567e+59 s after"),
            ("-1e99999999999999999999999", "infinity s before"), ("1e-99999999999999999999", "1704153600 s before"),
        ]
        for (number, skew) in cases {
            let text =
                #"{"Records": ["#
                + Self.kinesisRecord.replacingOccurrences(
                    of: "1704153600.123", with: number) + "]}"
            let actual = try findings(text)
            #expect(
                actual == [
                    "kinesis.sequence-number-arrival /Records/0/kinesis/approximateArrivalTimestamp 3:88: arrival "
                        + "timestamp \(number) is \(skew) the arrival second 1704153600 encoded in the record's sequence "
                        + "number (tolerance 5 s)"
                ])
        }
    }

    @Test func aSixtyDigitDynamoDBNumberIsRejectedWithThe38DigitMessage() throws {
        let sixty = String(repeating: "1234567890", count: 6)
        let text = Self.dynamodbEvent.replacingOccurrences(of: #"{"N": "12.5"}"#, with: #"{"N": "\#(sixty)"}"#)
            .replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 66"#)
        let actual = try findings(text)
        #expect(
            actual == [
                "dynamodb.number-range /Records/0/dynamodb/NewImage/total/N 4:53: \"\(sixty)\" has 59 significant "
                    + "digits; DynamoDB numbers have at most 38"
            ])
    }

    @Test func hugeSizeBytesIsADiagnosticNotATrap() throws {
        for size in ["1e999999", String(repeating: "9", count: 60), "9223372036854775808"] {
            let text = Self.dynamodbEvent.replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": \#(size)"#)
            let actual = try findings(text)
            #expect(
                actual == [
                    "dynamodb.size-bytes /Records/0/dynamodb/SizeBytes 6:57: SizeBytes is \(size), but Keys (9), NewImage "
                        + "(23) and OldImage (16) come to 48 bytes by DynamoDB's item-size rules (EventContract §B.6)"
                ])
        }
        let negative = try findings(
            Self.dynamodbEvent.replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": -1e999999"#))
        #expect(
            negative == [
                "schema.minimum /Records/0/dynamodb/SizeBytes 6:57: expected a number at least 1, found -1e999999"
            ])
    }

    // MARK: - Base64

    /// Decision: AWS never sends whitespace inside `kinesis.data`, so the contract rejects it (a schema finding
    /// naming the base64 pattern), unlike a capture's `awslogs.data`, which may have been wrapped when pasted.
    @Test func kinesisDataWithWhitespaceOrNewlinesIsNotBase64() throws {
        for data in [
            #"eyJvcmRlcklkIjoiby0x\nIiwiYW1vdW50IjoxMi41fQ=="#, "eyJvcmRl cklkIjoiby0xIiwiYW1vdW50IjoxMi41fQ==",
        ] {
            let text =
                #"{"Records": ["#
                + Self.kinesisRecord.replacingOccurrences(
                    of: "eyJvcmRlcklkIjoiby0xIiwiYW1vdW50IjoxMi41fQ==", with: data) + "]}"
            let actual = try findings(text)
            #expect(
                actual == [
                    "schema.pattern /Records/0/kinesis/data 3:9: expected a string matching "
                        + "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$, found \"\(data)\""
                ])
        }
    }
}
