import StreamContracts
import StreamJSON
import Testing

/// One capture file per container format, each mixing valid events, broken ones and unreadable forms.
/// Every result is pinned as `line:column containers verdict`, plus the counts.
@Suite struct CaptureContainerTests {
    private func check(
        _ name: String, counts: CaptureCounts, _ expected: [String], options: CaptureReaderOptions = .init()
    ) throws {
        let documents = try CaptureFixtures.read(name, options: options)
        #expect(CaptureCounts(documents) == counts, "\(name)")
        #expect(documents.map(\.summary) == expected, "\(name)")
        #expect(documents.allSatisfy { $0.source == name })
    }

    @Test func prettyPrintedJSONFileIsOneDocument() throws {
        try check("kinesis-event.json", counts: .init(found: 1, readable: 1, unreadable: 0), ["1:1 json-file ok"])
        let document = try #require(try CaptureFixtures.read("kinesis-event.json").first?.document)
        #expect(document.root["Records"]?[0]?["eventSource"]?.stringValue == "aws:kinesis")
    }

    @Test func everyElementOfATopLevelArrayIsClassifiedOnItsOwn() throws {
        try check(
            "events-array.json", counts: .init(found: 2, readable: 2, unreadable: 0),
            ["2:3 json-file/json-array-element ok", "22:3 json-file/json-array-element ok"])
        let documents = try CaptureFixtures.read("events-array.json")
        #expect(documents.map(\.originPath) == ["/0", "/1"])
        // A logged `event.Records` is a list too: each record is a value of its own (the validator reports it).
        try check(
            "records-array.json", counts: .init(found: 1, readable: 1, unreadable: 0),
            ["2:3 json-file/json-array-element ok"])
    }

    @Test func brokenAndTruncatedJSONFilesAreUnreadableWithTheirLocation() throws {
        try check(
            "broken.json", counts: .init(found: 2, readable: 1, unreadable: 1),
            ["1:1 json-file invalid-json @11:7", "21:1 json-file ok"])
        try check(
            "truncated.json", counts: .init(found: 1, readable: 0, unreadable: 1), ["1:1 json-file truncated-json @9:9"]
        )
    }

    @Test func jsonLinesMixValidTruncatedReprAndInvalidUTF8() throws {
        try check(
            "mixed.jsonl", counts: .init(found: 7, readable: 4, unreadable: 3),
            [
                "1:1 json-lines ok", "2:1 json-lines ok", "4:1 json-lines truncated-json @4:96", "5:1 json-lines ok",
                "6:1 text-log python-repr @6:2", "7:1 json-lines invalid-utf8 @7:29", "9:1 json-lines ok",
            ])
    }

    @Test func nodeTextLogStripsPrefixesJoinsLinesAndReportsInspectOutput() throws {
        try check(
            "node-text.log", counts: .init(found: 6, readable: 3, unreadable: 3),
            [
                "2:68 text-log/node-text-log ok",
                "3:68 text-log/node-text-log node-inspect @3:70",
                "4:84 text-log/node-text-log/joined-lines ok",
                "25:69 text-log/node-text-log truncated-json @25:183",
                "26:68 text-log/node-text-log/joined-lines ok",
                "71:68 text-log/node-text-log/joined-lines node-inspect @72:3",
            ])
        let documents = try CaptureFixtures.read("node-text.log")
        // `Received event: {` + the 19 further lines of JSON.stringify(event, null, 2).
        #expect(documents[2].joinedLines == 20)
        // The stdout fallback writes the event with lone CR line ends: 45 lines joined.
        #expect(documents[4].joinedLines == 45)
        #expect(documents[4].document?.root["Records"]?[0]?["eventName"]?.stringValue == "MODIFY")
    }

    @Test func pythonTextLogWithByteOrderMarkJoinsPrintedJSONAndGivesUpAtTheNextEntry() throws {
        try check(
            "python-text.log", counts: .init(found: 5, readable: 2, unreadable: 3),
            [
                "2:70 text-log/python-text-log ok",
                "3:1 text-log/joined-lines ok",
                "23:1 text-log python-repr @23:2",
                "24:77 text-log/python-text-log python-repr @24:78",
                "25:1 text-log/joined-lines truncated-json @33:20",
            ])
        let documents = try CaptureFixtures.read("python-text.log")
        // The BOM occupies bytes 0-2 but no column.
        #expect(documents[0].location.offset > 3)
        let fragment = try #require(documents[4].unreadable)
        #expect(fragment.message.contains("was still open when a new log entry began"))
        #expect(documents[4].joinedLines == 9)
    }

    @Test func jetsLabelsAreStrippedAndRubyInterpolationIsNotJSON() throws {
        try check(
            "jets.log", counts: .init(found: 4, readable: 3, unreadable: 1),
            [
                "3:7 text-log/jets-prefix ok",
                "4:15 text-log/jets-prefix/json-array-element ok",
                "5:7 text-log/jets-prefix/joined-lines invalid-json @6:1",
                "8:1 text-log/joined-lines ok",
            ])
    }

    @Test func filterLogEventsOutputIsStreamedAndJoinsMessagesPerLogStream() throws {
        try check(
            "filter-log-events.json", counts: .init(found: 4, readable: 2, unreadable: 2),
            [
                "13:24 json-file/aws-logs-events/node-text-log ok",
                "55:24 json-file/aws-logs-events/node-text-log node-inspect @55:24",
                "27:24 json-file/aws-logs-events/text-log/joined-lines ok",
                "83:24 json-file/aws-logs-events/node-text-log truncated-json @83:24",
            ])
        let documents = try CaptureFixtures.read("filter-log-events.json")
        #expect(documents.allSatisfy { $0.mapping == .enclosingString })
        #expect(documents[0].originPath == "/events/1/message")
        // Stream B's pretty-printed event spans 45 messages, interleaved with stream A's.
        #expect(documents[2].joinedLines == 45)
        #expect(documents[2].originPath == "/events/3/message")
    }

