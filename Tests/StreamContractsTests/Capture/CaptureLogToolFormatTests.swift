import StreamContracts
import StreamJSON
import Testing

/// The framings and tables log tools write around messages: S3 exports, `aws logs tail`, `sam logs`, Logs
/// Insights exports, structured loggers, quoted JSON, split events and YAML.
@Suite struct CaptureLogToolFormatTests {
    private func read(_ text: String, options: CaptureReaderOptions = .init()) -> [CapturedDocument] {
        CaptureReader.documents(in: Array(text.utf8), source: "test", options: options)
    }

    private let event = #"{"Records":[{"eventID":"1","eventSource":"aws:kinesis"}]}"#
    private let stream = "2024/01/15/[$LATEST]0123456789abcdef0123456789abcdef"

    /// `event` pretty-printed the way Python's `json.dumps(e, indent=2)` writes it.
    private var prettyEvent: [String] {
        [
            "{", #"  "Records": ["#, "    {", #"      "eventID": "1","#, #"      "eventSource": "aws:kinesis""#,
            "    }",
            "  ]", "}",
        ]
    }

    @Test func anS3ExportLineIsItsTimestampAndAMessageThatMayHaveARuntimePrefix() {
        let text = """
            2024-01-15T10:30:45.123Z START RequestId: 8f5e Version: $LATEST
            2024-01-15T10:30:45.125Z 2024-01-15T10:30:45.125Z\t8f5e\tINFO\t\(event)
            2024-01-15T10:30:45.126Z \(event)

            """
        let documents = read(text)
        #expect(
            documents.map(\.summary) == [
                "2:61 cloudwatch-export-line/node-text-log ok", "3:26 cloudwatch-export-line ok",
            ])
        #expect(documents.allSatisfy { $0.document?.root["Records"] != nil })
    }

    @Test func printedPrettyJSONIsJoinedAcrossExportLinesEachWithItsOwnTimestamp() {
        let text = prettyEvent.map { "2024-01-15T10:30:45.126Z \($0)" }.joined(separator: "\n") + "\n"
        let documents = read(text)
        #expect(documents.map(\.summary) == ["1:26 cloudwatch-export-line/text-log/joined-lines ok"])
        #expect(documents.first?.joinedLines == 8)
        #expect(documents.first?.document?.root["Records"]?[0]?["eventSource"]?.stringValue == "aws:kinesis")
    }

    @Test func awsLogsTailDetailedShortAndJSONFormatsAreRead() {
        let text = """
            2024-01-15T10:30:45.123000+00:00 \(stream) START RequestId: 8f5e Version: $LATEST
            2024-01-15T10:30:45.125000+00:00 \(stream) 2024-01-15T10:30:45.125Z\t8f5e\tINFO\t\(event)
            2024-01-15T10:30:45 \(event)
            2024-01-15T10:30:46+00:00 \(stream) \("")
            \(prettyEvent.map { $0.replacingOccurrences(of: "  ", with: "    ") }.joined(separator: "\n"))

            """
        let documents = read(text)
        #expect(
            documents.map(\.summary) == [
                "2:122 aws-logs-tail/node-text-log ok", "3:21 aws-logs-tail ok",
                "5:1 aws-logs-tail/text-log/joined-lines ok",
            ])
    }

    @Test func samLogsTextNamesTheStreamFirstAndItsPrettyJSONIsJoined() {
        let text = """
            \(stream) 2024-01-15T10:30:45.123000+00:00 START RequestId: 8f5e Version: $LATEST
            \(stream) 2024-01-15T10:30:45.125000+00:00 \(prettyEvent.joined(separator: "\n"))

            """
        #expect(read(text).map(\.summary) == ["2:87 sam-logs/text-log/joined-lines ok"])
    }

    @Test func logsInsightsCSVReadsTheMessageFieldEvenAcrossLines() {
        let message = "2024-01-15T10:30:45.125Z\t8f5e\tINFO\t" + prettyEvent.joined(separator: "\n")
        let quoted = "\"" + message.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let text = """
            @timestamp,@message,@logStream
            2024-01-15 10:30:45.123,START RequestId: 8f5e,\(stream)
            2024-01-15 10:30:45.125,\(quoted),\(stream)
            2024-01-15 10:30:45.126,"\(event.replacingOccurrences(of: "\"", with: "\"\""))",\(stream)

            """
        let documents = read(text)
        #expect(
            documents.map(\.summary) == [
                "3:1 logs-insights-result/node-text-log/joined-lines ok", "11:1 logs-insights-result ok",
            ])
    }

    @Test func logsInsightsMarkdownUnescapesPipesAndLineBreaks() {
        let withPipe = #"{"Records":[{"eventID":"a|b","eventSource":"aws:kinesis"}]}"#
        let text = """
            | @timestamp | @message |
            | --- | --- |
            | 2024-01-15 10:30:45.123 | START RequestId: 8f5e |
            | 2024-01-15 10:30:45.126 | \(withPipe.replacingOccurrences(of: "|", with: "\\|")) |
            | 2024-01-15 10:30:45.127 | {<br>"Records": []<br>} |

            """
        let documents = read(text)
        #expect(
            documents.map(\.summary) == [
                "4:1 logs-insights-result ok", "5:1 logs-insights-result/text-log/joined-lines ok",
            ])
        #expect(documents.first?.document?.root["Records"]?[0]?["eventID"]?.stringValue == "a|b")
    }

    @Test func getQueryResultsOpensEveryRowsMessage() {
        let escaped = event.replacingOccurrences(of: "\"", with: "\\\"")
        let text = """
            {"results": [[{"field": "@timestamp", "value": "2024-01-15 10:30:45.123"},
              {"field": "@message", "value": "\(escaped)"}], [{"field": "@message", "value": "START x"}]],
             "statistics": {"recordsMatched": 2.0}, "status": "Complete"}
            """
        let documents = read(text)
        #expect(documents.map(\.summary) == ["2:34 json-file/logs-insights-result ok"])
        #expect(documents.first?.originPath == "/results/0/1/value")
    }

    @Test func structuredLoggersKeepTheEventUnderAMemberAsAnObjectOrAJSONString() {
        let escaped = event.replacingOccurrences(of: "\"", with: "\\\"")
        let lines = [
            #"{"level":"INFO","message":"Lambda invocation event","timestamp":"2024-01-15T10:30:45.125Z","event":\#(event)}"#,
            #"{"level":30,"time":1705314645125,"pid":8,"event":\#(event),"msg":"received"}"#,
            #"{"level":"INFO","message":"Handler Event","event":"\#(escaped)"}"#,
            #"{"timestamp":"2024-01-15T10:30:45.125956Z","level":"INFO","fields":{"message":"m","event":"\#(escaped)"}}"#,
            #"{"level":"info","message":"ok","meta":{"request":{"body":\#(event)}}}"#,
        ]
        let documents = read(lines.joined(separator: "\n"))
        #expect(
            documents.map(\.summary) == [
                "1:100 json-lines/structured-log-member ok", "2:50 json-lines/structured-log-member ok",
                "3:51 json-lines/structured-log-string ok", "4:91 json-lines/structured-log-string ok",
                "5:58 json-lines/structured-log-member ok",
            ])
        #expect(documents.map(\.originPath) == ["/event", "/event", "/event", "/fields/event", "/meta/request/body"])
    }

    @Test func memberNamesWithSlashOrTildeAreEscapedInTheOriginPointer() {
        let lines = [
            #"{"level":"info","message":"ok","a/b":{"c~d":\#(event)}}"#,
            #"{"level":"info","message":"ok","plain":{"~/":\#(event)}}"#,
        ]
        let documents = read(lines.joined(separator: "\n"))
        #expect(documents.map(\.originPath) == ["/a~1b/c~0d", "/plain/~0~1"])
    }

    @Test func aStructuredLineWithoutAPayloadIsOneValueAndABrokenPayloadStringIsUnreadable() {
        let documents = read(
            #"""
            {"level":"info","msg":"ok","body":"{\"id\":1}"}
            {"level":"info","msg":"bad","event":"{\"Records\":[{\"eventID\":"}
            """#)
        #expect(
            documents.map(\.summary) == [
                "1:1 json-lines ok", "2:37 json-lines/structured-log-string truncated-json @2:37",
            ])
    }

    @Test func goSlogTextQuotesTheEventWithGoEscapes() {
        let quoted = event.replacingOccurrences(of: "\"", with: "\\\"")
        let text = #"time=2024-01-15T10:30:45.125Z level=INFO msg="lambda event" event="\#(quoted)" tab="\x09""#
        let documents = read(text)
        #expect(documents.map(\.summary) == ["1:67 text-log/quoted-string ok"])
        #expect(documents.first?.document?.root["Records"]?[0]?["eventID"]?.stringValue == "1")
    }

    @Test func theRestOfASplitEventIsOneFragmentNotItsInnerRecords() {
        let record = #"{"kinesis":{"data":"aGk="},"eventSource":"aws:kinesis","eventID":"2"}"#
        let tail = #"aGk="},"eventSource":"aws:kinesis","eventID":"1"},\#(record),\#(record)]}"#
        let documents = read("2024-01-15T10:30:45.125Z\t8f5e\tINFO\t\(tail)\n")
        #expect(documents.map(\.summary) == ["1:36 text-log/node-text-log fragment @1:36"])
    }

    @Test func valuesInProseAreStillFoundWhenTheBracketsBalance() {
        let documents = read(#"got {"a":1} and [{"b":2}] done"#)
        #expect(documents.count == 2)
    }

    @Test func yamlOutputOfTheAWSCLIIsNamedNotRead() {
        let documents = read("events:\n- eventId: '1'\n  message: hi\n")
        #expect(documents.map(\.summary) == ["1:1 text-log yaml @1:1"])
        #expect(read("Error: something failed\n").isEmpty)
    }

    @Test func cloudWatchLogsRecordsOneAfterAnotherAreOpenedAndControlMessagesAreValues() {
        let escaped = event.replacingOccurrences(of: "\"", with: "\\\"")
        let data =
            #"{"messageType":"DATA_MESSAGE","owner":"1","logGroup":"g","logStream":"s","subscriptionFilters":["f"],"logEvents":[{"id":"1","timestamp":1,"message":"\#(escaped)"}]}"#
        let control =
            #"{"messageType":"CONTROL_MESSAGE","owner":"CloudwatchLogs","logGroup":"","logStream":"","subscriptionFilters":[],"logEvents":[{"id":"","timestamp":1,"message":"CWL CONTROL MESSAGE: Checking health of destination Firehose."}]}"#
        let documents = read(control + data + data)
        #expect(
            documents.map(\.summary) == [
                "1:1 json-file ok", "1:373 json-file/cloudwatch-logs-record ok",
                "1:593 json-file/cloudwatch-logs-record ok",
            ])
        #expect(documents.first?.document?.root["messageType"]?.stringValue == "CONTROL_MESSAGE")
    }

    @Test func anArrayOfLogMessageStringsIsAListOfMessages() {
        let escaped = event.replacingOccurrences(of: "\"", with: "\\\"")
        let text = """
            [
                "START RequestId: 8f5e Version: $LATEST\\n",
                "2024-01-15T10:30:45.125Z\\t8f5e\\tINFO\\t\(escaped)\\n"
            ]
            """
        // A message without JSON is still an element of the list: a value of its own (the validator's `other`).
        #expect(
            read(text).map(\.summary) == [
                "2:5 json-file/json-array-element ok", "3:5 json-file/json-array-element/json-string/node-text-log ok",
            ])
    }

    @Test func withEveryValueIsDocumentScalarsArraysAndStringsAreDocuments() {
        let options = CaptureReaderOptions(everyValueIsDocument: true)
        let documents = read("42\n\"text\"\n[1,2]\n{\"a\":1}\n", options: options)
        #expect(
            documents.map(\.summary) == [
                "1:1 json-lines ok", "2:1 json-lines ok", "3:1 json-lines ok", "4:1 json-lines ok",
            ])
        #expect(documents.map { $0.document?.root.kind } == [.number, .string, .array, .object])
    }
}
