import StreamContracts
import Testing

/// Inputs built to make a careless reader slow or greedy: each must finish quickly with a clean result.
@Suite(.timeLimit(.minutes(1))) struct CaptureHostileInputTests {
    private func read(_ text: String, options: CaptureReaderOptions = .init()) -> [CapturedDocument] {
        CaptureReader.documents(in: Array(text.utf8), source: "hostile", options: options)
    }

    @Test func manyDocumentsOnOneLineAreFoundInOnePass() {
        let line = "batch " + String(repeating: #"{"Records":[]} "#, count: 10_000)
        let documents = read(line)
        #expect(documents.count == 10_000)
        #expect(documents.last?.location.column == 7 + 9_999 * 15)
    }

    @Test func linesOfOpeningBracketsAreNotRescanned() {
        // Each `[` continues the previous one until the depth limit; every run is reported once, the
        // last one cut off by the end of the input.
        for prefix in ["", "log line\n"] {
            let documents = read(prefix + String(repeating: "[\n", count: 6_000))
            #expect(documents.count == 6)
            #expect(documents.dropLast().allSatisfy { $0.unreadable?.syntaxError?.reason == .tooDeep })
            #expect(documents.last?.verdict == "truncated-json")
        }
        // A lone `{` followed by prose is not JSON and stays silent.
        #expect(read(String(repeating: "{\nhello\n", count: 5_000)).count == 0)
        #expect(read("log\n" + String(repeating: "{\nhello\n", count: 5_000)).count == 0)
    }

    @Test func anUnclosedFragmentGivesUpWithinTheWindow() {
        let text = "log\n{\n" + String(repeating: "  \"k\": [1, 2, 3],\n", count: 30_000) + "END RequestId: x\n"
        let documents = read(text, options: .init(joinWindowLines: 1_000))
        #expect(documents.map(\.verdict) == ["join-window-exceeded"])
        #expect(documents.first?.joinedLines == 1_000)
    }

    @Test func aLongLineWithoutJSONIsCheap() {
        let text = String(repeating: "{x ", count: 100_000) + "\n" + String(repeating: "[a", count: 100_000)
        #expect(read(text).count == 0)
    }

    @Test func oneHundredThousandMemberObjectInAFileIsOneDocument() {
        var text = "{\n"
        for index in 0..<100_000 { text += "\"k\(index)\": \(index),\n" }
        text += "\"Records\": []\n}\n"
        let documents = read(text)
        #expect(documents.map(\.summary) == ["1:1 json-file ok"])
        #expect(documents.first?.document?.root.count == 100_001)
    }

    @Test func sizeLimitsAreDecidedOnTheContentNotOnTheChunking() {
        let options = CaptureReaderOptions(maximumDocumentBytes: 1_000)
        let event = #"{"Records":[]}"#
        let inputs = [
            "{\n" + String(repeating: " ", count: 70_000) + "x\n" + event + "\n",
            "{\n" + String(repeating: " ", count: 500) + "x\n" + event + "\n",
            "{\n  \"Records\": [\"" + String(repeating: "z", count: 70_000) + "\"\n" + event + "\n",
            "{\"events\": [\n{\"message\": \"" + String(repeating: "m", count: 70_000)
                + "\"},\n{\"message\": \"{\\\"Records\\\":[]}"
                + "\"}\n]}\n",
        ]
        for input in inputs {
            let bytes = Array(input.utf8)
            let whole = CaptureReader.documents(in: bytes, source: "limits", options: options)
            for size in [1, 4096] {
                #expect(CaptureFixtures.readInChunks(bytes, size: size, source: "limits", options: options) == whole)
            }
        }
        let verdicts = inputs.map {
            CaptureReader.documents(in: Array($0.utf8), source: "l", options: options).map(\.verdict)
        }
        #expect(
            verdicts == [
                ["document-too-large", "ok"], ["ok"], ["document-too-large", "ok"], ["document-too-large", "ok"],
            ])
    }
}