    @Test func getLogEventsOnOneLineIsOpenedToo() throws {
        try check(
            "get-log-events.json", counts: .init(found: 2, readable: 1, unreadable: 1),
            [
                "1:156 json-file/aws-logs-events/node-text-log ok",
                "1:1056 json-file/aws-logs-events/python-text-log python-repr @1:1056",
            ])
    }

    @Test func lambdaJSONLogMessagesAreOpenedAndOtherRecordsAreValuesOfTheirOwn() throws {
        // Telemetry (`platform.*`) and a message without JSON are values the validator counts as `other`.
        try check(
            "lambda-json.log", counts: .init(found: 9, readable: 7, unreadable: 2),
            [
                "1:1 json-lines ok", "2:1 json-lines ok",
                "3:117 json-lines/lambda-json-log-object ok",
                "4:62 json-lines/lambda-json-log-string ok",
                "5:62 json-lines/lambda-json-log-string/text-log python-repr @5:62",
                "6:117 json-lines/lambda-json-log-string/text-log/joined-lines ok",
                "7:1 json-lines ok", "8:1 json-lines ok",
                "9:1 json-lines truncated-json @9:141",
            ])
        let documents = try CaptureFixtures.read("lambda-json.log")
        // A message object is a verbatim slice of the line; a message string is not.
        #expect(documents[2].mapping == .verbatim)
        #expect(documents[3].mapping == .enclosingString)
    }

    @Test func subscriptionPayloadIsDecodedAndEachLogEventScanned() throws {
        try check(
            "subscription.json", counts: .init(found: 3, readable: 2, unreadable: 1),
            [
                "3:13 json-file/cloudwatch-subscription/node-text-log ok",
                "3:13 json-file/cloudwatch-subscription/node-text-log node-inspect @3:13",
                "3:13 json-file/cloudwatch-subscription/text-log/joined-lines ok",
            ])
        let documents = try CaptureFixtures.read("subscription.json")
        #expect(documents[0].originPath == "/awslogs/data → /logEvents/1/message")
        #expect(documents[2].joinedLines == 20)
    }

    @Test func subscriptionLinesReportBase64ChecksumAndTruncationProblems() throws {
        try check(
            "subscription.jsonl", counts: .init(found: 5, readable: 2, unreadable: 3),
            [
                "1:20 json-lines/cloudwatch-subscription/node-text-log ok",
                "3:20 json-lines/cloudwatch-subscription invalid-base64 @3:20",
                "4:20 json-lines/cloudwatch-subscription decompression-failed @4:20",
                "5:20 json-lines/cloudwatch-subscription/python-text-log ok",
                "6:20 json-lines/cloudwatch-subscription decompression-failed @6:20",
            ])
        let documents = try CaptureFixtures.read("subscription.jsonl")
        let base64 = try #require(documents[1].unreadable?.message)
        #expect(base64.hasPrefix("awslogs.data is not valid base64: "), "\(base64)")
        #expect(documents[2].unreadable?.message.hasPrefix("awslogs.data: CRC-32 mismatch") == true)
        #expect(documents[4].unreadable?.message == "awslogs.data: the compressed data ends in the middle of a block")
    }

    @Test func kinesisEventCarryingCloudWatchLogsIsADocumentAndIsOpened() throws {
        try check(
            "kinesis-cloudwatch-logs.json", counts: .init(found: 2, readable: 2, unreadable: 0),
            ["1:1 json-file ok", "8:17 json-file/kinesis-cloudwatch-logs/node-text-log ok"])
    }

    @Test func kinesisRecordsThatHoldNoCompressedDataAreSkippedAndCounted() throws {
        // Elements that are not records, a `kinesis` that is not an object, data that is not a string or not
        // compressed, and data that only starts like gzip: none is opened, but each counts in the element path.
        let text = String(decoding: try CaptureFixtures.bytes("kinesis-cloudwatch-logs.json"), as: UTF8.self)
        let padded = text.replacing(
            "\"Records\": [",
            with: #""Records": ["x", {"kinesis": "no"}, {"kinesis": {"data": 5}}, {"kinesis": {"data": "aGk="}}, "#
                + #"{"kinesis": {"data": "H4sI"}}, {"kinesis": {"dat": "H4sI"}}, "#)
        let documents = CaptureReader.documents(in: Array(padded.utf8), source: "padded")
        #expect(documents.count == 2)
        #expect(documents.last?.containers == [.jsonFile, .kinesisCloudWatchLogs, .nodeTextLog])
        #expect(documents.last?.originPath == "/Records/6/kinesis/data → /logEvents/0/message")
    }

    @Test func seedDocumentsYieldTheirExamplePayloads() throws {
        let jets = CaptureReader.documents(in: try CaptureFixtures.seed("000"), source: "000")
        #expect(
            jets.map(\.summary) == [
                "22:1 text-log/joined-lines ok", "50:1 text-log/joined-lines ok",
                "73:2 json-lines/json-array-element ok",
            ])
        #expect(jets[0].document?.root["EventSourceMappings"]?.count == 1)
        #expect(jets[1].document?.root["Records"]?[0]?["kinesis"]?["data"]?.stringValue == "aGVsbG8gd29ybGQ=")
        let dynamo = CaptureReader.documents(in: try CaptureFixtures.seed("003"), source: "003")
        #expect(dynamo.map(\.summary) == ["32:1 text-log/joined-lines ok"])
        #expect(dynamo[0].joinedLines == 39)
    }
}
