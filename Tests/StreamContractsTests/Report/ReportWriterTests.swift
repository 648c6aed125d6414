import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct ReportWriterTests {
    static let start = TextLocation(offset: 0, line: 1, column: 1)

    static func other(_ line: Int, _ text: String = #"{"level":30,"msg":"batch done"}"#) -> DocumentReport {
        .other(source: "app.log", location: TextLocation(offset: 0, line: line, column: 1), text: Array(text.utf8))
    }

    static func skipped(_ name: String, strict: Bool = false) -> DocumentReport {
        .skipped(
            CaptureSkip(reason: "PNG image", message: "an image holds no JSON"), source: name, location: start,
            strict: strict)
    }

    static let valid = DocumentReport(source: "events.jsonl", location: start, kind: "kinesis-event", diagnostics: [])

    /// Feeds `documents` to a writer one by one and returns what it wrote and its summary.
    static func write(
        _ documents: [DocumentReport], _ format: ReportFormat, listsOther: Bool = false, inputs: String = "app.log"
    ) -> (output: String, summary: ValidationReport.Summary) {
        var output = ""
        var writer = ReportWriter(format: format, listsOther: listsOther) { output += $0 }
        writer.inputs = inputs
        for document in documents { writer.add(document) }
        let summary = writer.finish()
        return (output, summary)
    }

    @Test(arguments: ReportFormat.allCases)
    func streamingEqualsTheInMemoryRender(_ format: ReportFormat) {
        let documents = ReportFormatTests.report.documents + [Self.skipped("shot.png"), Self.other(9)]
        let report = ValidationReport(documents: documents)
        let streamed = Self.write(documents, format, listsOther: true, inputs: "the input")
        #expect(streamed.output == format.render(report))
        #expect(streamed.summary == report.summary)
        #expect(streamed.summary.exitCode == report.exitCode)
    }

    @Test func aSecondFinishWritesNothing() {
        var output = ""
        var writer = ReportWriter(format: .json) { output += $0 }
        writer.add(Self.valid)
        let first = writer.finish()
        let written = output
        writer.add(Self.valid)
        #expect(writer.finish() == first)
        #expect(output == written)
    }

    // MARK: - Other values and skipped files

    @Test func textSummaryCountsOtherValuesWithGroupedDigitsAndSkippedFiles() {
        let documents =
            [Self.valid] + (1...1_204).map { Self.other($0) } + [Self.skipped("a.png"), Self.skipped("b.png")]
        let (output, summary) = Self.write(documents, .text)
        #expect(
            output.hasSuffix(
                "1 document: 1 valid, 0 invalid, 0 unreadable; 0 errors, 2 warnings; 1,204 other JSON values "
                    + "(not payloads; --list-other lists them); 2 files skipped\n"))
        #expect(!output.contains(": other: "))
        #expect([summary.documents, summary.other, summary.skipped, summary.warnings] == [1, 1_204, 2, 2] as [Int])
        #expect(summary.exitCode == 0)
    }

    @Test func listingOtherValuesPrintsWhereEachStartsAndItsFirstCharacters() {
        let (output, _) = Self.write([Self.valid, Self.other(3)], .text, listsOther: true)
        #expect(output.contains(#"app.log:3:1: other: {"level":30,"msg":"batch done"}"#))
        #expect(output.hasSuffix("; 1 other JSON value (not a payload)\n"))
    }

    @Test func aSkippedFileIsAWarningUnlessStrict() {
        let relaxed = Self.write([Self.valid, Self.skipped("shot.png")], .text)
        #expect(
            relaxed.output.contains(
                "shot.png:1:1: warning[input.skipped] /: not read: PNG image; an image holds no JSON"))
        #expect(relaxed.summary.exitCode == 0)
        let strict = Self.write([Self.valid, Self.skipped("shot.png", strict: true)], .text)
        #expect(strict.output.contains("shot.png:1:1: error[input.skipped]"))
        #expect(strict.summary.exitCode == 1)
    }

    @Test func jsonPutsDocumentsFirstWithTheirStatusAndCountsOtherAndSkipped() throws {
        let (output, _) = Self.write([Self.valid, Self.other(2), Self.skipped("shot.png")], .json, listsOther: true)
        #expect(output.hasPrefix(#"{"documents":[{"source":"events.jsonl""#))
        let value = try JSONValue(parsing: output)
        #expect(value["documents"]?.arrayValue?.map { $0["status"] } == ["valid", "other", "skipped"])
        #expect(value["documents"]?[1]?["excerpt"] == #"{"level":30,"msg":"batch done"}"#)
        #expect(value["summary"]?["other"] == 1)
        #expect(value["summary"]?["skipped"] == 1)
        let unlisted = try JSONValue(parsing: Self.write([Self.valid, Self.other(2)], .json).output)
        #expect(unlisted["documents"]?.arrayValue?.count == 1)
        #expect(unlisted["summary"]?["other"] == 1)
    }

    @Test func jsonWithNothingFoundIsStillOneValidReport() throws {
        let value = try JSONValue(parsing: Self.write([], .json).output)
        #expect(value["documents"] == [])
        #expect(value["summary"]?["documents"] == 0)
    }

    @Test func junitListsSkippedFilesAsSkippedAndStrictOnesAsFailures() {
        let (relaxed, _) = Self.write([Self.valid, Self.skipped("shot.png")], .junit)
        #expect(
            relaxed.contains(
                #"<testcase classname="shot.png" name="shot.png:1:1"><skipped message="not read: PNG image; an image holds no JSON"/></testcase>"#
            ))
        #expect(relaxed.contains(#"tests="2" failures="0" errors="0" skipped="1""#))
        let (strict, _) = Self.write([Self.valid, Self.skipped("shot.png", strict: true)], .junit)
        #expect(
            strict.contains(#"<failure message="not read: PNG image; an image holds no JSON" type="input.skipped">"#))
        #expect(strict.contains(#"<testsuites tests="2" failures="1">"#))
    }

    @Test func otherValuesAreNeverFailuresInJUnitOrGitHub() {
        let (junit, _) = Self.write([Self.valid, Self.other(2)], .junit, listsOther: true)
        #expect(junit.contains(#"name="app.log:2:1 other"><skipped message="not a payload: "#))
        #expect(junit.contains(#"<testsuites tests="2" failures="0">"#))
        let (github, _) = Self.write([Self.valid, Self.other(2)], .github, listsOther: true)
        #expect(github.contains("::notice file=app.log,line=2,col=1,title=other::not a payload: "))
        #expect(!github.contains("::error"))
    }

    // MARK: - Never green

    @Test(arguments: [
        [DocumentReport](),
        [ReportWriterTests.other(1), ReportWriterTests.other(2)],
        [ReportWriterTests.skipped("shot.png")],
    ])
    func junitAndGitHubNeverLookGreenWhenNothingIsReadable(_ documents: [DocumentReport]) {
        let (junit, summary) = Self.write(documents, .junit)
        #expect(summary.exitCode == 65)
        #expect(junit.contains("<failure "))
        #expect(junit.contains(#"name="stream-fixtures validate: no JSON documents found in app.log"#))
        #expect(!junit.contains(#"failures="0""#))
        let (github, _) = Self.write(documents, .github)
        #expect(github.contains("::error title=stream-fixtures validate::no JSON documents found in app.log"))
    }

    @Test func aFailingDocumentIsTheOnlyFailureAReportNeeds() {
        let unreadable = ReportFormatTests.report.documents[2]
        let (junit, summary) = Self.write([unreadable], .junit)
        #expect(summary.exitCode == 65)
        #expect(junit.components(separatedBy: "<failure ").count - 1 == 1)
        #expect(!junit.contains("no JSON documents found"))
        let (github, _) = Self.write([unreadable], .github)
        #expect(github.components(separatedBy: "::error ").count - 1 == 1)
    }

    @Test func exitCodesFollowPayloadDocumentsOnly() {
        #expect(Self.write([Self.other(1)], .text).summary.exitCode == 65)
        #expect(Self.write([Self.skipped("a.png")], .text).summary.exitCode == 65)
        #expect(Self.write([Self.valid, Self.other(1)], .text).summary.exitCode == 0)
        #expect(Self.write([ReportFormatTests.report.documents[2], Self.other(1)], .text).summary.exitCode == 65)
        #expect(Self.write([ReportFormatTests.report.documents[1], Self.other(1)], .text).summary.exitCode == 1)
    }

    // MARK: - Bounded memory

    @Test func junitOfManyDocumentsGoesThroughATemporaryFileAndKeepsEveryTestCase() throws {
        let failing = ReportFormatTests.report.documents[1]
        let documents = (0..<12_000).map { $0 % 3 == 0 ? failing : Self.valid }
        let (junit, summary) = Self.write(documents, .junit)
        #expect(junit.utf8.count > ReportSpool().memoryLimit)
        #expect(junit.components(separatedBy: "<testcase ").count - 1 == 12_000)
        #expect(junit.contains(#"<testsuites tests="12000" failures="4000">"#))
        #expect(junit.hasSuffix("  </testsuite>\n</testsuites>\n"))
        #expect(summary.invalid == 4_000)
    }

    @Test func theSpoolMovesToAFileAtItsLimitAndDrainsEveryCharacterInOrder() throws {
        let spool = ReportSpool(memoryLimit: 1_000)
        var expected = ""
        for index in 0..<10_000 {
            let piece = "é\(index)€😀"
            spool.append(piece)
            expected += piece
        }
        #expect(spool.isOnDisk)
        #expect(spool.bytesInMemory < 1_000)
        var drained: [String] = []
        spool.drain { drained.append($0) }
        #expect(drained.count > 1)
        #expect(drained.joined() == expected)
        #expect(!spool.isOnDisk)
    }

    @Test func aSpoolReleasedUndrainedRemovesItsFile() throws {
        // This spool's own file, not a listing of the temporary folder: other tests spool there at the same time.
        var path: String?
        do {
            let spool = ReportSpool(memoryLimit: 10)
            spool.append(String(repeating: "x", count: 100))
            #expect(spool.isOnDisk)
            path = spool.fileURL?.path
            let name = try #require(spool.fileURL?.lastPathComponent)
            #expect(name.hasPrefix("stream-fixtures-report-"))
            #expect(FileManager.default.fileExists(atPath: try #require(path)))
        }
        #expect(!FileManager.default.fileExists(atPath: try #require(path)))
    }

    @Test func characterBoundaryNeverSplitsAUTF8Sequence() {
        let bytes = Array("a€😀".utf8)
        let ends = (0...bytes.count).map { ReportSpool.characterBoundary(in: Array(bytes[..<$0])) }
        #expect(ends == [0, 1, 1, 1, 4, 4, 4, 4, 8])
    }

    // MARK: - Excerpts

    @Test func anExcerptCollapsesBlanksAndStopsAtSixtyCharacters() {
        let pretty = "{\n    \"level\": 30,\n\t\"msg\": \"" + String(repeating: "é", count: 80) + "\"\n}"
        let excerpt = DocumentReport.excerpt(of: Array(pretty.utf8))
        #expect(excerpt.hasPrefix(#"{ "level": 30, "msg": "éé"#))
        #expect(excerpt.unicodeScalars.count == 61)
        #expect(excerpt.hasSuffix("é…"))
        #expect(DocumentReport.excerpt(of: Array("  [1,\n 2]  ".utf8)) == "[1, 2]")
    }
}
