import StreamContracts
import StreamJSON
import Testing

/// Line ends, byte order marks, limits, forced formats and position mapping.
@Suite struct CaptureEdgeTests {
    private func read(_ text: String, options: CaptureReaderOptions = .init()) -> [CapturedDocument] {
        CaptureReader.documents(in: Array(text.utf8), source: "test", options: options)
    }

    private let event = #"{"Records":[{"eventID":"1","eventSource":"aws:kinesis"}]}"#

    @Test func lfCrlfAndLoneCRLineEndsGiveTheSameLinesAndColumns() {
        let node = "2024-01-02T00:00:00.123Z\treq\tINFO\t"
        for end in ["\n", "\r\n", "\r"] {
            let text =
                "START RequestId: x\(end)\(node)\(event)\(end)plain\(end)\(node){\(end)  \"Records\": []\(end)}\(end)END RequestId: x\(end)"
            let documents = read(text)
            #expect(
                documents.map(\.summary) == [
                    "2:35 text-log/node-text-log ok", "4:35 text-log/node-text-log/joined-lines ok",
                ], "\(end.debugDescription)")
        }
    }

    @Test func byteOrderMarkTakesNoColumn() {
        let documents = CaptureReader.documents(in: [0xEF, 0xBB, 0xBF] + Array(event.utf8), source: "bom.json")
        #expect(documents.map(\.summary) == ["1:1 json-file ok"])
        #expect(documents.first?.location.offset == 3)
    }

    @Test func platformLinesPlainTextAndEmptyContainersAreNotDocumentsButAJSONStringLineIsAValue() {
        let text = """
            INIT_START Runtime Version: nodejs:20.v13\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:abc
            START RequestId: 8f5a7c10-0000-4000-8000-000000000000 Version: $LATEST
            2024-01-02T00:00:00.123Z\t8f5a7c10-0000-4000-8000-000000000000\tINFO\t42
            processed [1/3] items with {} options and [] tags, ratio {x}
            "just a string"
            END RequestId: 8f5a7c10-0000-4000-8000-000000000000
            REPORT RequestId: 8f5a7c10-0000-4000-8000-000000000000\tDuration: 2.56 ms\tBilled Duration: 3 ms\tMemory Size: 128 MB\tMax Memory Used: 38 MB\t
            """
        // The JSON string holds no JSON: it is a value of its own, which the validator counts as `other`.
        #expect(read(text).map(\.summary) == ["5:1 json-lines ok"])
    }

    @Test func aSingleJSONLineIsAJSONFileAndTwoAreJSONLines() {
        #expect(read(event + "\n").map(\.summary) == ["1:1 json-file ok"])
        #expect(read(event + "\n\n" + event).map(\.summary) == ["1:1 json-lines ok", "3:1 json-lines ok"])
    }

    @Test func joinWindowGivesUpAfterItsLineLimitAndSkipsTheRestOfTheFragment() {
        let pretty =
            "{\n  \"Records\": [\n    {\"eventID\": \"1\"},\n    {\"eventID\": \"2\"},\n    {\"eventID\": \"3\"},\n    {\"eventID\": \"4\"}\n  ]\n}\ndone: {\"Records\": []}\n"
        let documents = read("log start\n" + pretty, options: .init(joinWindowLines: 4))
        #expect(
            documents.map(\.summary) == ["2:1 text-log/joined-lines join-window-exceeded @5:22", "10:7 text-log ok"])
        #expect(documents.first?.joinedLines == 4)
        #expect(read("log start\n" + pretty).map(\.summary) == ["2:1 text-log/joined-lines ok", "10:7 text-log ok"])
    }

    @Test func joinWindowGivesUpAfterItsByteLimit() {
        let pretty =
            "{\n  \"Records\": [\n" + String(repeating: "    {\"eventID\": \"0123456789\"},\n", count: 100)
            + "    {}\n  ]\n}\n"
        let documents = read("text first\n" + pretty, options: .init(joinWindowBytes: 1_000))
        #expect(documents.count == 1)
        #expect(documents.first?.unreadable?.reason == .joinWindowExceeded)
        #expect(documents.first?.unreadable?.message.contains("gave up joining the JSON that starts at 2:1") == true)
    }

    @Test func gzipBombInAwslogsDataIsCappedAndReported() {
        // A DATA_MESSAGE with a 1 MiB message, gzip level 9.
        let payload =
            #"{"awslogs": {"data": "H4sIAAAAAAACA+3MwQqCUBAF0F+RWbdx205IWrXSXUQIPUTIEpQgpH/vCf1B23N2M/fOrDGmee761L6nFPsiDlVbXU9101THOnZF3J99/UqPZc7heY3htpXKLVmGfLp045Q3ZZ5/j7a8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4U3wuny//8usCWgAQAA=="}}"#
        let capped = read(payload, options: .init(inflateLimit: 65_536))
        #expect(capped.map(\.summary) == ["1:22 json-file/cloudwatch-subscription decompressed-too-large @1:22"])
        #expect(capped.first?.unreadable?.message == "awslogs.data: inflated size exceeds 65536 bytes (gzip bomb?)")
        #expect(read(payload).isEmpty)
    }

    @Test func verbatimPositionsMapExactlyToTheInput() throws {
        let line =
            #"{"timestamp":"2024-01-02T00:00:00.123Z","level":"INFO","requestId":"r","message":{"Records":[{"eventID":"1"},{"eventID":"2"}]}}"#
        let input = "first line\n" + line + "\n"
        let documents = read(input)
        let captured = try #require(documents.first)
        #expect(captured.mapping == .verbatim)
        let bytes = Array(input.utf8)
        let index = LineIndex(bytes)
        #expect(captured.location == index.location(of: captured.location.offset))
        #expect(String(decoding: bytes[captured.location.offset...].prefix(11), as: UTF8.self) == #"{"Records":"#)
        #expect(captured.location.description == "2:82")
        let document = try #require(captured.document)
        let second = try #require(document.root["Records"]?[1]?["eventID"])
        let mapped = captured.sourceLocation(of: second.location)
        #expect(mapped == index.location(of: mapped.offset))
        #expect(String(decoding: bytes[mapped.offset...].prefix(3), as: UTF8.self) == #""2""#)
    }

    @Test func multiLineVerbatimDocumentsMapLaterLinesFromColumnOne() throws {
        let input =
            "x\n2024-01-02T00:00:00.123Z\treq\tINFO\tevent: {\n  \"Records\": [\n    {\"eventID\": \"7\"}\n  ]\n}\n"
        let captured = try #require(read(input).first)
        let id = try #require(captured.document?.root["Records"]?[0]?["eventID"])
        let bytes = Array(input.utf8)
        let offset = try #require(bytes.indices.first { bytes[$0] == UInt8(ascii: "7") }) - 1
        #expect(captured.sourceLocation(of: id.location) == LineIndex(bytes).location(of: offset))
        #expect(captured.sourceLocation(of: id.location).description == "4:17")
    }

    @Test func decodedMessagesMapToTheirEnclosingString() throws {
        let line = #"{"events":[{"logStreamName":"s","message":"{\"Records\":[{\"eventID\":\"1\"}]}"}]}"#
        let captured = try #require(read(line).first)
        #expect(captured.mapping == .enclosingString)
        #expect(captured.location.description == "1:43")
        #expect(captured.sourceLocation(of: TextLocation(offset: 20, line: 1, column: 21)) == captured.location)
    }

    @Test func forcedFormatsOverrideDetection() {
        let pretty = "{\n  \"Records\": []\n}\n"
        #expect(read(pretty).map(\.summary) == ["1:1 json-file ok"])
        #expect(read(pretty, options: .init(format: .lines)).map(\.summary) == ["1:1 text-log/joined-lines ok"])
        let lines = event + "\n" + event + "\n"
        #expect(read(lines, options: .init(format: .json)).map(\.summary) == ["1:1 json-file ok", "2:1 json-file ok"])
    }

    @Test func oversizedLinesAndValuesAreReportedAndSkipped() {
        let long = "2024-01-02T00:00:00.123Z\treq\tINFO\t" + String(repeating: "y", count: 500) + "\n"
        let documents = read(long + event + "\n", options: .init(maximumDocumentBytes: 200))
        #expect(documents.map(\.summary) == ["1:1 text-log document-too-large @1:1", "2:1 json-lines ok"])
        let pretty =
            "{\n  \"Records\": [\"" + String(repeating: "z", count: 500) + "\"]\n}\n" + "{\n  \"Records\": []\n}\n"
        #expect(
            read(pretty, options: .init(maximumDocumentBytes: 200)).map(\.summary) == [
                "1:1 json-file document-too-large @1:1", "4:1 json-file ok",
            ])
    }

    @Test func deepNestingIsReportedNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        let documents = read("log: " + deep + "\n" + deep)
        #expect(documents.count == 2)
        #expect(documents.allSatisfy { $0.unreadable?.reason == .invalidJSON })
        #expect(documents.first?.unreadable?.syntaxError?.reason == .tooDeep)
    }

    @Test func invalidUTF8OutsideJSONIsIgnoredInsideJSONReported() {
        var bytes = Array("caf".utf8) + [0xE9] + Array(" log line\n".utf8)
        bytes += Array(#"{"Records":[{"eventID":""#.utf8) + [0xC3, 0x28] + Array(#""}]}"#.utf8) + [0x0A]
        let documents = CaptureReader.documents(in: bytes, source: "utf8")
        #expect(documents.map(\.summary) == ["2:1 json-lines invalid-utf8 @2:25"])
    }

    @Test func binaryGarbageIsOneSkippedInputAndAStrayNULIsReportedAtItsPlace() {
        var bytes: [UInt8] = [0, 0, 0x1F, 0x8B, 0x08, 0, 0xFF, 0xFE] + Array("\n\0{\"Records\":\0}\n".utf8)
        bytes += [0x89, 0x50, 0x4E, 0x47]
        let documents = CaptureReader.documents(in: bytes, source: "bin")
        #expect(documents.map { $0.skipped?.reason } == ["binary data (NUL bytes)"])
        let text = Array("log line\n{\"Records\":\0}\n".utf8)
        #expect(
            CaptureReader.documents(in: text, source: "nul").map(\.summary) == ["2:1 json-lines invalid-json @2:12"])
    }

    @Test func awslogsDataWrappedOverLinesIsDecoded() {
        // base64 with a line break every 40 characters (escaped in the JSON string).
        let payload =
            #"{"awslogs":{"data":"H4sIAAAAAAACAy2MQQvCIBiG/8r4zi3UOnkTstGh\ngvTUHCFNxiC3NT+CGP73NAbv5X0eeBbwLgTbOf2d\nHPACDkKLx1kqJSoJmwJeY6dwdtZnGVYiP27AkEi9\nQN9mQ7PBPsXQ+ikRmv6azp4Rti8JLQnThPD/tpTt\n7ia13wZPl+PV4GLg5p7j3AYDvG6iGSA28Qc1k9VK\nowAAAA=="}}"#
        let documents = read(payload)
        #expect(documents.map(\.summary) == ["1:20 json-file/cloudwatch-subscription/node-text-log ok"])
        #expect(documents.first?.document?.root["Records"]?.count == 0)
    }
}
